/** One derivation walked for one capability: start from the parents, apply the claims acting on it. */
import type { Derivation } from '../kb/types.js';
import { confidenceRank, isAbove, LEVELS, levelRank, type ConcludedLevel, type Level } from '../kb/scales.js';
import { ASSUMPTIONS, carryAssumption, type AssumptionId } from './assumptions.js';
import { scopedClaims } from './claim-scope.js';
import { compareIds } from './collections.js';
import { weakest } from './confidence.js';
import type { CauseClaim, EdgeOutcome, Graph, ParentLevel } from './types.js';

/** Walk `d` for `capability`, given the conclusions already drawn for its parents. */
export function edgeOutcome(
  graph: Graph,
  d: Derivation,
  capability: string,
  parentOf: (model: string) => ParentLevel | undefined,
): EdgeOutcome {
  const { applied, generalised } = scopedClaims(graph, d, capability);
  const scratch = !d.from || d.from.length === 0;
  // A merge carries the best level among its inputs whose level is known (documented in docs/design.md).
  const best = scratch ? undefined : strongestParent(d.from!, parentOf);
  const before: ConcludedLevel = scratch ? 'none' : (best?.level ?? 'unknown');
  const [level, carried] = applyClaims(before, applied);
  const from = carried && !scratch ? (best ?? null) : null;
  // From scratch, nothing is carried: without a claim about the step, nothing is known after it.
  const after: ConcludedLevel = scratch && applied.length === 0 ? 'unknown' : level;
  const assumption: AssumptionId | null = from ? carryAssumption(d) : null;
  let confidence = after === 'unknown' ? null : weakest([d.confidence, from?.confidence, assumption ? ASSUMPTIONS[assumption].cap : null]);
  for (const c of applied) if (confidence !== null) confidence = weakest([confidence, c.confidence]);
  const inherited = best !== undefined && isAbove(best.level);
  // Appearance is about the parents, not the chain: a claim that resets the level does not make it new.
  const appears = !inherited && (before !== 'unknown' || applied.some((c) => c.kind === 'origin'));
  return {
    derivation: d.id,
    before,
    level: after,
    confidence,
    from: from?.model ?? null,
    assumption,
    claims: idsOf(applied),
    generalised: idsOf(generalised),
    appearsAt: isAbove(after) ? (inherited ? best.appearsAt : appears ? d.id : null) : null,
  };
}

/** The level after the claims, and whether it still rests on the level before them. */
function applyClaims(before: ConcludedLevel, claims: CauseClaim[]): [ConcludedLevel, boolean] {
  let level = before;
  let carried = true;
  for (const claim of claims) {
    if (claim.kind === 'origin') {
      const lifted = claim.level ?? 'present';
      if (levelRank(level) < levelRank(lifted)) [level, carried] = [lifted, false];
    } else if (claim.level) {
      [level, carried] = [claim.level, false];
    } else if (level !== 'unknown') {
      level = step(level, claim.direction === 'lowers' ? -1 : 1);
    }
  }
  return [level, carried];
}

/** Most steps have no claim acting on them: they share one empty, frozen list instead of each allocating one. */
const NO_IDS = Object.freeze([]) as unknown as string[];

function idsOf(claims: CauseClaim[]): string[] {
  return claims.length === 0 ? NO_IDS : claims.map((c) => c.id);
}

/** The parent with the highest known level; ties go to the more confident, then the lower id. */
function strongestParent(inputs: string[], parentOf: (model: string) => ParentLevel | undefined): ParentLevel | undefined {
  let best: ParentLevel | undefined;
  for (const input of inputs) {
    const p = parentOf(input);
    if (!p || p.level === 'unknown') continue;
    if (!best || compareConclusions(p, best) < 0) best = p;
  }
  return best;
}

function compareConclusions(a: ParentLevel, b: ParentLevel): number {
  const level = levelRank(b.level) - levelRank(a.level);
  if (level !== 0) return level;
  const ca = a.confidence ? confidenceRank(a.confidence) : 99;
  const cb = b.confidence ? confidenceRank(b.confidence) : 99;
  return ca - cb || compareIds(a.model, b.model);
}

function step(level: Level, by: number): Level {
  return LEVELS[Math.min(LEVELS.length - 1, Math.max(0, levelRank(level) + by))]!;
}
