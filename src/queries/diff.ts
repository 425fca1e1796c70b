/** `diff A B`: where two lineages meet, the derivations on each side, and every capability whose level differs. */
import { ancestorsOf } from '../graph/ancestry.js';
import { compareIds } from '../graph/collections.js';
import { meetsConfidence, weakest } from '../graph/confidence.js';
import { claimsOnDerivation } from '../graph/claim-scope.js';
import { scopeOf } from '../graph/claim-reach.js';
import { createInference } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import type { Confidence } from '../kb/scales.js';
import { dictionaries } from './dictionaries.js';
import type { CapabilityDifference, DiffResult, ModelLevel } from './types.js';
import { capabilityRef, modelLevel } from './views.js';

/** The two models to compare, and the confidence floor. */
export interface DiffArgs {
  a: string;
  b: string;
  minConfidence?: Confidence;
}

/** Compare two models along their lineages; a difference no claim on either side explains is flagged. */
export function diffModels(graph: Graph, { a, b, minConfidence }: DiffArgs): DiffResult {
  const upA = ancestorsOf(graph, a);
  const upB = ancestorsOf(graph, b);
  const meetsAt = nearestCommon(upA, upB);
  const sideA = sideDerivations(graph, upA, upB);
  const sideB = sideDerivations(graph, upB, upA);
  const differences: CapabilityDifference[] = [];
  let hidden = 0;
  const scope = scopeOf(graph, [...upA.keys(), ...upB.keys()]);
  for (const cap of [...graph.capabilities.keys()].sort(compareIds)) {
    // One inference per capability: its conclusions for the ancestors are dropped once compared
    // (kept for all capabilities at once they grew to 1.6 GB at 100k models).
    const inference = createInference(graph, scope);
    const la = modelLevel(inference.conclude(a, cap));
    const lb = modelLevel(inference.conclude(b, cap));
    if (la.level === lb.level) continue;
    const confidence = weaker(la, lb);
    if (!meetsConfidence(confidence, minConfidence)) {
      hidden++;
      continue;
    }
    const on = (side: string[]) => [...new Set(side.flatMap((id) => claimsOnDerivation(graph, graph.derivations.get(id)!, cap).map((c) => c.id)))];
    const explainedBy = { a: on(sideA), b: on(sideB) };
    // A side whose level is unknown has nothing to explain: the difference is in what is known, not a change.
    const known = la.level !== 'unknown' && lb.level !== 'unknown';
    differences.push({ capability: cap, a: la, b: lb, explainedBy, unexplained: known && explainedBy.a.length + explainedBy.b.length === 0, confidence });
  }
  const claims = differences.flatMap((d) => [...d.explainedBy.a, ...d.explainedBy.b, d.a.claim, d.b.claim]).filter((c): c is string => c !== null);
  return {
    kind: 'diff',
    a,
    b,
    meetsAt,
    sides: { a: sideA, b: sideB },
    differences,
    capabilityRefs: differences.map((d) => capabilityRef(graph.capabilities.get(d.capability)!)),
    minConfidence: minConfidence ?? null,
    hidden,
    ...dictionaries(graph, { models: [a, b, ...meetsAt], derivations: [...sideA, ...sideB], claims }),
  };
}

/** Common ancestors with the smallest combined distance; ties all kept, by id. */
function nearestCommon(upA: Map<string, number>, upB: Map<string, number>): string[] {
  let best = Infinity;
  let found: string[] = [];
  for (const [m, da] of upA) {
    const db = upB.get(m);
    if (db === undefined) continue;
    if (da + db < best) [best, found] = [da + db, [m]];
    else if (da + db === best) found.push(m);
  }
  return found.sort(compareIds);
}

/** Derivations into models that are ancestors of one side only, parents first. */
function sideDerivations(graph: Graph, mine: Map<string, number>, theirs: Map<string, number>): string[] {
  const models = [...mine.keys()].filter((m) => !theirs.has(m));
  models.sort((x, y) => (graph.rank.get(x) ?? 0) - (graph.rank.get(y) ?? 0) || compareIds(x, y));
  return models.flatMap((m) => (graph.into.get(m) ?? []).map((d) => d.id));
}

function weaker(a: ModelLevel, b: ModelLevel): Confidence | null {
  return weakest([a.confidence, b.confidence]);
}
