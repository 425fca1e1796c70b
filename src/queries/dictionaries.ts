/** Gather the models, derivations, claims and sources a result mentions into sorted dictionaries. */
import { compareIds } from '../graph/collections.js';
import type { Entity, Graph } from '../graph/types.js';
import type { Question } from '../kb/types.js';
import type { Dictionaries } from './types.js';
import { citedSources, claimView, derivationView, modelRef } from './views.js';

/** Dictionaries for the given ids; unknown ids are skipped, models of the derivations are added. */
export function dictionaries(
  graph: Graph,
  ids: { models?: Iterable<string>; derivations?: Iterable<string>; claims?: Iterable<string> },
  questions: Question[] = [],
): Dictionaries {
  const derivations = pick(graph, ids.derivations, 'derivation');
  const claims = pick(graph, ids.claims, 'claim');
  const modelIds = new Set(ids.models ?? []);
  for (const d of derivations) [...(d.from ?? []), d.to].forEach((m) => modelIds.add(m));
  for (const c of claims) if (c.model) modelIds.add(c.model);
  const models = pick(graph, modelIds, 'model');
  return {
    modelRefs: models.map(modelRef),
    derivations: derivations.map(derivationView),
    claims: claims.map(claimView),
    sources: citedSources(graph, claims, derivations, questions),
  };
}

/** The entities of one kind among `ids`, sorted by id. */
export function pick<K extends Entity['kind']>(graph: Graph, ids: Iterable<string> | undefined, kind: K): ValueOf<K>[] {
  const out: ValueOf<K>[] = [];
  for (const id of new Set(ids ?? [])) {
    const e = graph.byId.get(id);
    if (e?.kind === kind) out.push(e.value as ValueOf<K>);
  }
  return out.sort((a, b) => compareIds(a.id, b.id));
}

type ValueOf<K extends Entity['kind']> = Extract<Entity, { kind: K }>['value'];
