/** Models grouped by family (connected part of the lineage), each family in lineage order. */
import type { Graph } from './types.js';

/** Families in the order their first model appears in `graph.order`; within a family, lineage order. */
export function familyOrder(graph: Graph): string[] {
  const parent = new Map<string, string>();
  // Union-find with path compression: near-linear even at 100k models.
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const m of graph.order) parent.set(m, m);
  for (const d of graph.derivations.values())
    for (const p of d.from ?? []) if (parent.has(p) && parent.has(d.to)) parent.set(find(p), find(d.to));
  const families = new Map<string, string[]>();
  for (const m of graph.order) {
    const f = find(m);
    const list = families.get(f);
    if (list) list.push(m);
    else families.set(f, [m]);
  }
  return [...families.values()].flat();
}
