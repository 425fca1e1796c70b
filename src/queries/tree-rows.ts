/** Preorder rows of a lineage drawn as a tree, built with an explicit stack so deep chains are safe. */
import { followedDerivation } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import type { Derivation } from '../kb/types.js';
import type { TreeRow } from './types.js';

type Next = (model: string) => { model: string; derivation: string; merge: boolean; followed: boolean }[];

/** Rows from `start` outward along `next`, to `maxDepth`; a model met again is a `repeat` and not expanded. */
export function treeRows(start: TreeRow, next: Next, maxDepth: number, seen: Set<string> = new Set()): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: TreeRow[] = [start];
  while (stack.length > 0) {
    const row = stack.pop()!;
    const repeat = seen.has(row.model);
    rows.push({ ...row, repeat });
    if (repeat || row.depth >= maxDepth) continue;
    seen.add(row.model);
    const children = next(row.model).map((n) => ({ ...n, depth: row.depth + 1, repeat: false }));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return rows;
}

/** Parents of a model, through each derivation into it: the one inheritance follows first, then by id. */
export function parentsOf(graph: Graph): Next {
  return (model) =>
    followedFirst(graph, graph.into.get(model) ?? []).flatMap((d) =>
      [...(d.from ?? [])].sort().filter((p) => graph.models.has(p)).map((p) => ({ model: p, ...stepOf(graph, d) })),
    );
}

/** Children of a model, through each derivation out of it: followed derivations first, then by id. */
export function childrenOf(graph: Graph): Next {
  return (model) => followedFirst(graph, graph.outOf.get(model) ?? []).map((d) => ({ model: d.to, ...stepOf(graph, d) }));
}

/** The row's derivation, whether it is a merge (one step with several inputs), and whether its target follows it. */
function stepOf(graph: Graph, d: Derivation) {
  const inputs = (d.from ?? []).filter((p) => graph.models.has(p)).length;
  return { derivation: d.id, merge: inputs > 1, followed: followedDerivation(graph, d.to)?.id === d.id };
}

/** A tree's first row: the model itself, reached through `derivation` (a from-scratch one, or none). */
export function rootRow(model: string, derivation: string | null): TreeRow {
  return { model, depth: 0, derivation, merge: false, followed: true, repeat: false };
}

/** Derivations the target inherits along come before competing ones, so a tree draws each model under its main account. */
function followedFirst(graph: Graph, list: Derivation[]): Derivation[] {
  const followed = (d: Derivation) => (followedDerivation(graph, d.to)?.id === d.id ? 0 : 1);
  return [...list].sort((a, b) => followed(a) - followed(b));
}
