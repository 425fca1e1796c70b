/** Plain views of knowledge entities, as results carry them: every optional field present, null when absent. */
import { ASSUMPTIONS, type Assumption } from '../graph/assumptions.js';
import type { Conclusion, Graph } from '../graph/types.js';
import type { Capability, Claim, Derivation, Evidence, Model, Question, Source } from '../kb/types.js';
import type { CapabilityRef, ClaimView, DerivationView, EvidenceView, ModelLevel, ModelRef, QuestionView, SourceView } from './types.js';

/** A capability as results name it. */
export function capabilityRef(c: Capability): CapabilityRef {
  return { id: c.id, name: c.name, kind: c.kind, aliases: c.aliases ?? [], description: c.description ?? null };
}

/** A model as results name it. */
export function modelRef(m: Model): ModelRef {
  return { id: m.id, name: m.name, series: m.series ?? null };
}

/** A source with the fields a citation needs. */
export function sourceView(s: Source): SourceView {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    authors: s.authors ?? [],
    year: s.year ?? null,
    date: s.date ?? null,
    venue: s.venue ?? null,
    arxiv: s.arxiv ?? null,
    doi: s.doi ?? null,
    url: s.url ?? null,
  };
}

/** One piece of evidence. */
export function evidenceView(e: Evidence): EvidenceView {
  return {
    source: e.source ?? null,
    locator: e.locator ?? null,
    stance: e.stance,
    kind: e.kind,
    note: e.note,
    verification: e.verification ?? null,
  };
}

/** A claim of any kind, flattened. */
export function claimView(c: Claim): ClaimView {
  const cause = c.kind === 'exhibits' ? undefined : c;
  return {
    id: c.id,
    kind: c.kind,
    statement: c.statement,
    confidence: c.confidence,
    authorsGrade: c.authorsGrade ?? null,
    capability: c.capability,
    model: c.model ?? null,
    method: cause?.method ?? null,
    derivation: cause?.derivation ?? null,
    mechanism: c.kind === 'origin' ? c.mechanism : null,
    direction: c.kind === 'effect' ? c.direction : null,
    level: c.level ?? null,
    notation: c.kind === 'exhibits' ? (c.notation ?? null) : null,
    tradedFor: cause?.tradedFor ?? null,
    appliesTo: cause?.appliesTo ?? [],
    competesWith: c.competesWith ?? [],
    evidence: (c.evidence ?? []).map(evidenceView),
  };
}

/** A derivation with its data. */
export function derivationView(d: Derivation): DerivationView {
  return {
    id: d.id,
    from: d.from ?? [],
    to: d.to,
    methods: d.methods,
    basis: d.basis ?? 'weights',
    account: d.account ?? null,
    confidence: d.confidence,
    authorsGrade: d.authorsGrade ?? null,
    date: d.date ?? null,
    data: (d.data ?? []).map((x) => ({ what: x.what, amount: x.amount ?? null, source: x.source ?? null, locator: x.locator ?? null })),
    competesWith: d.competesWith ?? [],
    teachers: d.teachers ?? [],
    description: d.description ?? null,
  };
}

/** An open question. */
export function questionView(q: Question): QuestionView {
  return {
    id: q.id,
    question: q.question,
    description: q.description ?? null,
    status: q.status ?? 'open',
    about: q.about,
    raisedBy: (q.raisedBy ?? []).map((r) => ({ source: r.source, locator: r.locator ?? null })),
  };
}

/** A conclusion of inference, as results carry it. */
export function modelLevel(c: Conclusion): ModelLevel {
  return {
    model: c.model,
    capability: c.capability,
    level: c.level,
    basis: c.basis,
    confidence: c.confidence,
    assumption: c.assumption,
    claim: c.claim,
    via: c.via,
    appearsAt: c.appearsAt,
  };
}

/** The assumptions of the walk some of these conclusions rest on, each named once. */
export function assumptionsOf(levels: ModelLevel[]): Assumption[] {
  const ids = new Set(levels.flatMap((l) => (l.assumption ? [l.assumption] : [])));
  return [...ids].sort().map((id) => ASSUMPTIONS[id]);
}

/** The sources a set of claims, derivations and questions cite (and any `also` named), sorted by id. */
export function citedSources(graph: Graph, claims: Claim[], derivations: Derivation[], questions: Question[] = [], also: string[] = []): SourceView[] {
  const ids = new Set<string>(also);
  for (const c of claims) for (const e of c.evidence ?? []) if (e.source) ids.add(e.source);
  for (const d of derivations) {
    for (const e of d.evidence ?? []) if (e.source) ids.add(e.source);
    for (const x of d.data ?? []) if (x.source) ids.add(x.source);
  }
  for (const q of questions) for (const r of q.raisedBy ?? []) ids.add(r.source);
  return [...ids]
    .sort()
    .map((id) => graph.sources.get(id))
    .filter((s): s is Source => s !== undefined)
    .map(sourceView);
}
