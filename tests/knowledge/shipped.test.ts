/** The shipped knowledge base: clean, cited, and complete where the article's summary table is. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Kb } from '../../src/kb/types.js';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'knowledge');
const result = loadKnowledge([{ path: dir, base: root }]);
const kb = result.kb as Kb;

/** Sources of a given kind, e.g. the article's evolution-tree figure or summary table. */
const sourcesOfKind = (kind: string) => new Set(kb.sources.filter((s) => s.kind === kind).map((s) => s.id));

describe('shipped knowledge', () => {
  it('validates with no errors and no warnings', () => {
    expect(result.issues).toEqual([]);
    expect(kb.models.length).toBeGreaterThan(10);
  });

  it('gives every source a verifiable identifier (arXiv id, DOI or URL)', () => {
    const missing = kb.sources.filter((s) => !s.arxiv && !s.doi && !s.url).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it('gives every claim and derivation evidence, each with a source', () => {
    for (const e of [...kb.claims, ...kb.derivations]) {
      expect(e.evidence?.length, e.id).toBeGreaterThan(0);
      for (const ev of e.evidence ?? []) expect(ev.source, e.id).toBeDefined();
    }
  });

  it('gives every model of the evolution tree a level for every capability the summary table covers', () => {
    const figures = sourcesOfKind('figure');
    const tables = sourcesOfKind('table');
    const cites = (e: { evidence?: Array<{ source?: string }> }, ids: Set<string>) => (e.evidence ?? []).some((ev) => ev.source && ids.has(ev.source));
    const treeModels = new Set(kb.derivations.filter((d) => cites(d, figures)).flatMap((d) => [d.to, ...(d.from ?? [])]));
    const exhibits = kb.claims.filter((c) => c.kind === 'exhibits');
    const tableCapabilities = new Set(exhibits.filter((c) => cites(c, tables)).map((c) => c.capability));
    expect(treeModels.size).toBeGreaterThanOrEqual(9);
    expect(tableCapabilities.size).toBeGreaterThanOrEqual(10);
    const missing: string[] = [];
    for (const model of treeModels) {
      for (const capability of tableCapabilities) {
        if (!exhibits.some((c) => c.model === model && c.capability === capability)) missing.push(`${model} × ${capability}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('starts every knowledge file with a modeline pointing at the committed JSON Schema', () => {
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'));
    for (const file of files) {
      const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
      const schema = relative(dirname(join(dir, file)), join(root, 'schema', 'knowledge.schema.json'));
      expect(first, file).toBe(`# yaml-language-server: $schema=${schema}`);
    }
  });
});
