/** `tree`: the whole evolution tree, from every root down. */
import type { Graph } from '../graph/types.js';
import { dictionaries } from './dictionaries.js';
import { scratchInto } from './lineage.js';
import { childrenOf, rootRow, treeRows } from './tree-rows.js';
import type { TreeResult } from './types.js';

/** Every model under its parents, roots in lineage order; a model with two parents is drawn once and then marked. */
export function evolutionTree(graph: Graph): TreeResult {
  const roots = graph.order.filter((m) => (graph.into.get(m) ?? []).every((d) => (d.from ?? []).length === 0));
  const seen = new Set<string>();
  const next = childrenOf(graph);
  const rows = roots.flatMap((m) => treeRows(rootRow(m, scratchInto(graph, m)[0] ?? null), next, Infinity, seen));
  // Models on a cycle have parents but no root above them; list them so nothing is silently missing.
  for (const m of graph.order) if (!seen.has(m)) rows.push(...treeRows(rootRow(m, null), next, Infinity, seen));
  const { modelRefs, derivations } = dictionaries(graph, { models: graph.order, derivations: rows.flatMap((r) => (r.derivation ? [r.derivation] : [])) });
  return { kind: 'tree', roots, rows, modelRefs, derivations };
}
