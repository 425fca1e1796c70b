/** What one derivation did to a capability: compare its inputs' level with its target's, and say whether a claim explains it. */
import { claimsOnDerivation } from '../graph/claim-scope.js';
import { strongest, weakest } from '../graph/confidence.js';
import type { Inference } from '../graph/infer-levels.js';
import type { CauseClaim, Graph } from '../graph/types.js';
import { isAbove, levelRank, type ConcludedLevel } from '../kb/scales.js';
import type { Change, TraceStep } from './types.js';

const UP = new Set<Change>(['appears', 'raised', 'restored']);
const DOWN = new Set<Change>(['weakened', 'lost']);

/**
 * Classifies derivations for one capability; remembers which models had it somewhere above them.
 * `order` (default: every model) must hold, parents first, each input of the steps it will classify and their ancestors.
 */
export function createStepClassifier(graph: Graph, inference: Inference, capability: string, order: readonly string[] = graph.order) {
  const cell = (m: string) => inference.conclude(m, capability);
  // Whether a model or any ancestor had the capability above `none`: one pass in lineage order.
  const hadIt = new Map<string, boolean>();
  for (const m of order) {
    const inherited = (graph.into.get(m) ?? []).some((d) => (d.from ?? []).some((p) => hadIt.get(p) === true));
    hadIt.set(m, isAbove(cell(m).level) || inherited);
  }
  return (derivationId: string, from: string | null): TraceStep => {
    const d = graph.derivations.get(derivationId)!;
    const inputs = (d.from ?? []).filter((p) => graph.models.has(p));
    const before = (d.from ?? []).length === 0 ? 'none' : highest(inputs.map((p) => cell(p).level));
    const target = cell(d.to);
    const claims = claimsOnDerivation(graph, d, capability);
    const restores = claims.some((c) => c.kind === 'effect' && c.direction === 'restores');
    const change = classify(before, target.level, inputs.some((p) => hadIt.get(p) === true), restores);
    const explaining = claims.filter((c) => explains(c, change));
    const unexplained = (UP.has(change) || DOWN.has(change)) && explaining.length === 0;
    const known = before !== 'unknown' && target.level !== 'unknown';
    // Rival explanations are alternatives: the best-supported one counts, capped by everything else the step rests on.
    // The level before rests on the best-supported input that has it.
    const witness = strongest(inputs.filter((p) => cell(p).level === before).map((p) => cell(p).confidence));
    const rests = [d.confidence, target.confidence, witness, strongest(explaining.map((c) => c.confidence))];
    return {
      derivation: d.id,
      from,
      inputs,
      to: d.to,
      before,
      after: target.level,
      change,
      unexplained,
      claims: claims.map((c) => c.id),
      confidence: known ? weakest(rests) : null,
      mark: target.via === d.id ? tableMark(graph, target.claim) : null,
      followed: target.via === d.id,
    };
  };
}

/** The summary table's mark of a change (`+`, `−−`…) on the target's level claim, if it carries one. */
function tableMark(graph: Graph, claimId: string | null): string | null {
  const e = claimId ? graph.byId.get(claimId) : undefined;
  const notation = e?.kind === 'claim' && e.value.kind === 'exhibits' ? e.value.notation : undefined;
  return notation ? notation : null;
}

/** Whether a claim accounts for a change in its direction. */
function explains(claim: CauseClaim, change: Change): boolean {
  if (UP.has(change)) return claim.kind === 'origin' || claim.direction !== 'lowers';
  if (DOWN.has(change)) return claim.kind === 'effect' && claim.direction === 'lowers';
  return false;
}

function classify(before: ConcludedLevel, after: ConcludedLevel, hadBefore: boolean, restores: boolean): Change {
  if (before === 'unknown' || after === 'unknown') return 'unknown';
  const [b, a] = [levelRank(before), levelRank(after)];
  if (a < b) return a === 0 ? 'lost' : 'weakened';
  if (a === b) return 'unchanged';
  if (b === 0 && !hadBefore) return 'appears';
  return b === 0 || restores ? 'restored' : 'raised';
}

function highest(levels: ConcludedLevel[]): ConcludedLevel {
  let best: ConcludedLevel = 'unknown';
  for (const l of levels) if (levelRank(l) > levelRank(best)) best = l;
  return best;
}
