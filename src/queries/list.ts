/** `list KIND`: every entity of one kind, sorted by id. */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import type { Umbrella } from '../graph/umbrella.js';
import { KIND_OF_SECTION, SECTIONS, type Section } from '../kb/types.js';
import type { ListResult } from './types.js';

/** The section a user means by `kind`: plural or singular, any case (`models`, `Model`); undefined if none. */
export function sectionFor(kind: string): Section | undefined {
  const k = kind.trim().toLowerCase();
  return SECTIONS.find((s) => s === k || KIND_OF_SECTION[s] === k);
}

/** All entities of a section. */
export function listEntities(graph: Graph, section: Section): ListResult {
  const items = [...graph.kb[section]].sort((a, b) => compareIds(a.id, b.id));
  return { kind: 'list', section, items: items.map((x) => ({ ...x })), umbrella: null };
}

/** The models an umbrella name covers (`show instructgpt`), in lineage order. */
export function listUmbrella(graph: Graph, umbrella: Umbrella): ListResult {
  const items = umbrella.models.map((id) => ({ ...graph.models.get(id)! }));
  return { kind: 'list', section: 'models', items, umbrella: { name: umbrella.name, matchedBy: umbrella.matchedBy } };
}
