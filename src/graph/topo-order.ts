/** Models in lineage order: parents before children, ties by `compare` (default id), iterative so long chains are safe. */
import type { Derivation } from '../kb/types.js';
import { compareIds as byId } from './collections.js';

/** Kahn's algorithm over the derivations; models on a cycle (rejected by validation) come last. */
export function topologicalOrder(ids: string[], into: Map<string, Derivation[]>, compare: (a: string, b: string) => number = byId): string[] {
  const known = new Set(ids);
  const pending = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const id of ids) {
    const parents: string[] = [];
    for (const d of into.get(id) ?? [])
      for (const p of d.from ?? []) if (known.has(p) && p !== id && !parents.includes(p)) parents.push(p);
    pending.set(id, parents.length);
    for (const p of parents) {
      const list = children.get(p);
      if (list) list.push(id);
      else children.set(p, [id]);
    }
  }
  const ready = ids.filter((id) => pending.get(id) === 0).sort(compare);
  const order: string[] = [];
  // A sorted "ready" list consumed in rounds keeps the order deterministic without a heap.
  while (ready.length > 0) {
    const round = ready.splice(0, ready.length);
    for (const id of round) {
      order.push(id);
      for (const child of children.get(id) ?? []) {
        const left = (pending.get(child) ?? 0) - 1;
        pending.set(child, left);
        if (left === 0) ready.push(child);
      }
    }
    ready.sort(compare);
  }
  if (order.length < ids.length) {
    const placed = new Set(order);
    order.push(...ids.filter((id) => !placed.has(id)).sort(byId));
  }
  return order;
}
