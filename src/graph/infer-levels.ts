/**
 * Inference of effective levels: a claim about the model beats the walk, the walk follows the most
 * confident derivation, and each conclusion's confidence is the weakest link of what it rests on
 * (claims, derivation, parent, and the cap of any assumption used). Memoised per
 * capability and computed with an explicit stack, so 100k-model chains neither recurse nor repeat.
 * Given a scope, the walk skips what no claim about the capability can reach (claim-reach.ts).
 */
import { confidenceRank, isAbove } from '../kb/scales.js';
import type { Derivation, ExhibitsClaim } from '../kb/types.js';
import { compareIds, key } from './collections.js';
import { edgeOutcome } from './edge-outcome.js';
import { reachOf, type Scope } from './claim-reach.js';
import { isClaimed } from './index-claims.js';
import type { Conclusion, EdgeOutcome, Graph } from './types.js';

/** Draws conclusions about (model, capability) pairs, caching them for the life of one query. */
export interface Inference {
  /** The conclusion for one model and capability. */
  conclude(model: string, capability: string): Conclusion;
}

/**
 * A fresh inference over `graph`. With a `scope` (see claim-reach.ts), conclusions for its models
 * walk only where a claim about the capability reaches; elsewhere the whole ancestry. Either way
 * every conclusion is the same.
 */
export function createInference(graph: Graph, scope?: Scope): Inference {
  const memo = new Map<string, Map<string, Conclusion>>();
  const reach = new Map<string, Set<string>>();
  const reached = (capability: string) => {
    let set = reach.get(capability);
    if (!set) reach.set(capability, (set = reachOf(graph, scope!, capability)));
    return set;
  };
  return {
    conclude(model, capability) {
      let done = memo.get(capability);
      if (!done) memo.set(capability, (done = new Map()));
      const hit = done.get(model);
      return hit ?? walk(graph, model, capability, done, scope?.models.has(model) ? reached(capability) : undefined);
    },
  };
}

/**
 * Conclude `start` after its ancestors, parents first. With `reached`, a parent outside it is not
 * walked: no claim acts there or above, so it is unknown, which is what an absent parent counts as.
 */
function walk(graph: Graph, start: string, capability: string, done: Map<string, Conclusion>, reached?: Set<string>): Conclusion {
  const entered = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const model = stack[stack.length - 1]!;
    if (done.has(model)) {
      stack.pop();
    } else if (!entered.has(model)) {
      entered.add(model);
      for (const d of graph.into.get(model) ?? [])
        for (const p of d.from ?? []) if (!done.has(p) && !entered.has(p) && graph.models.has(p) && (!reached || reached.has(p))) stack.push(p);
    } else {
      // Parents not concluded by now are on a cycle: they count as unknown, so the walk ends.
      done.set(model, concludeOne(graph, model, capability, (p) => done.get(p)));
      stack.pop();
    }
  }
  return done.get(start)!;
}

function concludeOne(
  graph: Graph,
  model: string,
  capability: string,
  parentOf: (model: string) => Conclusion | undefined,
): Conclusion {
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
