/**
 * Inference of effective levels (each one drawn by conclude-one.ts from its inputs'), memoised per
 * capability and computed with an explicit stack, so 100k-model chains neither recurse nor repeat.
 * Given a scope, quiet stretches are stepped over (scoped-levels.ts), or on a cyclic lineage the
 * walk skips what no claim about the capability can reach (claim-reach.ts).
 */
import { reachOf, type Scope } from './claim-reach.js';
import { concludeOne } from './conclude-one.js';
import { scopedLevels, type ScopedLevels } from './scoped-levels.js';
import type { Conclusion, Graph } from './types.js';

export { followedDerivation } from './conclude-one.js';

/** Draws conclusions about (model, capability) pairs, caching them for the life of one query. */
export interface Inference {
  /** The conclusion for one model and capability. */
  conclude(model: string, capability: string): Conclusion;
}

/**
 * A fresh inference over `graph`. With a `scope` (see claim-reach.ts), conclusions for its models
 * step over the quiet stretches of its runs (quiet-runs.ts), or on a cyclic lineage walk only
 * where a claim about the capability reaches; elsewhere the whole ancestry. Either way every
 * conclusion is the same.
 */
export function createInference(graph: Graph, scope?: Scope): Inference {
  const memo = new Map<string, Map<string, Conclusion>>();
  const reach = new Map<string, Set<string>>();
  const scoped = new Map<string, ScopedLevels>();
  const { runs } = scope ?? {};
  return {
    conclude(model, capability) {
      if (scope?.models.has(model)) {
        if (runs) return cached(scoped, capability, () => scopedLevels(graph, { ...scope, runs }, capability))(model);
        const reached = cached(reach, capability, () => reachOf(graph, scope, capability));
        return walk(graph, model, capability, cached(memo, capability, () => new Map()), reached);
      }
      const done = cached(memo, capability, () => new Map());
      return done.get(model) ?? walk(graph, model, capability, done);
    },
  };
}

function cached<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * Conclude `start` after its ancestors, parents first. With `reached`, a parent outside it is not
 * walked: no claim acts there or above, so it is unknown, which is what an absent parent counts as.
 */
function walk(graph: Graph, start: string, capability: string, done: Map<string, Conclusion>, reached?: Set<string>): Conclusion {
  const entered = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const model = stack[stack.length - 1]!;
    if (done.has(model)) {
      stack.pop();
    } else if (!entered.has(model)) {
      entered.add(model);
      for (const d of graph.into.get(model) ?? [])
        for (const p of d.from ?? []) if (!done.has(p) && !entered.has(p) && graph.models.has(p) && (!reached || reached.has(p))) stack.push(p);
    } else {
      // Parents not concluded by now are on a cycle: they count as unknown, so the walk ends.
      done.set(model, concludeOne(graph, model, capability, (p) => done.get(p)));
      stack.pop();
    }
  }
  return done.get(start)!;
}

