/** One derivation walked for one capability: start from the parents, apply the claims acting on it. */
import type { Derivation } from '../kb/types.js';
import { confidenceRank, LEVELS, levelRank, type Level } from '../kb/scales.js';
import { compareIds, key } from './collections.js';
import { weakest } from './confidence.js';
import type { CauseClaim, Conclusion, EdgeOutcome, Graph } from './types.js';

/** The origin and effect claims for `capability` that act on `d` when it produces `d.to`, origins first. */
export function claimsOnDerivation(graph: Graph, d: Derivation, capability: string): CauseClaim[] {
  const found: CauseClaim[] = [...(graph.byDerivation.get(key(d.id, capability)) ?? [])];
  for (const m of d.methods)
    for (const c of graph.byMethod.get(key(m, capability)) ?? [])
      if ((c.model === undefined || c.model === d.to) && !found.includes(c)) found.push(c);
  if (found.length < 2) return found;
  return found.sort((a, b) => (a.kind === b.kind ? compareIds(a.id, b.id) : a.kind === 'origin' ? -1 : 1));
}

/** Walk `d` for `capability`, given the conclusions already drawn for its parents. */
export function edgeOutcome(
  graph: Graph,
  d: Derivation,
  capability: string,
  parentOf: (model: string) => Conclusion | undefined,
): EdgeOutcome {
  const best = d.from ? strongestParent(d.from.map(parentOf)) : undefined;
  let level: Level | null = !d.from || d.from.length === 0 ? 'none' : (best?.level ?? null);
  let from: Conclusion | null = best ?? null;
  const claims = claimsOnDerivation(graph, d, capability);
  for (const claim of claims) {
    if (claim.kind === 'origin') {
      const lifted = claim.level ?? 'present';
      if (level === null || levelRank(level) < levelRank(lifted)) [level, from] = [lifted, null];
    } else if (claim.level) {
      [level, from] = [claim.level, null];
    } else if (level !== null) {
      level = step(level, claim.direction === 'lowers' ? -1 : 1);
    }
  }
  const links = [d.id, ...claims.map((c) => c.id)];
  let confidence = level === null ? null : weakest(claims.map((c) => c.confidence));
  if (level !== null) confidence = weakest([confidence, d.confidence, from?.confidence]);
  const above = level !== null && level !== 'none';
  // Appearance is about the parents, not the chain: a claim that resets the level does not make it new.
  const inherited = best !== undefined && best.level !== null && best.level !== 'none';
  return {
    derivation: d.id,
    level,
    confidence,
    from: from?.model ?? null,
    links,
    claims: claims.map((c) => c.id),
    appearsAt: above ? (inherited ? best.appearsAt : d.id) : null,
  };
}

/** The parent with the highest level; ties go to the more confident, then the lower id. */
function strongestParent(parents: (Conclusion | undefined)[]): Conclusion | undefined {
  let best: Conclusion | undefined;
  for (const p of parents) {
    if (!p || p.level === null) continue;
    if (!best || compareConclusions(p, best) < 0) best = p;
  }
  return best;
}

function compareConclusions(a: Conclusion, b: Conclusion): number {
  const level = levelRank(b.level ?? 'none') - levelRank(a.level ?? 'none');
  if (level !== 0) return level;
  const ca = a.confidence ? confidenceRank(a.confidence) : 99;
  const cb = b.confidence ? confidenceRank(b.confidence) : 99;
  return ca - cb || compareIds(a.model, b.model);
}

function step(level: Level, by: number): Level {
  return LEVELS[Math.min(LEVELS.length - 1, Math.max(0, levelRank(level) + by))]!;
}
