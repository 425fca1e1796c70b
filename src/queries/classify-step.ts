/** What one derivation did to a capability: compare its parents' level with its target's. */
import { claimsOnDerivation } from '../graph/edge-outcome.js';
import type { Inference } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import { levelRank, type Level } from '../kb/scales.js';
import type { Change, TraceStep } from './types.js';

/** Classifies derivations for one capability; remembers which models had it somewhere above them. */
export function createStepClassifier(graph: Graph, inference: Inference, capability: string) {
  const levelOf = (m: string): Level | null => (graph.models.has(m) ? inference.conclude(m, capability).level : null);
  // Whether a model or any ancestor had the capability above `none`: one pass in lineage order.
  const hadIt = new Map<string, boolean>();
  for (const m of graph.order) {
    const own = rank(levelOf(m)) > 0;
    const inherited = (graph.into.get(m) ?? []).some((d) => (d.from ?? []).some((p) => hadIt.get(p) === true));
    hadIt.set(m, own || inherited);
  }
  return (derivationId: string, from: string | null): TraceStep => {
    const d = graph.derivations.get(derivationId)!;
    const parents = (d.from ?? []).filter((p) => graph.models.has(p));
    const before = (d.from ?? []).length === 0 ? 'none' : highest(parents.map(levelOf));
    const after = levelOf(d.to);
    const claims = claimsOnDerivation(graph, d, capability);
    const restores = claims.some((c) => c.kind === 'effect' && c.direction === 'restores');
    const hadBefore = parents.some((p) => hadIt.get(p) === true);
    return {
      derivation: d.id,
      from,
      to: d.to,
      before,
      after,
      change: classify(before, after, hadBefore, restores),
      claims: claims.map((c) => c.id),
      followed: inference.conclude(d.to, capability).via === d.id,
    };
  };
}

function classify(before: Level | null, after: Level | null, hadBefore: boolean, restores: boolean): Change {
  if (before === null || after === null) return 'unknown';
  const [b, a] = [rank(before), rank(after)];
  if (a < b) return a === 0 ? 'lost' : 'weakened';
  if (a === b) return 'unchanged';
  if (b === 0 && !hadBefore) return 'appears';
  return b === 0 || restores ? 'restored' : 'raised';
}

function highest(levels: (Level | null)[]): Level | null {
  let best: Level | null = null;
  for (const l of levels) if (l !== null && (best === null || levelRank(l) > levelRank(best))) best = l;
  return best;
}

function rank(level: Level | null): number {
  return level === null ? -1 : levelRank(level);
}
