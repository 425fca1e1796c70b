/** Views of knowledge entities as results carry them: every optional field present, null when absent. */
import type { AssumptionId } from '../graph/assumptions.js';
import type { ConcludedLevel, Confidence, Direction, Level, Mechanism, Stance } from '../kb/scales.js';
import type { FuzzyDate, Quantity, Question } from '../kb/types.js';
import type { Basis } from './types.js';

/** A capability as results name it. */
export interface CapabilityRef {
  id: string;
  name: string;
  kind: 'ability' | 'limitation';
  aliases: string[];
  description: string | null;
}

/** A model as results name it. */
export interface ModelRef {
  id: string;
  name: string;
  series: string | null;
}

/** A source with the fields a citation needs. */
export interface SourceView {
  id: string;
  kind: string;
  title: string;
  authors: string[];
  year: number | null;
  /** The date at its precision (a day, a month, a range, circa), when known. */
  date: FuzzyDate | null;
  venue: string | null;
  arxiv: string | null;
  doi: string | null;
  url: string | null;
}

/** One piece of evidence for, against or qualifying a claim. */
export interface EvidenceView {
  source: string | null;
  locator: string | null;
  stance: Stance;
  kind: string;
  note: string;
  verification: string | null;
}

/** A claim of any kind, flattened: fields that do not apply are null. */
export interface ClaimView {
  id: string;
  kind: 'exhibits' | 'origin' | 'effect';
  statement: string;
  confidence: Confidence;
  authorsGrade: string | null;
  capability: string;
  model: string | null;
  method: string | null;
  derivation: string | null;
  mechanism: Mechanism | null;
  direction: Direction | null;
  level: Level | null;
  notation: string | null;
  tradedFor: string | null;
  /** For a claim about a method: the derivations its evidence is about (empty: it names one model, or none). */
  appliesTo: string[];
  competesWith: string[];
  evidence: EvidenceView[];
}

/** Data a derivation trained on. */
export interface DataView {
  what: string;
  amount: Quantity | null;
  source: string | null;
  locator: string | null;
}

/** A derivation (an edge of the lineage) with its methods, data and account. */
export interface DerivationView {
  id: string;
  from: string[];
  to: string;
  methods: string[];
  basis: 'weights' | 'recipe';
  account: string | null;
  confidence: Confidence;
  /** The article's own FAQ grade of this edge, when it gives one. */
  authorsGrade: string | null;
  date: FuzzyDate | null;
  data: DataView[];
  competesWith: string[];
  /** Models whose outputs were this step's training data (distillation); not weight parents. */
  teachers: string[];
  description: string | null;
}

/** An open question and what it bears on. */
export interface QuestionView {
  id: string;
  question: string;
  description: string | null;
  status: NonNullable<Question['status']>;
  about: string[];
  raisedBy: { source: string; locator: string | null }[];
}

/** Where sources disagree on a fact: what each says, and the reading trusted. */
export interface ErratumView {
  id: string;
  about: string[];
  readings: { source: string; locator: string | null; says: string; trusted: boolean }[];
  note: string | null;
}

/** The effective level of a capability on one model. */
export interface ModelLevel {
  model: string;
  capability: string;
  /** `unknown` when no claim gives a level and none can be carried along the lineage. */
  level: ConcludedLevel;
  /** `explicit`: the model's own claim; `inferred`: the walk (see `assumption`); `unknown`. */
  basis: Basis;
  /** null exactly when the level is unknown. */
  confidence: Confidence | null;
  /** The assumption an inferred level rests on, when it was carried from a parent. */
  assumption: AssumptionId | null;
  /** The exhibits claim, when explicit. */
  claim: string | null;
  /** The derivation inheritance follows. */
  via: string | null;
  /** The derivation where the capability rose above `none` along the chain. */
  appearsAt: string | null;
}

/** Entities a result refers to by id, so renderers can name them and scripts can join on them. */
export interface Dictionaries {
  modelRefs: ModelRef[];
  derivations: DerivationView[];
  claims: ClaimView[];
  sources: SourceView[];
}
