/** What refers to an entity, and what it refers to, each with the role it plays. */
import { compareIds } from '../graph/collections.js';
import type { Entity, Graph } from '../graph/types.js';

type Ref = { id: string; role: string };

/** Related entities of `entity`, grouped by role, ids sorted within a role, unknown ids dropped. */
export function relatedTo(graph: Graph, entity: Entity): Ref[] {
  const id = entity.value.id;
  const refs: Ref[] = [];
  const add = (role: string, ids: Iterable<string | undefined>) => {
    const sorted = [...new Set([...ids].filter((x): x is string => x !== undefined && x !== id && graph.byId.has(x)))].sort(compareIds);
    for (const x of sorted) refs.push({ id: x, role });
  };
  switch (entity.kind) {
    case 'model':
      add('derived-by', (graph.into.get(id) ?? []).map((d) => d.id));
      add('parent-in', (graph.outOf.get(id) ?? []).map((d) => d.id));
      add('teacher-in', graph.kb.derivations.filter((d) => (d.teachers ?? []).includes(id)).map((d) => d.id));
      add('approximates', (entity.value.approximates ?? []).map((a) => a.model));
      break;
    case 'derivation':
      add('parent', entity.value.from ?? []);
      add('teacher', entity.value.teachers ?? []);
      add('produces', [entity.value.to]);
      add('method', entity.value.methods);
      add('competes-with', entity.value.competesWith ?? []);
      add('evidence', (entity.value.evidence ?? []).map((e) => e.source));
      break;
    case 'method':
      add('used-by', graph.kb.derivations.filter((d) => d.methods.includes(id)).map((d) => d.id));
      add('variant-of', [entity.value.variantOf]);
      break;
    case 'capability':
      add('related', entity.value.related ?? []);
      break;
    case 'claim':
      add('about', [entity.value.capability, entity.value.model]);
      if (entity.value.kind !== 'exhibits') add('cause', [entity.value.method, entity.value.derivation, entity.value.tradedFor]);
      add('competes-with', entity.value.competesWith ?? []);
      add('evidence', (entity.value.evidence ?? []).map((e) => e.source));
      add('reviewed-by', graph.kb.reviews.filter((r) => r.claim === id).map((r) => r.id));
      break;
    case 'review':
      add('reviews', [entity.value.claim]);
      add('evidence', (entity.value.evidence ?? []).map((e) => e.source));
      break;
    case 'source':
      add('cited-by', graph.kb.claims.filter((c) => (c.evidence ?? []).some((e) => e.source === id)).map((c) => c.id));
      add('version-of', [entity.value.versionOf, entity.value.partOf]);
      break;
    case 'question':
      add('about', entity.value.about);
      add('raised-by', (entity.value.raisedBy ?? []).map((r) => r.source));
      break;
    case 'erratum':
      add('about', entity.value.about);
      add('reading', entity.value.readings.map((r) => r.source));
      break;
  }
  add('claim', (graph.claimsAbout.get(id) ?? []).map((c) => c.id));
  add('question', (graph.questionsAbout.get(id) ?? []).map((q) => q.id));
  add('erratum', (graph.errataAbout.get(id) ?? []).map((e) => e.id));
  return refs;
}
