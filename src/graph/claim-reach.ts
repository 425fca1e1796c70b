/**
 * Where a capability can be known at all, within a query's part of the lineage. With no claim
 * about a capability at a model or anywhere above it, its conclusion there is `unknown` (from
 * scratch nothing is known without a claim about the step, and unknown parents carry nothing),
 * so inference need not walk there: `diff` at 100k models otherwise concluded every capability
 * for all ~8,500 ancestors of both models.
 */
import { runsOf, type Runs } from './quiet-runs.js';
import type { Graph } from './types.js';

/** Models closed under ancestry (every ancestor of a member is a member), and their runs. */
export interface Scope {
  models: ReadonlySet<string>;
  /** Undefined when the lineage has a cycle. */
  runs: Runs | undefined;
}

/** The scope of `models`, which must already hold every ancestor of each of them. */
export function scopeOf(graph: Graph, models: Iterable<string>): Scope {
  const set = new Set(models);
  return { models: set, runs: runsOf(graph, set) };
}

/** The models of `scope` where some claim about `capability` acts: at the model, or on the derivation into it. */
export function claimSites(graph: Graph, scope: Scope, capability: string): Set<string> {
  const sites = new Set<string>();
  const visit = (m: string | undefined) => {
    if (m !== undefined && scope.models.has(m)) sites.add(m);
  };
  for (const claim of graph.byCapability.get(capability) ?? []) {
    if (claim.kind === 'exhibits') visit(claim.model);
    else if (claim.derivation) visit(graph.derivations.get(claim.derivation)?.to);
    // A method claim acts only where claim-scope.ts applies it: its `appliesTo`, else the one
    // model it names; elsewhere it is a generalisation, which moves no level.
    else if (claim.appliesTo) for (const d of claim.appliesTo) visit(graph.derivations.get(d)?.to);
    else visit(claim.model);
  }
  return sites;
}

/**
 * The models of `scope` where some claim about `capability` acts at the model or above it: its
 * claim sites, then everything below them. Linear in those claims and models.
 */
export function reachOf(graph: Graph, scope: Scope, capability: string): Set<string> {
  const reached = claimSites(graph, scope, capability);
  const queue = [...reached];
  for (let i = 0; i < queue.length; i++)
    for (const d of graph.outOf.get(queue[i]!) ?? [])
      if (scope.models.has(d.to) && !reached.has(d.to)) {
        reached.add(d.to);
        queue.push(d.to);
      }
  return reached;
}
