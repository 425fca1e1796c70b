/**
 * What later reviews changed about the claims in an answer: the grade each moved (from the
 * claim's own to the one in force) and the later sources on each side. Read off the view the
 * graph was built over, so `--as-of` sees only what was in force then.
 */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import type { Stance } from '../kb/scales.js';
import type { LaterChange } from './types.js';

/** One entry per claim in `claimIds` that a review in force speaks about, in id order. */
export function laterChanges(graph: Graph, claimIds: readonly string[]): LaterChange[] {
  const wanted = new Set(claimIds);
  const regrades = new Map((graph.view?.regrades ?? []).map((r) => [r.claim, r]));
  const bySide = new Map<string, Record<Stance, Set<string>>>();
  for (const review of graph.kb.reviews) {
    if (!wanted.has(review.claim)) continue;
    const sides = bySide.get(review.claim) ?? { supports: new Set(), contradicts: new Set(), qualifies: new Set() };
    for (const ev of review.evidence ?? []) if (ev.source) sides[ev.stance].add(ev.source);
    bySide.set(review.claim, sides);
  }
  return [...bySide.keys()].sort(compareIds).map((claim) => {
    const sides = bySide.get(claim)!;
    const regrade = regrades.get(claim);
    const grade = (graph.byId.get(claim)?.value as { confidence?: LaterChange['to'] } | undefined)?.confidence ?? null;
    return {
      claim,
      from: regrade?.from ?? grade,
      to: grade,
      review: regrade?.review ?? null,
      date: regrade?.date ?? null,
      supports: [...sides.supports].sort(compareIds),
      contradicts: [...sides.contradicts].sort(compareIds),
      qualifies: [...sides.qualifies].sort(compareIds),
    };
  });
}
