/**
 * Which claims act on a derivation. A claim naming the derivation applies to it; a claim about a
 * method applies where its knowledge says (`appliesTo`, or the one `model` it names). Elsewhere
 * the method is used, applying it would be the tool's own generalisation, so it is kept apart.
 */
import type { Derivation } from '../kb/types.js';
import { compareIds, key } from './collections.js';
import { isClaimed } from './index-claims.js';
import type { CauseClaim, Graph } from './types.js';

/** The claims for `capability` that apply on `d`, and those that would only if they generalised. */
export interface ScopedClaims {
  applied: CauseClaim[];
  generalised: CauseClaim[];
}

/** Shared by every step no claim can act on (most of them); frozen, since callers get it by reference. */
const NONE: ScopedClaims = Object.freeze({ applied: Object.freeze([]) as unknown as CauseClaim[], generalised: Object.freeze([]) as unknown as CauseClaim[] });

/** Origin and effect claims for `capability` on `d`, origins first, then by id. */
export function scopedClaims(graph: Graph, d: Derivation, capability: string): ScopedClaims {
  if (!isClaimed(graph, d.id, capability) && !d.methods.some((m) => isClaimed(graph, m, capability))) return NONE;
  const applied: CauseClaim[] = [...(graph.byDerivation.get(key(d.id, capability)) ?? [])];
  const generalised: CauseClaim[] = [];
  for (const m of d.methods)
    for (const c of graph.byMethod.get(key(m, capability)) ?? []) {
      if (applied.includes(c) || generalised.includes(c)) continue;
      if (c.model !== undefined && c.model !== d.to) continue; // about another model: not a claim about this step at all
      const here = c.appliesTo ? c.appliesTo.includes(d.id) : c.model === d.to;
      (here ? applied : generalised).push(c);
    }
  return { applied: sortClaims(applied), generalised: sortClaims(generalised) };
}

/** The claims that apply on `d` for `capability` (see scopedClaims). */
export function claimsOnDerivation(graph: Graph, d: Derivation, capability: string): CauseClaim[] {
  return scopedClaims(graph, d, capability).applied;
}

function sortClaims(claims: CauseClaim[]): CauseClaim[] {
  if (claims.length < 2) return claims;
  return claims.sort((a, b) => (a.kind === b.kind ? compareIds(a.id, b.id) : a.kind === 'origin' ? -1 : 1));
}
