/**
 * Properties of issue 9 over generated knowledge bases: no conclusion is graded above the weakest
 * claim, derivation or level it rests on, and --min-confidence output is part of the unfiltered one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/graph/assumptions.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { claimsOnDerivation } from '../../src/graph/claim-scope.js';
import { createInference } from '../../src/graph/infer-levels.js';
import type { Graph } from '../../src/graph/types.js';
import { CONFIDENCES, confidenceRank, type Confidence } from '../../src/kb/scales.js';
import { traceCapability } from '../../src/queries/trace.js';
import { numRuns, SEED, toKb, validKb } from './arbitraries.js';

/** `value` is no stronger than `bound` (a missing bound binds nothing). */
function notAbove(value: Confidence | null, bound: Confidence | null | undefined): boolean {
  return value === null || bound === null || bound === undefined || confidenceRank(value) >= confidenceRank(bound);
}

function claimConfidence(graph: Graph, id: string): Confidence {
  const e = graph.byId.get(id)!;
  if (e.kind !== 'claim') throw new Error(`${id} is not a claim`);
  return e.value.confidence;
}

describe('honest inference over generated knowledge (fast-check)', () => {
  it('no level is graded above the claims, derivation, parent level or assumption it rests on', () => {
    fc.assert(
      fc.property(validKb, (spec) => {
        const graph = buildGraph(toKb(spec));
        const inference = createInference(graph);
        for (const model of graph.models.keys())
          for (const cap of graph.capabilities.keys()) {
            const c = inference.conclude(model, cap);
            if (c.basis === 'unknown') expect(c.confidence).toBeNull();
            if (c.basis === 'explicit') expect(c.confidence).toBe(claimConfidence(graph, c.claim!));
            if (c.basis !== 'inferred') continue;
            const edge = c.edges.find((e) => e.derivation === c.via)!;
            const rests = [graph.derivations.get(edge.derivation)!.confidence, ...edge.claims.map((id) => claimConfidence(graph, id))];
            if (edge.from) rests.push(inference.conclude(edge.from, cap).confidence!, ASSUMPTIONS[edge.assumption!].cap);
            for (const bound of rests) expect(notAbove(c.confidence, bound), `${model} ${cap}: ${c.confidence} above ${bound}`).toBe(true);
            // A generalised claim is never among what a level rests on.
            for (const id of edge.generalised) expect(edge.claims).not.toContain(id);
          }
      }),
      { seed: SEED, numRuns: numRuns(60, 300) },
    );
  });

  it('no first appearance or step is graded above its derivation or the levels on either side of it', () => {
    fc.assert(
      fc.property(validKb, (spec) => {
        const graph = buildGraph(toKb(spec));
        const inference = createInference(graph);
        for (const cap of graph.capabilities.keys()) {
          const r = traceCapability(graph, { capability: cap });
          for (const site of r.origins) {
            const d = graph.derivations.get(site.derivation)!;
            const cells = [d.to, ...(d.from ?? [])].map((m) => inference.conclude(m, cap).confidence);
            for (const bound of [d.confidence, ...cells]) expect(notAbove(site.confidence, bound)).toBe(true);
            const credits = claimsOnDerivation(graph, d, cap).filter((x) => x.kind === 'origin');
            expect(site.unexplained).toBe(credits.length === 0);
          }
          for (const s of r.laterSteps) {
            for (const bound of [graph.derivations.get(s.derivation)!.confidence, inference.conclude(s.to, cap).confidence]) expect(notAbove(s.confidence, bound)).toBe(true);
          }
          for (const g of r.generalisations) expect(notAbove(g.confidence, 'speculative')).toBe(true);
        }
      }),
      { seed: SEED, numRuns: numRuns(40, 200) },
    );
  });

  it('--min-confidence output is a subset of the unfiltered output: it hides, it never adds', () => {
    fc.assert(
      fc.property(validKb, fc.constantFrom(...CONFIDENCES), (spec, floor) => {
        const graph = buildGraph(toKb(spec));
        for (const cap of graph.capabilities.keys()) {
          const all = traceCapability(graph, { capability: cap });
          const some = traceCapability(graph, { capability: cap, minConfidence: floor });
          const json = (xs: unknown[]) => new Set(xs.map((x) => JSON.stringify(x)));
          const subset = (a: unknown[], b: unknown[]) => [...json(a)].every((x) => json(b).has(x));
          expect(subset(some.models, all.models)).toBe(true);
          expect(subset(some.origins.map((o) => [o.derivation, o.unexplained, o.confidence]), all.origins.map((o) => [o.derivation, o.unexplained, o.confidence]))).toBe(true);
          for (const o of some.origins) expect(all.origins.find((x) => x.derivation === o.derivation)!.credits).toEqual(expect.arrayContaining(o.credits));
          expect(subset(some.laterSteps.map((s) => s.derivation), all.laterSteps.map((s) => s.derivation))).toBe(true);
          expect(subset(some.competingClaims, all.competingClaims)).toBe(true);
          expect(subset(some.generalisations, all.generalisations)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: numRuns(40, 200) },
    );
  });
});
