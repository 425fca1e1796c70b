/** `show ID`: one entity of any kind, where it is defined, everything that refers to it, and the names a describe page needs. */
import { ancestorsOf } from '../graph/ancestry.js';
import { scopeOf } from '../graph/claim-reach.js';
import { createInference } from '../graph/infer-levels.js';
import { isAbove } from '../kb/scales.js';
import type { Entity, Graph } from '../graph/types.js';
import type { Claim, Derivation, Erratum, Question } from '../kb/types.js';
import type { ErratumView, ModelLevel, RelatedRef, ShowResult } from './types.js';
import { relatedTo } from './related.js';
import { citedSources, claimView, derivationView, modelLevel, modelRef, questionView } from './views.js';

/** Show an entity; models and capabilities also get their levels. */
export function showEntity(graph: Graph, entity: Entity): ShowResult {
  const id = entity.value.id;
  const related: RelatedRef[] = relatedTo(graph, entity).map((r) => ({ ...r, kind: graph.byId.get(r.id)?.kind ?? 'unknown' }));
  const of = <K extends Entity['kind']>(kind: K) => related.filter((r) => r.kind === kind).map((r) => graph.byId.get(r.id)!.value) as Extract<Entity, { kind: K }>['value'][];
  const self = <K extends Entity['kind']>(kind: K) => (entity.kind === kind ? [entity.value as Extract<Entity, { kind: K }>['value']] : []);
  const reviewed = entity.kind === 'review' ? [graph.byId.get(entity.value.claim)?.value as Claim | undefined].filter((c): c is Claim => c !== undefined) : [];
  const claims: Claim[] = [...self('claim'), ...reviewed, ...of('claim')];
  const derivations: Derivation[] = [...self('derivation'), ...of('derivation')];
  const questions: Question[] = [...self('question'), ...of('question')];
  const errata: Erratum[] = [...self('erratum'), ...of('erratum')];
  const models = new Set([...(entity.kind === 'model' ? [id] : []), ...of('model').map((m) => m.id), ...derivations.flatMap((d) => [...(d.from ?? []), d.to])]);
  return {
    kind: 'show',
    entityKind: entity.kind,
    id,
    entity: { ...entity.value },
    location: graph.kb.locations[id] ?? null,
    related,
    levels: levelsOf(graph, entity),
    modelRefs: [...models].sort().flatMap((m) => (graph.models.has(m) ? [modelRef(graph.models.get(m)!)] : [])),
    derivations: derivations.map(derivationView),
    claims: claims.map(claimView),
    sources: sourcesOf(graph, entity, claims, derivations, questions, errata),
    questions: questions.map(questionView),
    errata: errata.map(erratumView),
  };
}

/** Every source the page names: cited by its claims, steps, questions and errata, and the entity's own. */
function sourcesOf(graph: Graph, entity: Entity, claims: Claim[], derivations: Derivation[], questions: Question[], errata: Erratum[]) {
  const own = 'sources' in entity.value && Array.isArray(entity.value.sources) ? entity.value.sources.map((s) => s.source) : [];
  const paper = entity.kind === 'model' && entity.value.describedBy ? [...entity.value.describedBy.papers, entity.value.describedBy.per].map((s) => s.source) : [];
  const cited = 'evidence' in entity.value && Array.isArray(entity.value.evidence) ? entity.value.evidence.flatMap((e) => (e.source ? [e.source] : [])) : [];
  const extra = [...own, ...paper, ...cited, ...errata.flatMap((e) => e.readings.map((r) => r.source)), ...(entity.kind === 'source' ? [entity.value.id] : [])];
  return citedSources(graph, claims, derivations, questions, extra);
}

/** An erratum: what each source says, the trusted reading marked. */
function erratumView(e: Erratum): ErratumView {
  return {
    id: e.id,
    about: e.about,
    readings: e.readings.map((r) => ({ source: r.source, locator: r.locator ?? null, says: r.says, trusted: r.trusted === true })),
    note: e.note ?? null,
  };
}

function levelsOf(graph: Graph, entity: Entity): ModelLevel[] {
  const known = (l: ModelLevel) => l.basis === 'explicit' || isAbove(l.level);
  if (entity.kind === 'model') {
    // Every capability at one model: within its ancestry, quiet stretches stepped over (as `diff`).
    const inference = createInference(graph, scopeOf(graph, ancestorsOf(graph, entity.value.id).keys()));
    return graph.kb.capabilities.map((c) => modelLevel(inference.conclude(entity.value.id, c.id))).filter(known);
  }
  const inference = createInference(graph);
  if (entity.kind === 'capability')
    return graph.order.map((m) => modelLevel(inference.conclude(m, entity.value.id))).filter(known);
  return [];
}
