/**
 * One conclusion: a claim about the model beats the walk, the walk follows the most confident
 * derivation, and the confidence is the weakest link of what it rests on (claims, derivation,
 * parent, and the cap of any assumption used), given what its inputs concluded.
 */
import { confidenceRank, isAbove } from '../kb/scales.js';
import type { Derivation, ExhibitsClaim } from '../kb/types.js';
import { compareIds, key } from './collections.js';
import { edgeOutcome } from './edge-outcome.js';
import { isClaimed } from './index-claims.js';
import type { Conclusion, EdgeOutcome, Graph, ParentLevel } from './types.js';

/** The conclusion for `model`, given what each of its inputs concluded (undefined: unknown). */
export function concludeOne(graph: Graph, model: string, capability: string, parentOf: (model: string) => ParentLevel | undefined): Conclusion {
  const into = graph.into.get(model);
  const edges = into ? into.map((d) => edgeOutcome(graph, d, capability, parentOf)) : [];
  const chosen = followedDerivation(graph, model);
  const followed = chosen ? edges.find((e) => e.derivation === chosen.id) : undefined;
  const claims = isClaimed(graph, model, capability) ? graph.exhibits.get(key(model, capability)) : undefined;
  const explicit = claims ? strongestClaim(claims) : undefined;
  const via = followed?.derivation ?? null;
  if (explicit) {
    const appearsAt = isAbove(explicit.level) ? explicitAppearance(graph, edges, followed) : null;
    return conclusion(model, capability, explicit.level, 'explicit', explicit.confidence, null, explicit.id, via, edges, appearsAt);
  }
  if (!followed || followed.level === 'unknown') return conclusion(model, capability, 'unknown', 'unknown', null, null, null, via, edges, null);
  return conclusion(model, capability, followed.level, 'inferred', followed.confidence, followed.assumption, null, via, edges, followed.appearsAt);
}

/**
 * Where a claimed level first appeared: along the followed derivation when it can tell, else along
 * the most confident one that can. Above an input that had it, it appeared up there; else here.
 */
function explicitAppearance(graph: Graph, edges: EdgeOutcome[], followed: EdgeOutcome | undefined): string | null {
  // An edge tells where it appeared when its inputs' levels are known, or when an origin claim says it appears there.
  const tells = (e: EdgeOutcome) => e.before !== 'unknown' || e.appearsAt === e.derivation;
  const known = followed && tells(followed) ? followed : edges.filter(tells).sort(byConfidence(graph))[0];
  if (!known) return null;
  return isAbove(known.before) ? known.appearsAt : known.derivation;
}

function byConfidence(graph: Graph) {
  const rank = (e: EdgeOutcome) => confidenceRank(graph.derivations.get(e.derivation)!.confidence);
  return (a: EdgeOutcome, b: EdgeOutcome) => rank(a) - rank(b) || compareIds(a.derivation, b.derivation);
}

// Positional on purpose: this runs once per (model, capability) and object spreads showed up in profiles.
function conclusion(
  model: string,
  capability: string,
  level: Conclusion['level'],
  basis: Conclusion['basis'],
  confidence: Conclusion['confidence'],
  assumption: Conclusion['assumption'],
  claim: string | null,
  via: string | null,
  edges: EdgeOutcome[],
  appearsAt: string | null,
): Conclusion {
  return { model, capability, level, basis, confidence, assumption, claim, via, edges, appearsAt };
}

/** The derivation a model inherits along: the most confident one into it, ties by id. */
export function followedDerivation(graph: Graph, model: string): Derivation | undefined {
  let best: Derivation | undefined;
  for (const d of graph.into.get(model) ?? []) if (!best || confidenceRank(d.confidence) < confidenceRank(best.confidence)) best = d;
  return best;
}

/** Among several exhibits claims, the most confident; ties by claim id. */
function strongestClaim(claims: ExhibitsClaim[]): ExhibitsClaim | undefined {
  let best: ExhibitsClaim | undefined;
  for (const c of claims) {
    const order = best ? confidenceRank(c.confidence) - confidenceRank(best.confidence) || compareIds(c.id, best.id) : -1;
    if (order < 0) best = c;
  }
  return best;
}
