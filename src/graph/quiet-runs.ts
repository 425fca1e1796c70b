/**
 * Runs of single-parent models, so inference can step over the quiet ones in one move.
 *
 * A model is *simple* when exactly one derivation makes it, from exactly one other model. Where
 * no claim about a capability acts at a simple model (none about the model, none applying on
 * its derivation), its conclusion is its parent's carried one step: the same level and place of
 * appearance, graded no higher than the derivation and the assumption of carrying (edge-outcome.ts).
 * Down a run of such models only the grade changes, to the weakest along the way, so the
 * conclusion at the foot of a quiet stretch follows from the conclusion just above it and the
 * weakest step in between, which the counts below give at once. `diff` at 100k models otherwise
 * concluded all 316 capabilities at each of ~8,500 ancestors.
 */
import { CONFIDENCES, confidenceRank, type Confidence } from '../kb/scales.js';
import { ASSUMPTIONS, carryAssumption } from './assumptions.js';
import { weakest } from './confidence.js';
import type { Graph } from './types.js';

/** Where a simple model sits: its run and its depth there (the run's top has depth 1). */
interface Place {
  run: Run;
  depth: number;
}

interface Run {
  /** The model above the run's top: where a stretch with no claim in it starts from. */
  base: string;
  /** Models of the run, top first (`models[depth - 1]`). */
  models: string[];
  /** `steps[r][depth]`: how many of the steps down to `depth` are graded at confidence rank `r`. */
  steps: number[][];
}

/** The runs of a set of models closed under ancestry; undefined when the lineage has a cycle. */
export interface Runs {
  placeOf: Map<string, Place>;
  /** Models that are not simple, and the bases of runs, parents first: what quiet models carry from. */
  frontier: string[];
  /** Each frontier model's position in the lineage order (graph.rank). */
  frontierRanks: number[];
}

/** Runs over `ordered` (in lineage order; every ancestor of a member a member), or undefined on a cycle, where the walk's order matters. */
export function runsOf(graph: Graph, ordered: readonly string[]): Runs | undefined {
  const placeOf = new Map<string, Place>();
  const bases = new Set<string>();
  for (const m of ordered) {
    const into = graph.into.get(m) ?? [];
    for (const d of into) for (const p of d.from ?? []) if (graph.models.has(p) && graph.rank.get(p)! >= graph.rank.get(m)!) return undefined;
    const parent = into.length === 1 && into[0]!.from?.length === 1 ? into[0]!.from[0]! : undefined;
    if (parent === undefined || !graph.models.has(parent)) continue;
    const above = placeOf.get(parent);
    // A model continues its parent's run when it is the first child to; a sibling starts its own.
    const run = above && above.run.models.length === above.depth ? above.run : { base: parent, models: [], steps: CONFIDENCES.map(() => [0]) };
    run.models.push(m);
    const rank = confidenceRank(carryGrade(graph, m));
    run.steps.forEach((counts, r) => counts.push(counts.at(-1)! + (r === rank ? 1 : 0)));
    placeOf.set(m, { run, depth: run.models.length });
    if (run.models.length === 1) bases.add(parent);
  }
  const frontier = ordered.filter((m) => !placeOf.has(m) || bases.has(m));
  return { placeOf, frontier, frontierRanks: frontier.map((m) => graph.rank.get(m)!) };
}

/** The most a level carried into simple model `m` can be graded: its derivation's grade and the assumption's cap. */
function carryGrade(graph: Graph, m: string): Confidence {
  const d = graph.into.get(m)![0]!;
  return weakest([d.confidence, ASSUMPTIONS[carryAssumption(d)].cap])!;
}

/** Per capability: the depths, in each run, of the models where some claim acts. */
export type LoudDepths = Map<Run, number[]>;

/** Index `loud` (models where a claim about the capability acts) by run. */
export function loudDepths(runs: Runs, loud: Iterable<string>): LoudDepths {
  const byRun: LoudDepths = new Map();
  for (const m of loud) {
    const place = runs.placeOf.get(m);
    if (!place) continue;
    const list = byRun.get(place.run);
    if (list) list.push(place.depth);
    else byRun.set(place.run, [place.depth]);
  }
  for (const list of byRun.values()) list.sort((a, b) => a - b);
  return byRun;
}

/** Where a quiet simple model's conclusion is carried from, and the weakest grade of the steps since. */
export interface Stretch {
  from: string;
  weakestStep: Confidence;
}

/** The stretch above simple model `m`, which no claim acts at; undefined when `m` is not simple. */
export function stretchAbove(runs: Runs, loud: LoudDepths, m: string): Stretch | undefined {
  const place = runs.placeOf.get(m);
  if (!place) return undefined;
  const { run, depth } = place;
  const top = nearestBelow(loud.get(run), depth);
  const from = top === 0 ? run.base : run.models[top - 1]!;
  // The weakest grade among the steps top+1 … depth: the highest rank any of them has.
  for (let r = CONFIDENCES.length - 1; r >= 0; r--) if (run.steps[r]![depth]! > run.steps[r]![top]!) return { from, weakestStep: CONFIDENCES[r]! };
  throw new Error(`stretch above ${m} has no step`); // depth > top, so at least one step is counted
}

/** The largest value of sorted `list` below `depth`, or 0. */
function nearestBelow(list: number[] | undefined, depth: number): number {
  if (!list) return 0;
  // The first index whose value is >= depth.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < depth) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : list[lo - 1]!;
}
