import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderProv } from '../../src/render/prov.js';
import { expectedTriples, list } from './prov-count.js';
import { sh, toolsReady } from './third-party.js';

const ready = toolsReady(['rapper'], 'the PROV test with rapper (raptor2-utils)');

describe.runIf(ready)('graph --format prov, parsed by rapper', () => {
  it('is Turtle that rapper parses, with one triple for each fact of the lineage', () => {
    const r = sh('$GL graph --format prov | rapper -q -i turtle -o ntriples - urn:x:base');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const triples = r.stdout.split('\n').filter(Boolean);
    expect(triples.length).toBe(expectedTriples());
    // Each derivation generates its model and used each parent.
    for (const d of list('derivations')) {
      expect(triples).toContain(`<urn:gptlineage:${d.to}> <http://www.w3.org/ns/prov#wasGeneratedBy> <urn:gptlineage:${d.id}> .`);
      for (const p of (d.from as string[] | undefined) ?? []) expect(triples).toContain(`<urn:gptlineage:${d.id}> <http://www.w3.org/ns/prov#used> <urn:gptlineage:${p}> .`);
    }
  });

  it('cannot be combined with --json', () => {
    expect(sh('$GL graph --format prov --json').code).toBe(2);
  });
});

describe.runIf(ready)('hostile text in PROV', () => {
  it('escapes quotes, backslashes, newlines and URL characters so rapper still parses it', () => {
    const turtle = renderProv({
      models: [{ id: 'm', name: 'a "quoted" \\ name\nwith a newline', organisation: 'A & B "Labs"', sources: ['s'] }],
      derivations: [],
      methods: [],
      claims: [],
      capabilities: [],
      sources: [{ id: 's', title: 'T', language: 'zh', url: 'https://x.org/a b>{c}', versionOf: null }],
    });
    const r = spawnSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', '-', 'urn:x:base'], { input: turtle, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('"a \\"quoted\\" \\\\ name with a newline"');
    expect(r.stdout).toContain('<https://x.org/a%20b%3E%7Bc%7D>');
    expect(r.stdout.trim().split('\n')).toHaveLength(9); // model 4, source 3, organisation 2
  });
});
