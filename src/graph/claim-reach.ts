/**
 * Where a capability can be known at all, within a query's part of the lineage. With no claim
 * about a capability at a model or anywhere above it, its conclusion there is `unknown` (from
 * scratch nothing is known without a claim about the step, and unknown parents carry nothing),
 * so inference need not walk there: `diff` at 100k models otherwise concluded every capability
 * for all ~8,500 ancestors of both models.
 */
import type { Graph } from './types.js';

/** Models closed under ancestry (every ancestor of a member is a member). */
export interface Scope {
  models: ReadonlySet<string>;
}

/** The scope of `models`, which must already hold every ancestor of each of them. */
export function scopeOf(models: Iterable<string>): Scope {
  return { models: new Set(models) };
}

/**
 * The models of `scope` where some claim about `capability` acts at the model or above it: the
 * models its claims act at (exhibits at a model, origin or effect on a derivation into it, or on
 * a method where the claim applies), then everything below them. Linear in those claims and models.
 */
export function reachOf(graph: Graph, scope: Scope, capability: string): Set<string> {
  const reached = new Set<string>();
  const queue: string[] = [];
  const visit = (m: string | undefined) => {
    if (m === undefined || reached.has(m) || !scope.models.has(m)) return;
    reached.add(m);
    queue.push(m);
  };
  for (const claim of graph.byCapability.get(capability) ?? []) {
    if (claim.kind === 'exhibits') visit(claim.model);
    else if (claim.derivation) visit(graph.derivations.get(claim.derivation)?.to);
    // A method claim acts only where claim-scope.ts applies it: its `appliesTo`, else the one
    // model it names; elsewhere it is a generalisation, which moves no level.
    else if (claim.appliesTo) for (const d of claim.appliesTo) visit(graph.derivations.get(d)?.to);
    else visit(claim.model);
  }
  for (let i = 0; i < queue.length; i++) for (const d of graph.outOf.get(queue[i]!) ?? []) visit(d.to);
  return reached;
}
