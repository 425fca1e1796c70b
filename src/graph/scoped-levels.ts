/**
 * Conclusions for one capability within a scope, stepping over quiet stretches (quiet-runs.ts).
 * Its *frontier* (models made by a merge, several derivations or from scratch, and the bases of
 * runs) is concluded once, parents first; a model on a run is then either a claim site, concluded
 * in full when something needs it, or quiet, its level carried down from the nearest frontier
 * model or claim site above it. Same conclusions as the full walk (tests/property/inference-scope).
 */
import type { Confidence } from '../kb/scales.js';
import { claimSites, type Scope } from './claim-reach.js';
import { concludeOne } from './conclude-one.js';
import { weakest } from './confidence.js';
import { loudDepths, stretchAbove, type Runs } from './quiet-runs.js';
import type { Conclusion, Graph, ParentLevel } from './types.js';

/** The conclusion of any model of the scope for one capability, drawn lazily. */
export type ScopedLevels = (model: string) => Conclusion;

/** Conclude the frontier of `scope` for `capability`; other models of the scope on demand. */
export function scopedLevels(graph: Graph, scope: Scope & { runs: Runs }, capability: string): ScopedLevels {
  const { runs } = scope;
  const loud = claimSites(graph, scope, capability);
  const depths = loudDepths(runs, loud);
  const done = new Map<string, Conclusion>();
  const carried = new Map<string, ParentLevel>();
  const full = (m: string): Conclusion => {
    let c = done.get(m);
    if (!c) done.set(m, (c = concludeOne(graph, m, capability, levelOf)));
    return c;
  };
  // Only ancestors of `m` are asked for, and those on the frontier are concluded before it.
  // Out of reach of every claim about the capability, a model is unknown: what an absent input counts as.
  const reached = (m: string) => scope.reaches?.(m, capability) !== false;
  function levelOf(m: string): ParentLevel | undefined {
    if (!reached(m)) return undefined;
    const hit = done.get(m) ?? carried.get(m);
    if (hit) return hit;
    const stretch = loud.has(m) ? undefined : stretchAbove(runs, depths, m);
    if (!stretch) return full(m);
    const level = carriedDown(m, levelOf(stretch.from)!, stretch.weakestStep);
    carried.set(m, level);
    return level;
  }
  // Claim sites too, in lineage order, so that no level is drawn through a chain of calls
  // (a long run where every model has a claim would otherwise recurse once per model).
  const sites = [...loud].sort((a, b) => graph.rank.get(a)! - graph.rank.get(b)!);
  let j = 0;
  runs.frontier.forEach((m, i) => {
    while (j < sites.length && graph.rank.get(sites[j]!)! < runs.frontierRanks[i]!) full(sites[j++]!);
    if (reached(m)) full(m);
  });
  while (j < sites.length) full(sites[j++]!);
  return full;
}

/** A level carried from `above` down a quiet stretch: the same level and appearance, graded no higher than its weakest step. */
function carriedDown(model: string, above: ParentLevel, weakestStep: Confidence): ParentLevel {
  if (above.level === 'unknown') return { model, level: 'unknown', confidence: null, appearsAt: null };
  return { model, level: above.level, confidence: weakest([above.confidence, weakestStep]), appearsAt: above.appearsAt };
}

