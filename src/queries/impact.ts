/**
 * `impact ID`: what rests on a source, method, claim or review. Everything that cites or names
 * it, and every conclusion that moves when the knowledge is recomputed without it: the same
 * filtered view that `--as-of` uses, with one entity withdrawn.
 */
import { buildGraph } from '../graph/build-graph.js';
import { requireEntity } from '../graph/resolve.js';
import type { Entity, Graph } from '../graph/types.js';
import { knowledgeView } from '../graph/view/knowledge-view.js';
import type { Kb } from '../kb/types.js';
import { collectConclusions, diffConclusions } from './impact-conclusions.js';
import type { ImpactResult } from './types.js';

/** The kinds of entity something can rest on. */
export const IMPACT_KINDS = ['source', 'method', 'claim', 'review'] as const;

/** Withdraw `target` from `kb` (as of `asOf`, when given) and report what moves. */
export function impactOf(kb: Kb, target: string, asOf?: string): ImpactResult {
  const base = buildGraph(knowledgeView(kb, { asOf }).kb);
  const entity = requireEntity(base, target, IMPACT_KINDS);
  const id = entity.value.id;
  const without = buildGraph(knowledgeView(kb, { asOf, without: id }).kb);
  const before = collectConclusions(base);
  const changes = diffConclusions(before, collectConclusions(without));
  return { kind: 'impact', target: { id, entityKind: entity.kind as (typeof IMPACT_KINDS)[number] }, asOf: asOf ?? null, restsOn: restsOn(base, entity), changes, compared: before.size };
}

/** What cites or names the entity directly. */
function restsOn(graph: Graph, entity: Entity): ImpactResult['restsOn'] {
  const id = entity.value.id;
  const cites = (evidence: ReadonlyArray<{ source?: string }> | undefined) => (evidence ?? []).some((ev) => ev.source === id);
  const { claims, reviews, derivations, questions } = graph.kb;
  switch (entity.kind) {
    case 'source':
      return {
        claims: claims.filter((c) => cites(c.evidence)).map((c) => c.id),
        reviews: reviews.filter((r) => cites(r.evidence)).map((r) => r.id),
        derivations: derivations.filter((d) => cites(d.evidence) || (d.data ?? []).some((x) => x.source === id)).map((d) => d.id),
        questions: questions.filter((q) => (q.raisedBy ?? []).some((r) => r.source === id)).map((q) => q.id),
      };
    case 'method':
      return {
        claims: claims.filter((c) => c.kind !== 'exhibits' && c.method === id).map((c) => c.id),
        reviews: [],
        derivations: derivations.filter((d) => d.methods.includes(id)).map((d) => d.id),
        questions: questions.filter((q) => q.about.includes(id)).map((q) => q.id),
      };
    default:
      return {
        claims: entity.kind === 'review' ? [entity.value.claim] : claims.filter((c) => (c.competesWith ?? []).includes(id)).map((c) => c.id),
        reviews: reviews.filter((r) => r.claim === id).map((r) => r.id),
        derivations: [],
        questions: questions.filter((q) => q.about.includes(id)).map((q) => q.id),
      };
  }
}
