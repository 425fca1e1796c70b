/**
 * The one mechanism behind `--as-of` and `impact`: the knowledge base as it stood on a day, or
 * as it would be without one entity, with reviews applied. What rests only on something left
 * out goes with it, so the result is a consistent knowledge base every query can walk.
 */
import { withChanges } from '../../kb/lazy.js';
import { existsBy, sourceDate } from '../../kb/dates.js';
import type { Claim, Derivation, Evidence, Kb, Model } from '../../kb/types.js';
import { keptEvidence, onlyKept, withField, withKeptSources, type Kept } from './prune.js';
import { regradeClaim, reviewClaims, type ReviewedClaims } from './regrade.js';
import type { KnowledgeView, Regrade, ViewOptions } from './types.js';
import { keepErrata, keepQuestions } from './keep-notes.js';

export function knowledgeView(kb: Kb, opts: ViewOptions = {}): KnowledgeView {
  // Nothing to filter: only the reviewed claims change (copying everything cost 1.2 s at 100k models).
  if (opts.asOf === undefined && opts.without === undefined) return reviewedView(kb);
  return filteredView(kb, opts);
}

/**
 * The view with nothing left out: a valid knowledge base keeps every entity and reference, so
 * only claims under review differ (later evidence added, grade moved). Equal to filteredView(kb, {})
 * (tests/queries/knowledge-view.test.ts).
 */
function reviewedView(kb: Kb): KnowledgeView {
  if (kb.reviews.length === 0) return { kb, regrades: [] };
  const reviewed = reviewClaims(kb.reviews, ids(kb.sources), () => true);
  const touched = new Set([...reviewed.laterEvidence.keys(), ...reviewed.inForce.map((r) => r.claim)]);
  const regrades: Regrade[] = [];
  const claims = kb.claims.map((c) => {
    if (!touched.has(c.id)) return c;
    const evidence = [...(c.evidence ?? []), ...(reviewed.laterEvidence.get(c.id) ?? [])];
    const graded = regradeClaim(withField(c, 'evidence', evidence.length > 0 || c.evidence !== undefined ? evidence : undefined), reviewed.inForce);
    if (graded.regrade) regrades.push(graded.regrade);
    return graded.claim;
  });
  return { kb: withChanges(kb, { claims, reviews: reviewed.inForce }), regrades };
}

/** The knowledge as it stood on `asOf`, or without `without`: everything resting only on what is left out goes too. */
export function filteredView(kb: Kb, opts: ViewOptions): KnowledgeView {
  const { asOf, without } = opts;
  const exists = (date: Parameters<typeof existsBy>[0]) => asOf === undefined || existsBy(date, asOf);
  const sources = kb.sources.filter((s) => s.id !== without && exists(sourceDate(s)));
  const kept: Kept = { sources: ids(sources), models: new Set(), derivations: new Set(), claims: new Set() };
  const models = kb.models.filter((m) => exists(m.released)).map((m) => pruneModel(m, kept));
  kept.models = ids(models);
  const derivations = kb.derivations.flatMap((d) => (d.id !== without && exists(d.date) ? keepDerivation(d, kept) : []));
  kept.derivations = ids(derivations);
  const reviewed = reviewClaims(kb.reviews.filter((r) => r.id !== without), kept.sources, (date) => exists(date));
  const { claims, regrades } = keepClaims(kb.claims, kept, reviewed, without);
  kept.claims = ids(claims);
  const all = new Set([...kept.sources, ...kept.models, ...kept.derivations, ...kept.claims, ...ids(kb.methods), ...ids(kb.capabilities)]);
  const notes = keepNotes(kb, kept.sources, all);
  const view: Kb = {
    ...kb,
    sources: sources.map((s) => withField(withField(s, 'versionOf', s.versionOf && all.has(s.versionOf) ? s.versionOf : undefined), 'partOf', s.partOf && all.has(s.partOf) ? s.partOf : undefined)),
    models,
    methods: kb.methods.map((m) => withField(m, 'sources', withKeptSources(m.sources, kept.sources))),
    derivations: derivations.map((d) => withField(d, 'competesWith', onlyKept(d.competesWith, kept.derivations))),
    capabilities: kb.capabilities.map((c) => withField(c, 'sources', withKeptSources(c.sources, kept.sources))),
    claims: claims.map((c) => withField(c, 'competesWith', onlyKept(c.competesWith, kept.claims))),
    ...notes,
    reviews: reviewed.inForce.filter((r) => kept.claims.has(r.claim)),
  };
  return { kb: view, asOf, without, regrades: regrades.filter((r) => kept.claims.has(r.claim)) };
}

/** Questions and errata may be about each other: drop what refers to a dropped one until nothing changes. */
function keepNotes(kb: Kb, sources: Set<string>, all: Set<string>): Pick<Kb, 'questions' | 'errata'> {
  let notes = { questions: kb.questions, errata: kb.errata };
  for (let size = -1; size !== notes.questions.length + notes.errata.length; ) {
    size = notes.questions.length + notes.errata.length;
    const known = new Set([...all, ...ids(notes.questions), ...ids(notes.errata)]);
    notes = { questions: keepQuestions(notes.questions, sources, known), errata: keepErrata(notes.errata, sources, known) };
  }
  return notes;
}

function ids(entities: ReadonlyArray<{ id: string }>): Set<string> {
  return new Set(entities.map((e) => e.id));
}

function pruneModel(m: Model, kept: Kept): Model {
  const approximates = m.approximates?.filter((a) => kept.sources.has(a.source));
  return withField(withField(withField(m, 'sources', withKeptSources(m.sources, kept.sources)), 'dates', withKeptSources(m.dates, kept.sources)), 'approximates', approximates);
}

/** A derivation stays while its models do and something it rests on is left. */
function keepDerivation(d: Derivation, kept: Kept): Derivation[] {
  if (!kept.models.has(d.to) || !(d.from ?? []).every((p) => kept.models.has(p))) return [];
  const evidence = keptEvidence(d.evidence, kept.sources);
  if (evidence === null) return [];
  const data = d.data?.filter((item) => item.source === undefined || kept.sources.has(item.source));
  return [withField(withField(withField(d, 'evidence', evidence), 'data', data), 'teachers', onlyKept(d.teachers, kept.models))];
}

/** The claims that stay, re-graded by the reviews in force. */
function keepClaims(all: readonly Claim[], kept: Kept, reviewed: ReviewedClaims, without?: string): { claims: Claim[]; regrades: Regrade[] } {
  const regrades: Regrade[] = [];
  const claims = all.flatMap((c) => {
    if (without !== undefined && (c.id === without || (c.kind !== 'exhibits' && c.method === without))) return [];
    const claim = keepClaim(c, kept, reviewed.laterEvidence.get(c.id) ?? []);
    if (!claim) return [];
    const graded = regradeClaim(claim, reviewed.inForce);
    if (graded.regrade) regrades.push(graded.regrade);
    return [graded.claim];
  });
  return { claims, regrades };
}

/** A claim stays while what it is about does and some evidence, its own or later, is left. */
function keepClaim(c: Claim, kept: Kept, later: Evidence[]): Claim | undefined {
  if (c.model !== undefined && !kept.models.has(c.model)) return undefined;
  if (c.kind !== 'exhibits' && c.derivation !== undefined && !kept.derivations.has(c.derivation)) return undefined;
  const own = keptEvidence(c.evidence, kept.sources);
  if (own === null && later.length === 0) return undefined;
  // A claim scoped to derivations goes when none of them is left: it would apply nowhere.
  const appliesTo = c.kind === 'exhibits' ? undefined : onlyKept(c.appliesTo, kept.derivations);
  if (appliesTo?.length === 0) return undefined;
  const evidence = [...(own ?? []), ...later];
  const scoped = c.kind === 'exhibits' ? c : withField(c, 'appliesTo', appliesTo);
  return withField(scoped, 'evidence', evidence.length > 0 || c.evidence !== undefined ? evidence : undefined);
}
