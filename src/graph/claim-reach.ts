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
  /** With runs: whether some claim about the capability acts at the model or above it. */
  reaches?: (model: string, capability: string) => boolean;
  /** With runs: each capability's claim sites in the scope, found once. */
  sites?: Map<string, Set<string>>;
}

/** The scope of `models`, which must already hold every ancestor of each of them. */
export function scopeOf(graph: Graph, models: Iterable<string>): Scope {
  const set = new Set(models);
  const ordered = [...set].sort((a, b) => graph.rank.get(a)! - graph.rank.get(b)!);
  const runs = runsOf(graph, ordered);
  if (!runs) return { models: set, runs };
  const sites = new Map([...graph.capabilities.keys()].map((c) => [c, sitesIn(graph, set, c)]));
  return { models: set, runs, sites, reaches: reachTable(graph, ordered, sites) };
}

/** The models of `scope` where some claim about `capability` acts: at the model, or on the derivation into it. */
export function claimSites(graph: Graph, scope: Scope, capability: string): Set<string> {
  return scope.sites?.get(capability) ?? sitesIn(graph, scope.models, capability);
}

function sitesIn(graph: Graph, models: ReadonlySet<string>, capability: string): Set<string> {
  const sites = new Set<string>();
  const visit = (m: string | undefined) => {
    if (m !== undefined && models.has(m)) sites.add(m);
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
 * Reach for every capability at once, as one bit per (model, capability), filled parents first:
 * a model's bits are its claim sites' and its parents'. Acyclic lineages only (the parents of
 * each model must come before it). At 100k models, half the frontier of a diff's scope is out
 * of reach for a given capability, and need not be concluded.
 */
function reachTable(graph: Graph, ordered: readonly string[], sites: Map<string, Set<string>>): (model: string, capability: string) => boolean {
  const column = new Map([...sites.keys()].map((c, i) => [c, i]));
  const words = Math.ceil(column.size / 32) || 1;
  const row = new Map(ordered.map((m, i) => [m, i * words]));
  const bits = new Uint32Array(ordered.length * words);
  for (const [capability, at] of sites) {
    const c = column.get(capability)!;
    for (const m of at) bits[row.get(m)! + (c >> 5)]! |= 1 << (c & 31);
  }
  for (const m of ordered) {
    const to = row.get(m)!;
    for (const d of graph.into.get(m) ?? [])
      for (const p of d.from ?? []) {
        const from = row.get(p);
        if (from !== undefined) for (let w = 0; w < words; w++) bits[to + w]! |= bits[from + w]!;
      }
  }
  // Hot (asked for every input of every step concluded): no destructuring, which allocated here.
  return (model, capability) => {
    const r = row.get(model);
    const c = column.get(capability);
    return r !== undefined && c !== undefined && (bits[r + (c >> 5)]! & (1 << (c & 31))) !== 0;
  };
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
