import { describe, expect, it } from 'vitest';
import { expectedTriples } from './prov-count.js';
import { sh, toolsReady } from './third-party.js';

const ready = toolsReady(['rapper'], 'the PROV test of lineage and trace with rapper (raptor2-utils)');

const P = 'http://www.w3.org/ns/prov#';
const turtle = (args: string) => sh(`$GL ${args} --format prov | rapper -q -i turtle -o ntriples - urn:x:base`);
const answer = (args: string) => JSON.parse(sh(`$GL ${args} --json`).stdout) as { modelRefs: { id: string }[]; derivations: { id: string; to: string; from: string[] }[]; claims?: { id: string; evidence: { source?: string; stance: string }[] }[] };
const ids = (xs: { id: string }[] | undefined) => (xs ?? []).map((x) => x.id);

describe.runIf(ready)('lineage and trace as PROV, parsed by rapper', () => {
  for (const args of ['lineage chatgpt --ancestors', 'lineage davinci --descendants --depth 1', 'lineage text-davinci-002', 'trace cot', 'trace icl --model chatgpt', 'why text-davinci-002 cot', 'trace cot --min-confidence likely']) {
    it(`${args}: one triple for each fact of the answer's models, steps, claims and their sources`, () => {
      const r = turtle(args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const triples = r.stdout.split('\n').filter(Boolean);
      const a = answer(args);
      expect(triples.length).toBe(expectedTriples({ models: ids(a.modelRefs), derivations: ids(a.derivations), claims: ids(a.claims) }));
      for (const d of a.derivations) {
        expect(triples).toContain(`<urn:gptlineage:${d.to}> <${P}wasGeneratedBy> <urn:gptlineage:${d.id}> .`);
        for (const p of d.from) expect(triples).toContain(`<urn:gptlineage:${d.id}> <${P}used> <urn:gptlineage:${p}> .`);
      }
      // A claim is derived from each source that supports it, never from one that only contradicts it.
      for (const c of a.claims ?? []) {
        for (const e of c.evidence) {
          if (!e.source) continue;
          const derived = `<urn:gptlineage:${c.id}> <${P}wasDerivedFrom> <urn:gptlineage:${e.source}> .`;
          if (e.stance === 'supports') expect(triples).toContain(derived);
          else if (e.stance === 'contradicts' && c.evidence.every((o) => o.source !== e.source || o.stance === 'contradicts')) expect(triples).not.toContain(derived);
        }
      }
    });
  }

  it('a trace names a claim\'s contradicting source with gl:contradictedBy', () => {
    const a = answer('trace cot');
    const c = (a.claims ?? []).find((x) => x.evidence.some((e) => e.stance === 'contradicts' && e.source));
    expect(c).toBeDefined();
    const e = c!.evidence.find((x) => x.stance === 'contradicts' && x.source)!;
    expect(turtle('trace cot').stdout).toContain(`<urn:gptlineage:${c!.id}> <urn:gptlineage:term:contradictedBy> <urn:gptlineage:${e.source}> .`);
  });

  it('a lineage describes every model of its trees, and no claims', () => {
    const a = answer('lineage chatgpt --ancestors');
    const subjects = new Set(turtle('lineage chatgpt --ancestors').stdout.split('\n').filter((l) => l.includes(`<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${P}Entity>`)).map((l) => l.split(' ')[0]));
    const models = ids(a.modelRefs).map((m) => `<urn:gptlineage:${m}>`);
    for (const m of models) expect(subjects).toContain(m);
    expect(sh('$GL lineage chatgpt --ancestors --format prov').stdout).not.toContain('gl:claimKind');
  });

  it('cannot be combined with --json', () => {
    expect(sh('$GL lineage chatgpt --format prov --json').code).toBe(2);
    expect(sh('$GL trace cot --format prov --json').code).toBe(2);
  });
});
