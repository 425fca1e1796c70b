/** `lineage M`: a model's ancestors and descendants, as trees. */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import { dictionaries } from './dictionaries.js';
import { childrenOf, parentsOf, rootRow, treeRows } from './tree-rows.js';
import type { LineageResult } from './types.js';

/** The model, which directions, and how deep. */
export interface LineageArgs {
  model: string;
  ancestors?: boolean;
  descendants?: boolean;
  depth?: number;
}

/** Ancestors and/or descendants of a model (both when neither is asked for), to an optional depth. */
export function lineageOf(graph: Graph, args: LineageArgs): LineageResult {
  const both = !args.ancestors && !args.descendants;
  const maxDepth = args.depth ?? Infinity;
  const root = rootRow(args.model, null);
  const ancestors = both || args.ancestors ? treeRows(root, parentsOf(graph), maxDepth) : null;
  const descendants = both || args.descendants ? treeRows(root, childrenOf(graph), maxDepth) : null;
  const rows = [...(ancestors ?? []), ...(descendants ?? [])];
  const taught = descendants ? studentsOf(graph, args.model) : null;
  const { modelRefs, derivations } = dictionaries(graph, {
    models: rows.map((r) => r.model),
    derivations: [...rows.flatMap((r) => (r.derivation ? [r.derivation] : [])), ...scratchInto(graph, args.model), ...(taught ?? [])],
  });
  return { kind: 'lineage', model: args.model, depth: args.depth ?? null, ancestors, descendants, taught, modelRefs, derivations };
}

/** Derivations that learnt from the model's outputs (it is a teacher there, not a weight parent), by id. */
function studentsOf(graph: Graph, model: string): string[] {
  return graph.kb.derivations.filter((d) => (d.teachers ?? []).includes(model)).map((d) => d.id).sort(compareIds);
}

/** From-scratch derivations into a model, so a root's own training shows. */
export function scratchInto(graph: Graph, model: string): string[] {
  return (graph.into.get(model) ?? []).filter((d) => (d.from ?? []).length === 0).map((d) => d.id);
}
