import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../src/queries/types.js';
import { FORMATS, loadRenderer, renderResult, supports } from '../../src/render/index.js';
import { schemaErrors } from '../helpers/output-schema.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import type { Graph } from '../../src/graph/types.js';
import { citeSources } from '../../src/queries/cite.js';
import { diffModels } from '../../src/queries/diff.js';
import { lineageGraph } from '../../src/queries/graph-view.js';
import { lineageOf } from '../../src/queries/lineage.js';
import { listLimits } from '../../src/queries/limits.js';
import { listEntities } from '../../src/queries/list.js';
import { capabilityMatrix } from '../../src/queries/matrix.js';
import { listQuestions } from '../../src/queries/questions.js';
import { searchKb } from '../../src/queries/search.js';
import { showEntity } from '../../src/queries/show.js';
import { traceCapability } from '../../src/queries/trace.js';
import { evolutionTree } from '../../src/queries/tree.js';
import { kb } from '../helpers/kb-builder.js';

/** One result of every kind over a knowledge base with one model `m` and one capability `c`. */
function resultsOf(g: Graph): QueryResult[] {
  return [
    traceCapability(g, { capability: 'c' }),
    diffModels(g, { a: 'm', b: 'm' }),
    lineageOf(g, { model: 'm' }),
    evolutionTree(g),
    capabilityMatrix(g, {}),
    showEntity(g, g.byId.get('m')!),
    listEntities(g, 'models'),
    searchKb(g, 'm'),
    listQuestions(g),
    listLimits(g),
    citeSources(g, [g.byId.get('c')!]),
    lineageGraph(g),
  ];
}

// The smallest knowledge base that still yields every kind of result.
const minimal = resultsOf(buildGraph(kb().model('m').capability('c').exhibits('x', 'm', 'c', 'weak').question('q', ['c']).build()));

describe('every registered renderer', () => {
  const cases = FORMATS.flatMap((format) => minimal.filter((r) => supports(format, r.kind)).map((r) => [format, r.kind, r] as const));

  it.each(cases)('%s renders a minimal %s result, ending in a newline', async (format, _kind, result) => {
    const out = (await loadRenderer(format))(result as QueryResult, { columns: 80 });
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    if (format === 'json') {
      const doc = JSON.parse(out) as { schemaVersion: number; kind: string };
      expect(doc.schemaVersion).toBe(1);
      expect(schemaErrors(doc)).toEqual([]);
    }
  });

  it('covers every format', () => {
    expect(new Set(cases.map(([f]) => f))).toEqual(new Set(FORMATS));
  });

  it('renders through the registry with colour decided by the caller', async () => {
    const trace = minimal.find((r) => r.kind === 'trace')!;
    expect(await renderResult(trace, 'text', { colorLevel: 0, columns: 80 })).not.toMatch(/\u001b/);
    expect(await renderResult(trace, 'text', { colorLevel: 1, columns: 80 })).toMatch(/\u001b\[/);
  });

  it('neutralises control characters from knowledge text', async () => {
    const evil = buildGraph(kb().model('m', { name: 'evil\u001b[31mred\u0007' }).capability('c', { description: 'bell\u0007 and \u202eflip' }).exhibits('x', 'm', 'c', 'weak').build());
    for (const r of resultsOf(evil))
      for (const format of FORMATS.filter((f) => f !== 'json' && supports(f, r.kind))) {
        const out = (await loadRenderer(format))(r, { columns: 80 });
        expect(out, `${format} ${r.kind}`).not.toMatch(/[\u0007\u001b\u202e]/);
      }
  });
});
