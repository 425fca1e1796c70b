/**
 * Umbrella names people use for several models at once ("InstructGPT", "GPT-3.5", "Codex"),
 * read from the models' own `series` and `family` fields, never from a list kept in code.
 */
import type { Graph } from './types.js';

/** What an umbrella name covers: the models, in lineage order, and the series/families it matched. */
export interface Umbrella {
  name: string;
  matchedBy: string[];
  models: string[];
}

/** How what a user types is compared with names: case, spaces and underscores folded (`Chain of thought` → `chain-of-thought`). */
export function foldName(typed: string): string {
  return typed.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * The models whose series is `typed`, or whose family has `typed` as one of its words
 * ("InstructGPT" covers the families "InstructGPT Initial", "InstructGPT RLHF", …); undefined when none.
 */
export function findUmbrella(graph: Graph, typed: string): Umbrella | undefined {
  const wanted = foldName(typed);
  if (wanted === '') return undefined;
  const matchedBy = new Set<string>();
  const models: string[] = [];
  for (const id of graph.order) {
    const m = graph.models.get(id);
    if (!m) continue;
    const hits = [m.series, m.family].filter((name): name is string => typeof name === 'string' && covers(name, wanted));
    if (hits.length === 0) continue;
    hits.forEach((h) => matchedBy.add(h));
    models.push(id);
  }
  return models.length === 0 ? undefined : { name: typed.trim(), matchedBy: [...matchedBy].sort(), models };
}

/** Whether a series or family name is `wanted` as a whole, or has it as one of its words. */
function covers(name: string, wanted: string): boolean {
  return foldName(name) === wanted || name.split(/\s+/).some((word) => foldName(word) === wanted);
}
