/** `cite ID…`: the sources behind a source, claim, capability, model, derivation, method, question or erratum. */
import { compareIds } from '../graph/collections.js';
import type { Entity, Graph } from '../graph/types.js';
import type { Claim, Evidence } from '../kb/types.js';
import type { CiteResult } from './types.js';
import { sourceView } from './views.js';

/** Sources for each entity, in the order asked, and one sorted list of them all. */
export function citeSources(graph: Graph, entities: Entity[]): CiteResult {
  const entries = entities.map((e) => ({ id: e.value.id, entityKind: e.kind, sources: sourcesOf(graph, e).filter((id) => graph.sources.has(id)) }));
  const all = [...new Set(entries.flatMap((e) => e.sources))].sort(compareIds);
  return { kind: 'cite', entries, sources: all.map((id) => sourceView(graph.sources.get(id)!)) };
}

function sourcesOf(graph: Graph, e: Entity): string[] {
  const ids: (string | undefined)[] = [];
  const fromClaims = (claims: Claim[]) => claims.forEach((c) => ids.push(...evidence(c.evidence)));
  switch (e.kind) {
    case 'source':
      ids.push(e.value.id);
      break;
    case 'claim':
      fromClaims([e.value]);
      break;
    case 'capability':
    case 'method':
      ids.push(...(e.value.sources ?? []).map((s) => s.source));
      fromClaims(graph.claimsAbout.get(e.value.id) ?? []);
      break;
    case 'model':
      ids.push(...(e.value.sources ?? []).map((s) => s.source), ...(e.value.dates ?? []).map((d) => d.source));
      ids.push(...(e.value.approximates ?? []).map((a) => a.source));
      fromClaims((graph.claimsAbout.get(e.value.id) ?? []).filter((c) => c.model === e.value.id));
      for (const d of graph.into.get(e.value.id) ?? []) ids.push(...evidence(d.evidence), ...(d.data ?? []).map((x) => x.source));
      break;
    case 'derivation':
      ids.push(...evidence(e.value.evidence), ...(e.value.data ?? []).map((x) => x.source));
      fromClaims(graph.claimsAbout.get(e.value.id) ?? []);
      break;
    case 'question':
      ids.push(...(e.value.raisedBy ?? []).map((r) => r.source));
      break;
    case 'erratum':
      ids.push(...e.value.readings.map((r) => r.source));
      break;
  }
  return [...new Set(ids.filter((id): id is string => id !== undefined))].sort(compareIds);
}

function evidence(list: Evidence[] | undefined): (string | undefined)[] {
  return (list ?? []).map((x) => x.source);
}
