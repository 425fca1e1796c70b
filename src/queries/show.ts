/** `show ID`: one entity of any kind, where it is defined, and everything that refers to it. */
import { createInference } from '../graph/infer-levels.js';
import type { Entity, Graph } from '../graph/types.js';
import type { ModelLevel, RelatedRef, ShowResult } from './types.js';
import { relatedTo } from './related.js';
import { modelLevel } from './views.js';

/** Show an entity; models and capabilities also get their levels. */
export function showEntity(graph: Graph, entity: Entity): ShowResult {
  const id = entity.value.id;
  const related: RelatedRef[] = relatedTo(graph, entity).map((r) => ({ ...r, kind: graph.byId.get(r.id)?.kind ?? 'unknown' }));
  return {
    kind: 'show',
    entityKind: entity.kind,
    id,
    entity: { ...entity.value },
    location: graph.kb.locations[id] ?? null,
    related,
    levels: levelsOf(graph, entity),
  };
}

function levelsOf(graph: Graph, entity: Entity): ModelLevel[] {
  const inference = createInference(graph);
  const known = (l: ModelLevel) => l.basis === 'explicit' || (l.level !== null && l.level !== 'none');
  if (entity.kind === 'model')
    return graph.kb.capabilities.map((c) => modelLevel(inference.conclude(entity.value.id, c.id))).filter(known);
  if (entity.kind === 'capability')
    return graph.order.map((m) => modelLevel(inference.conclude(m, entity.value.id))).filter(known);
  return [];
}
