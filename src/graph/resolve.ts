/**
 * Resolve what a user typed (an id or alias, any case, spaces or underscores for hyphens) to an
 * entity, with a did-you-mean when it fails, and the models an umbrella name covers.
 */
import { NotFoundError } from '../errors.js';
import { KIND_OF_SECTION, SECTIONS, type EntityKind } from '../kb/types.js';
import { suggest } from '../kb/suggest.js';
import type { Entity, Graph } from './types.js';
import { findUmbrella, foldName } from './umbrella.js';

export { findUmbrella, foldName, type Umbrella } from './umbrella.js';

/** The entity an id or alias names, case-insensitively, spaces and underscores read as hyphens; or undefined. */
export function findEntity(graph: Graph, query: string): Entity | undefined {
  // An exact id wins over any alias, so it needs no name index (built on first use: 0.3 s at 100k models).
  const exact = graph.byId.get(query);
  if (exact) return exact;
  const id = graph.names.get(query.trim().toLowerCase()) ?? graph.names.get(foldName(query));
  return id === undefined ? undefined : graph.byId.get(id);
}

/** The entity `query` names, of one of `kinds` (any kind when omitted); throws NotFoundError otherwise. */
export function requireEntity(graph: Graph, query: string, kinds?: readonly EntityKind[]): Entity {
  const entity = findEntity(graph, query);
  if (entity && (!kinds || kinds.includes(entity.kind))) return entity;
  const umbrella = !entity && (!kinds || kinds.includes('model')) ? findUmbrella(graph, query) : undefined;
  if (umbrella) {
    const list = umbrella.models.map((m) => `\`${m}\``).join(', ');
    const by = umbrella.matchedBy.map((n) => `"${n}"`).join(', ');
    throw new NotFoundError(`\`${query}\` is not one model but a name for ${umbrella.models.length} (${by}): ${list}; name one of them`, 'AMBIGUOUS_NAME', {
      query,
      kind: 'model',
      suggestions: umbrella.models,
    });
  }
  const wanted = kinds?.join(' or ') ?? 'entity';
  const suggestions = suggest(foldName(query), namesOfKinds(graph, kinds));
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : '';
  const what = entity ? `\`${query}\` is a ${entity.kind}, not a ${wanted}` : `no ${wanted} \`${query}\``;
  const listing = kinds?.length === 1 ? ` (\`gptlineage list ${plural(kinds[0]!)}\` lists them all)` : '';
  throw new NotFoundError(`${what}${hint}${listing}`, 'UNKNOWN_ID', { query, kind: kinds?.join('|') ?? 'any', suggestions });
}

/** The id of the model `query` names; throws NotFoundError with suggestions otherwise. */
export function requireModelId(graph: Graph, query: string): string {
  return requireEntity(graph, query, ['model']).value.id;
}

/** The models `query` names: one model, or every model an umbrella name covers. */
export function requireModelIds(graph: Graph, query: string): string[] {
  const entity = findEntity(graph, query);
  if (entity?.kind !== 'model') {
    const umbrella = entity ? undefined : findUmbrella(graph, query);
    if (umbrella) return umbrella.models;
  }
  return [requireModelId(graph, query)];
}

/** The id of the capability `query` names; throws NotFoundError with suggestions otherwise. */
export function requireCapabilityId(graph: Graph, query: string): string {
  return requireEntity(graph, query, ['capability']).value.id;
}

/** `models` for `model`: the section a kind is listed under. */
function plural(kind: EntityKind): string {
  return SECTIONS.find((s) => KIND_OF_SECTION[s] === kind) ?? kind;
}

function* namesOfKinds(graph: Graph, kinds?: readonly EntityKind[]): Generator<string> {
  for (const [name, id] of graph.names) {
    const entity = graph.byId.get(id);
    if (entity && (!kinds || kinds.includes(entity.kind))) yield name === id.toLowerCase() ? id : name;
  }
}
