/**
 * The triples the documented PROV mapping (README, `graph --format prov`) gives, counted from the
 * knowledge as `list --json` prints it — independently of the PROV writer — for the whole graph
 * or for the models, derivations and claims one answer names.
 */
import { sh } from './third-party.js';

type Item = Record<string, unknown> & { id: string };
export const list = (kind: string) => (JSON.parse(sh(`$GL list ${kind} --json`).stdout) as { items: Item[] }).items;
const refs = (x: unknown) => ((x as { source?: string }[] | undefined) ?? []).map((r) => r.source).filter((s): s is string => Boolean(s));
const distinct = (xs: unknown[]) => new Set(xs).size;
const modelRefs = (m: Item) => [...refs(m.sources), ...refs(m.dates)];
const derivationRefs = (d: Item) => [...refs(d.evidence), ...refs(d.data)];

/** What one answer names; absent: the whole graph (which has no claims). */
export interface Selection {
  models: string[];
  derivations: string[];
  claims: string[];
}

export function expectedTriples(only?: Selection): number {
  const keep = (items: Item[], ids: string[] | undefined) => (ids === undefined ? items : items.filter((i) => ids.includes(i.id)));
  const models = keep(list('models'), only?.models);
  const derivations = keep(list('derivations'), only?.derivations);
  const claims = only ? keep(list('claims'), only.claims) : [];
  const allSources = list('sources');
  const sources = only ? withOriginals(allSources, [...models.flatMap(modelRefs), ...derivations.flatMap(derivationRefs), ...claims.flatMap((c) => refs(c.evidence))]) : allSources;
  const methods = only ? new Set([...derivations.flatMap((d) => d.methods as string[]), ...claims.flatMap((c) => (c.method ? [c.method] : []))]).size : list('methods').length;
  const orgs = distinct(models.map((m) => m.organisation).filter(Boolean));
  const modelTriples = models.reduce((n, m) => n + 2 + (m.organisation ? 1 : 0) + distinct(modelRefs(m)), 0);
  const derivationTriples = derivations.reduce((n, d) => {
    const from = (d.from as string[] | undefined)?.length ?? 0;
    const methods = (d.methods as string[]).length;
    // type, label, confidence, basis, [account], used ×from, association ×3 per method, seeAlso; model: generatedBy, derivedFrom ×from
    return n + 4 + (d.account ? 1 : 0) + from + 3 * methods + distinct(derivationRefs(d)) + 1 + from;
  }, 0);
  const sourceTriples = sources.reduce((n, s) => n + 2 + (s.url ? 1 : 0) + (s.versionOf ? 1 : 0), 0);
  // type, label, kind, confidence, capability, about (model, method, derivation), one per distinct (source, influence)
  const claimTriples = claims.reduce((n, c) => n + 5 + distinct([c.model, c.method, c.derivation].filter(Boolean)) + claimSourceTriples(c), 0);
  const capabilities = distinct(claims.map((c) => c.capability));
  return modelTriples + orgs * 2 + derivationTriples + methods * 2 + sourceTriples + claimTriples + capabilities;
}

/** A claim's sources: derived from those that support or qualify it, contradicted by the others. */
function claimSourceTriples(c: Item): number {
  const evidence = (c.evidence as { source?: string; stance: string }[] | undefined) ?? [];
  return distinct(evidence.filter((e) => e.source && e.stance !== 'contradicts').map((e) => e.source)) + distinct(evidence.filter((e) => e.source && e.stance === 'contradicts').map((e) => e.source));
}

/** The cited sources and each translation's or re-post's original. */
function withOriginals(all: Item[], ids: string[]): Item[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const out = new Set(ids.filter((id) => byId.has(id)));
  for (const id of out) {
    const original = byId.get(id)?.versionOf as string | undefined;
    if (original) out.add(original);
  }
  return [...out].map((id) => byId.get(id)!);
}
