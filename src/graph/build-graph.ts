/** Index a validated knowledge base once: entities by id and alias, lineage both ways, claims by subject. */
import type { Kb } from '../kb/types.js';
import { defineLazy } from '../kb/lazy.js';
import { compareIds, push, sortedById } from './collections.js';
import { EntityIndex } from './entity-index.js';
import { defineSubjectIndexes, indexClaims } from './index-claims.js';
import { topologicalOrder } from './topo-order.js';
import { orderKey } from '../kb/dates.js';
import type { Graph } from './types.js';

/** Build the graph every query reads; linear in the size of the knowledge base. */
export function buildGraph(kb: Kb): Graph {
  const models = new Map(kb.models.map((m) => [m.id, m]));
  const derivations = new Map(kb.derivations.map((d) => [d.id, d]));
  const capabilities = new Map(kb.capabilities.map((c) => [c.id, c]));
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const byId = new EntityIndex(kb, { model: models, derivation: derivations, capability: capabilities, source: sources });

  const into = new Map<string, Kb['derivations']>();
  const outOf = new Map<string, Kb['derivations']>();
  for (const d of sortedById(kb.derivations)) {
    push(into, d.to, d);
    for (const parent of d.from ?? []) push(outOf, parent, d);
  }
  // Siblings in release order (as the article tells them), undated ones last, then by id.
  const released = new Map(kb.models.map((m) => [m.id, m.released ? orderKey(m.released) : '9999']));
  const order = topologicalOrder(kb.models.map((m) => m.id), into, (a, b) => compareIds(released.get(a)!, released.get(b)!) || compareIds(a, b));
  const graph = {
    kb,
    byId,
    models,
    derivations,
    capabilities,
    sources,
    into,
    outOf,
    order,
    rank: new Map(order.map((id, i) => [id, i])),
    ...indexClaims(kb),
  } as Graph;
  defineLazy(graph, 'names', () => namesOf(kb, byId));
  defineSubjectIndexes(graph, kb);
  return graph;
}

/** Lower-cased ids and aliases to ids; ids win over aliases. */
function namesOf(kb: Kb, byId: EntityIndex): Map<string, string> {
  const names = new Map<string, string>();
  for (const list of [kb.models, kb.methods, kb.capabilities])
    for (const value of list) for (const alias of value.aliases ?? []) if (!names.has(alias.toLowerCase())) names.set(alias.toLowerCase(), value.id);
  for (const id of byId.keys()) names.set(id.toLowerCase(), id);
  return names;
}
