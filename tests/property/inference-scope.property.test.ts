/**
 * A scope only saves work: for every model in it and every capability, the scoped inference
 * (which skips what no claim about the capability reaches) draws exactly the conclusion the
 * full walk draws, on acyclic and cyclic lineages, in any order of questions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/graph/ancestry.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { scopeOf } from '../../src/graph/claim-reach.js';
import { createInference } from '../../src/graph/infer-levels.js';
import { cyclicKb, numRuns, SEED, toKb, validKb } from './arbitraries.js';

const sameConclusions = (spec: Parameters<typeof toKb>[0], picks: number[]) => {
  const graph = buildGraph(toKb(spec));
  const models = [...graph.models.keys()];
  const asked = picks.map((i) => models[i % models.length]!);
  const scope = scopeOf(graph, asked.flatMap((m) => [...ancestorsOf(graph, m).keys()]));
  const full = createInference(graph);
  const scoped = createInference(graph, scope);
  let compared = 0;
  for (const cap of graph.capabilities.keys()) {
    for (const m of [...asked, ...scope.models]) {
      expect(scoped.conclude(m, cap), `${m} / ${cap}`).toEqual(full.conclude(m, cap));
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(0);
};

describe('inference within a scope', () => {
  it('concludes what the full walk concludes (acyclic lineages)', () => {
    fc.assert(fc.property(validKb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), sameConclusions), { seed: SEED, numRuns: numRuns(150, 1000) });
  });

  it('concludes what the full walk concludes (lineages with cycles)', () => {
    fc.assert(fc.property(cyclicKb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), sameConclusions), { seed: SEED, numRuns: numRuns(150, 1000) });
  });
});
