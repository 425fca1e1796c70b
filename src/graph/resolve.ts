/** Resolve what a user typed (an id or alias, any case) to an entity, with a did-you-mean when it fails. */
import { NotFoundError } from '../errors.js';
import type { EntityKind } from '../kb/types.js';
import { suggest } from '../kb/suggest.js';
import type { Entity, Graph } from './types.js';

/** The entity an id or alias names, case-insensitively, or undefined. */
export function findEntity(graph: Graph, query: string): Entity | undefined {
  const id = graph.names.get(query.trim().toLowerCase());
  return id === undefined ? undefined : graph.byId.get(id);
}

/** The entity `query` names, of one of `kinds` (any kind when omitted); throws NotFoundError otherwise. */
export function requireEntity(graph: Graph, query: string, kinds?: readonly EntityKind[]): Entity {
  const entity = findEntity(graph, query);
  const wanted = kinds?.join(' or ') ?? 'entity';
  if (entity && (!kinds || kinds.includes(entity.kind))) return entity;
  const suggestions = suggest(query.trim(), namesOfKinds(graph, kinds));
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : '';
  const what = entity ? `\`${query}\` is a ${entity.kind}, not a ${wanted}` : `no ${wanted} \`${query}\``;
  throw new NotFoundError(`${what}${hint}`, 'UNKNOWN_ID', { query, kind: kinds?.join('|') ?? 'any', suggestions });
}

/** The id of the model `query` names; throws NotFoundError with suggestions otherwise. */
export function requireModelId(graph: Graph, query: string): string {
  return requireEntity(graph, query, ['model']).value.id;
}

/** The id of the capability `query` names; throws NotFoundError with suggestions otherwise. */
export function requireCapabilityId(graph: Graph, query: string): string {
  return requireEntity(graph, query, ['capability']).value.id;
}

function* namesOfKinds(graph: Graph, kinds?: readonly EntityKind[]): Generator<string> {
  for (const [name, id] of graph.names) {
    const entity = graph.byId.get(id);
    if (entity && (!kinds || kinds.includes(entity.kind))) yield name === id.toLowerCase() ? id : name;
  }
}
