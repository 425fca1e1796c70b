/** Breadth-first walk up the lineage, with each model's distance in derivations. */
import type { Graph } from './types.js';

/** Ancestors of `model` (itself at distance 0), nearest first. */
export function ancestorsOf(graph: Graph, model: string, maxDepth = Infinity): Map<string, number> {
  return walk(model, maxDepth, (m) => (graph.into.get(m) ?? []).flatMap((d) => d.from ?? []).filter((p) => graph.models.has(p)));
}

function walk(start: string, maxDepth: number, neighbours: (model: string) => string[]): Map<string, number> {
  const distance = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const model = queue[i]!;
    const d = distance.get(model)!;
    if (d >= maxDepth) continue;
    for (const n of neighbours(model)) {
      if (distance.has(n)) continue;
      distance.set(n, d + 1);
      queue.push(n);
    }
  }
  return distance;
}
