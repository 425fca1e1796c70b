/**
 * Where a capability first appears over the whole knowledge base: the origin sites `trace CAP`
 * reports with no model and no floor, without the lines to every holder (`impact` compares these
 * sites for every capability, and the lines were most of its time: a shortest path per leaf).
 */
import type { Inference } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import { isAbove } from '../kb/scales.js';
import { createStepClassifier } from './classify-step.js';
import { originSites } from './trace-parts.js';
import type { ModelLevel, OriginSite, TraceStep } from './types.js';
import { modelLevel } from './views.js';

/** The levels of every model that holds `cap`, the steps where it appears, and where it first appears. */
export function capabilityOrigins(graph: Graph, inference: Inference, cap: string): { holders: ModelLevel[]; steps: TraceStep[]; sites: OriginSite[] } {
  const classify = createStepClassifier(graph, inference, cap);
  const holders = graph.order.map((m) => modelLevel(inference.conclude(m, cap))).filter((c) => isAbove(c.level));
  const steps = [...graph.derivations.keys()].map((id) => classify(id, null));
  const appears = steps.filter((s) => s.change === 'appears' && s.followed);
  return { holders, steps, sites: originSites(graph, inference, cap, appears, holders, undefined).sites };
}
