/** Paths through the lineage from a root (a from-scratch derivation or a model with no parents) to a model. */
import { confidenceRank } from '../kb/scales.js';
import type { Derivation } from '../kb/types.js';
import { compareIds } from './collections.js';
import type { Graph } from './types.js';

/** One hop of a path: a derivation, entered from one of its parents (null when from scratch). */
export interface PathStep {
  derivation: string;
  from: string | null;
  to: string;
}

/** For a merge (one derivation with several inputs), the one input a printed line continues through. */
export type PickInput = (d: Derivation) => string | null;

/**
 * The shortest path to `target` (fewest derivations; ties go to more confident derivations, then ids).
 * `follow` may name, for a model, the one derivation to walk into it (the one inference followed);
 * `pick` the input a merge is continued through, so that a merge stays one step, not a fan of alternatives.
 */
export function shortestPath(graph: Graph, target: string, follow?: (model: string) => string | null, pick?: PickInput): PathStep[] {
  const next = new Map<string, PathStep>([[target, { derivation: '', from: null, to: target }]]);
  const queue = [target];
  for (let i = 0; i < queue.length; i++) {
    const model = queue[i]!;
    const all = incoming(graph, model);
    const only = follow?.(model);
    const into = only ? all.filter((d) => d.id === only) : all;
    const scratch = into.find((d) => (d.from ?? []).length === 0);
    if (into.length === 0 || scratch) return unwind(next, model, scratch);
    for (const d of into)
      for (const parent of inputsOf(graph, d, pick)) {
        if (next.has(parent) || !graph.models.has(parent)) continue;
        next.set(parent, { derivation: d.id, from: parent, to: model });
        queue.push(parent);
      }
  }
  return []; // only reachable on a cycle with no root
}

/** Every path to `target`, up to `limit` of them; `truncated` says whether some were left out. */
export function allPaths(graph: Graph, target: string, limit = 100, pick?: PickInput): { paths: PathStep[][]; truncated: boolean } {
  const paths: PathStep[][] = [];
  const trail: PathStep[] = []; // the current partial path, walked backwards from the target
  const onTrail = new Set([target]);
  const stack = [frameFor(graph, target, pick)];
  if (stack[0]!.isRoot) paths.push([]);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const option = frame.options[frame.next++];
    if (!option) {
      stack.pop();
      if (stack.length > 0) onTrail.delete(trail.pop()!.from!);
      continue;
    }
    if (paths.length > limit) return { paths: paths.slice(0, limit), truncated: true };
    const step = { derivation: option.derivation, from: option.parent, to: frame.model };
    if (option.parent === null) {
      paths.push([step, ...[...trail].reverse()]);
    } else if (!onTrail.has(option.parent)) {
      trail.push(step);
      onTrail.add(option.parent);
      const parentFrame = frameFor(graph, option.parent, pick);
      if (parentFrame.isRoot) paths.push([...trail].reverse());
      stack.push(parentFrame);
    }
  }
  return { paths: paths.slice(0, limit), truncated: paths.length > limit };
}

interface Frame {
  model: string;
  isRoot: boolean;
  options: { derivation: string; parent: string | null }[];
  next: number;
}

function frameFor(graph: Graph, model: string, pick: PickInput | undefined): Frame {
  const into = incoming(graph, model);
  const options = into.flatMap<Frame['options'][number]>((d) =>
    (d.from ?? []).length === 0 ? [{ derivation: d.id, parent: null }] : inputsOf(graph, d, pick).map((p) => ({ derivation: d.id, parent: p })),
  );
  return { model, isRoot: into.length === 0, options, next: 0 };
}

/** The inputs a path may continue through: the picked one of a merge, else every known input by id. */
function inputsOf(graph: Graph, d: Derivation, pick: PickInput | undefined): string[] {
  const known = (d.from ?? []).filter((p) => graph.models.has(p));
  const picked = known.length > 1 ? pick?.(d) : null;
  return picked && known.includes(picked) ? [picked] : [...known].sort(compareIds);
}

function incoming(graph: Graph, model: string): Derivation[] {
  return [...(graph.into.get(model) ?? [])].sort(
    (a, b) => confidenceRank(a.confidence) - confidenceRank(b.confidence) || compareIds(a.id, b.id),
  );
}

function unwind(next: Map<string, PathStep>, start: string, scratch: Derivation | undefined): PathStep[] {
  const steps: PathStep[] = scratch ? [{ derivation: scratch.id, from: null, to: start }] : [];
  for (let step = next.get(start)!; step.derivation !== ''; step = next.get(step.to)!) steps.push(step);
  return steps;
}
