/** The lineage and its evidence as provenance: models, derivations, methods, sources and organisations. */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import type { Confidence } from '../kb/scales.js';

/** Plain data a PROV writer needs; every list sorted by id. */
export interface ProvDocument {
  models: { id: string; name: string; organisation: string | null; sources: string[] }[];
  derivations: { id: string; to: string; from: string[]; methods: string[]; confidence: Confidence; account: string | null; basis: 'weights' | 'recipe'; evidence: string[] }[];
  methods: { id: string; name: string }[];
  sources: { id: string; title: string; language: string | null; url: string | null; versionOf: string | null }[];
}

const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
const distinct = (ids: (string | undefined)[]) => [...new Set(ids.filter((x): x is string => x !== undefined))].sort(compareIds);

/** Every model, derivation, method and source of the graph, with the references PROV relates. */
export function provDocument(graph: Graph): ProvDocument {
  const methods = [...graph.byId.values()].flatMap((e) => (e.kind === 'method' ? [{ id: e.value.id, name: e.value.name }] : []));
  return {
    models: [...graph.models.values()].sort(byId).map((m) => ({
      id: m.id,
      name: m.name,
      organisation: m.organisation ?? null,
      sources: distinct([...(m.sources ?? []), ...(m.dates ?? [])].map((s) => s.source)),
    })),
    derivations: [...graph.derivations.values()].sort(byId).map((d) => ({
      id: d.id,
      to: d.to,
      from: d.from ?? [],
      methods: d.methods,
      confidence: d.confidence,
      account: d.account ?? null,
      basis: d.basis ?? 'weights',
      evidence: distinct([...(d.evidence ?? []), ...(d.data ?? [])].map((x) => x.source)),
    })),
    methods: methods.sort(byId),
    sources: [...graph.sources.values()].sort(byId).map((s) => ({
      id: s.id,
      title: s.title,
      language: s.language ?? null,
      url: s.url ?? null,
      versionOf: s.versionOf ?? null,
    })),
  };
}
