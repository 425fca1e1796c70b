/**
 * The lineage and its evidence as provenance: models, derivations, methods, claims, sources and
 * organisations — the whole graph, or the part one answer (a lineage, a trace) rests on.
 */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import type { Claim, Derivation, Model } from '../kb/types.js';
import type { Confidence } from '../kb/scales.js';
import { pick } from './dictionaries.js';

/** Plain data a PROV writer needs; every list sorted by id. */
export interface ProvDocument {
  models: { id: string; name: string; organisation: string | null; sources: string[] }[];
  derivations: { id: string; to: string; from: string[]; methods: string[]; confidence: Confidence; account: string | null; basis: 'weights' | 'recipe'; evidence: string[] }[];
  methods: { id: string; name: string }[];
  /** Claims with what they are about; a source is `derivedFrom` when it supports or qualifies the claim, `contradictedBy` when it contradicts it. */
  claims: { id: string; kind: Claim['kind']; statement: string; confidence: Confidence; capability: string; about: string[]; derivedFrom: string[]; contradictedBy: string[] }[];
  capabilities: { id: string; name: string }[];
  sources: { id: string; title: string; language: string | null; url: string | null; versionOf: string | null }[];
}

/** The ids one answer mentions; its PROV describes these and the methods and sources they name. */
export interface ProvSelection {
  models: Iterable<string>;
  derivations: Iterable<string>;
  claims?: Iterable<string>;
}

const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
const distinct = (ids: (string | undefined | null)[]) => [...new Set(ids.filter((x): x is string => typeof x === 'string'))].sort(compareIds);

/** Every model, derivation, method and source of the graph (no claims), or only what `only` selects. */
export function provDocument(graph: Graph, only?: ProvSelection): ProvDocument {
  const models = only ? pick(graph, only.models, 'model') : [...graph.models.values()].sort(byId);
  const derivations = only ? pick(graph, only.derivations, 'derivation') : [...graph.derivations.values()].sort(byId);
  const claims = only ? pick(graph, only.claims, 'claim') : [];
  const methodIds = only ? [...derivations.flatMap((d) => d.methods), ...claims.map((c) => (c.kind === 'exhibits' ? undefined : c.method))] : [...graph.byId.values()].flatMap((e) => (e.kind === 'method' ? [e.value.id] : []));
  const sourceIds = only ? withOriginals(graph, [...models.flatMap(modelSources), ...derivations.flatMap(derivationSources), ...claims.flatMap((c) => claimEvidence(c).map((e) => e.source))]) : [...graph.sources.keys()];
  return {
    models: models.map((m) => ({ id: m.id, name: m.name, organisation: m.organisation ?? null, sources: modelSources(m) })),
    derivations: derivations.map((d) => ({
      id: d.id,
      to: d.to,
      from: d.from ?? [],
      methods: d.methods,
      confidence: d.confidence,
      account: d.account ?? null,
      basis: d.basis ?? 'weights',
      evidence: derivationSources(d),
    })),
    methods: pick(graph, methodIds.filter((m) => m !== undefined), 'method').map((m) => ({ id: m.id, name: m.name })),
    claims: claims.map(claimEntry),
    capabilities: pick(graph, claims.map((c) => c.capability), 'capability').map((c) => ({ id: c.id, name: c.name })),
    sources: pick(graph, sourceIds, 'source').map((s) => ({ id: s.id, title: s.title, language: s.language ?? null, url: s.url ?? null, versionOf: s.versionOf ?? null })),
  };
}

function modelSources(m: Model): string[] {
  return distinct([...(m.sources ?? []), ...(m.dates ?? [])].map((s) => s.source));
}

function derivationSources(d: Derivation): string[] {
  return distinct([...(d.evidence ?? []), ...(d.data ?? [])].map((x) => x.source));
}

const claimEvidence = (c: Claim) => (c.evidence ?? []).filter((e): e is typeof e & { source: string } => typeof e.source === 'string');

function claimEntry(c: Claim): ProvDocument['claims'][number] {
  const evidence = claimEvidence(c);
  const cause = c.kind === 'exhibits' ? [c.model] : [c.model, c.method, c.derivation];
  return {
    id: c.id,
    kind: c.kind,
    statement: c.statement,
    confidence: c.confidence,
    capability: c.capability,
    about: distinct(cause),
    derivedFrom: distinct(evidence.filter((e) => e.stance !== 'contradicts').map((e) => e.source)),
    contradictedBy: distinct(evidence.filter((e) => e.stance === 'contradicts').map((e) => e.source)),
  };
}

/** The sources and, for a translation or re-post, its original (and the original's), so `hadPrimarySource` names a described source. */
function withOriginals(graph: Graph, ids: string[]): string[] {
  const out = new Set(ids);
  for (const id of out) {
    const original = graph.sources.get(id)?.versionOf;
    if (original !== undefined) out.add(original);
  }
  return [...out];
}
