/** What Mermaid and DOT draw alike: one step per derivation (a merge has several inputs), node captions, series groups. */
import type { GraphEdge, GraphNode, GraphView } from '../queries/types.js';

/** One derivation as drawn: its inputs among the drawn nodes (none: from scratch), its target, its edge. */
export interface DrawnStep {
  edge: GraphEdge;
  inputs: string[];
}

/** Steps in first-edge order; the per-parent edges of one derivation become one step. */
export function drawnSteps(view: GraphView): DrawnStep[] {
  const known = new Set(view.nodes.map((n) => n.id));
  const steps = new Map<string, DrawnStep>();
  for (const e of view.edges) {
    if (!known.has(e.to)) continue;
    const step = steps.get(e.id) ?? { edge: e, inputs: [] };
    if (e.from !== null && known.has(e.from)) step.inputs.push(e.from);
    steps.set(e.id, step);
  }
  return [...steps.values()];
}

/** A node's name, and its id only when the name does not already say it. */
export function caption(n: GraphNode): { name: string; id: string | null } {
  return { name: n.label, id: n.label.trim().toLowerCase() === n.id ? null : n.id };
}

/** The series of the drawn nodes, in first-seen order. */
export function groupsOf(view: GraphView): string[] {
  return [...new Set(view.nodes.map((n) => n.group).filter((g): g is string => g !== null))];
}

/** Confidences drawn dashed: a step the sources do not settle. */
export const UNCERTAIN = new Set(['hypothesis', 'speculative', 'open']);
