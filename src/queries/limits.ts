/** `limits`: what the models cannot do — the limitations, which models show them, and the claims that say so. */
import { meetsConfidence } from '../graph/confidence.js';
import { createInference } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import { isAbove, type Confidence } from '../kb/scales.js';
import type { Claim } from '../kb/types.js';
import type { LimitsResult } from './types.js';
import { capabilityRef, citedSources, claimView, modelLevel } from './views.js';

/** Every capability of kind `limitation`, in knowledge-base order, with the models that have a known level. */
export function listLimits(graph: Graph, minConfidence?: Confidence): LimitsResult {
  const inference = createInference(graph);
  const claims: Claim[] = [];
  const limitations = graph.kb.capabilities
    .filter((c) => c.kind === 'limitation')
    .map((cap) => {
      const about = (graph.byCapability.get(cap.id) ?? []).filter((c) => meetsConfidence(c.confidence, minConfidence));
      claims.push(...about);
      const levels = graph.order
        .map((m) => modelLevel(inference.conclude(m, cap.id)))
        .filter((l) => (l.basis === 'explicit' || isAbove(l.level)) && meetsConfidence(l.confidence, minConfidence));
      return { capability: capabilityRef(cap), levels, claims: about.map((c) => c.id) };
    });
  const unique = [...new Map(claims.map((c) => [c.id, c])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { kind: 'limits', limitations, claims: unique.map(claimView), sources: citedSources(graph, unique, []) };
}
