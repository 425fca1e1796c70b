/**
 * The result of every query: plain, serialisable data with ids from the knowledge base, sorted
 * deterministically. `--json` prints these objects with `schemaVersion` added; output-schemas.ts
 * describes them as JSON Schema.
 */
import type { Assumption } from '../graph/assumptions.js';
import type { ConcludedLevel, Confidence, Level } from '../kb/scales.js';
import type { Section } from '../kb/types.js';
import type { GraphView } from './graph-view-types.js';
import type { CapabilityRef, ClaimView, DerivationView, Dictionaries, ErratumView, ModelLevel, ModelRef, QuestionView, SourceView } from './view-types.js';

export type { GraphEdge, GraphNode, GraphView } from './graph-view-types.js';
export type * from './view-types.js';

/** Bumped whenever the JSON output changes incompatibly. */
export const OUTPUT_SCHEMA_VERSION = 1;

/** How a model comes by its level: its own claim (`explicit`), the walk along the lineage (`inferred`), or nothing known. */
export type { Basis } from '../graph/types.js';
export type { Assumption, AssumptionId } from '../graph/assumptions.js';

/** What a derivation did to a capability, from its parents' level to its target's. */
export type Change = 'appears' | 'raised' | 'unchanged' | 'weakened' | 'lost' | 'restored' | 'unknown';

/** One hop of a trace line, with what it did to the capability. */
export interface TraceStep {
  derivation: string;
  /** The input the line continues through (null from scratch). */
  from: string | null;
  /** Every input of the derivation: several make one merge step (A and B), not alternatives. */
  inputs: string[];
  to: string;
  /** `before` is the best level among the inputs (`none` from scratch). */
  before: ConcludedLevel;
  after: ConcludedLevel;
  change: Change;
  /** The level changed and no claim that applies on this step accounts for it: its methods are not its cause. */
  unexplained: boolean;
  /** Origin and effect claims for the capability that apply on this derivation. */
  claims: string[];
  /** Weakest of the derivation, the input and target levels, and the claims explaining the change. */
  confidence: Confidence | null;
  /** The summary table's mark on the target's level (`+`, `−−`…), when the step is the one its level follows. */
  mark: string | null;
  /** Whether the target's level follows this derivation (false: a competing account, an alternative). */
  followed: boolean;
}

/** A claim about a method, on derivations its evidence is not about: what would follow only if it generalised. */
export interface Generalisation {
  claim: string;
  derivations: string[];
  /** Never above the generalisation cap (speculative). */
  confidence: Confidence;
}

/** Something --min-confidence left out, with the grade that put it below the floor. */
export interface HiddenItem {
  kind: 'origin' | 'model' | 'step' | 'claim';
  id: string;
  confidence: Confidence | null;
}

/** One path through the lineage to a target model. */
export interface TraceLine {
  target: string;
  steps: TraceStep[];
}

/** A derivation where the capability first appears. */
export interface OriginSite {
  derivation: string;
  /** Origin claims that apply on this derivation and credit it (those under --min-confidence excepted). */
  credits: string[];
  /** No applying origin claim credits it: it rises here, and nothing in the knowledge says why. */
  unexplained: boolean;
  /** Models whose level of the capability traces back to this derivation. */
  models: string[];
  /** Weakest of the derivation, the input and target levels, and (when credited) the best-supported credit. */
  confidence: Confidence | null;
}

/** A model produced by several derivations (accounts), with what each gives. */
export interface CompetingDerivations {
  model: string;
  /** Alternatives (A or B): each account's derivation and what it gives. */
  options: { derivation: string; account: string | null; confidence: Confidence; level: ConcludedLevel; followed: boolean }[];
}

/** `trace` and `why`. */
export interface TraceResult extends Dictionaries {
  kind: 'trace';
  capability: CapabilityRef;
  model: string | null;
  allPaths: boolean;
  minConfidence: Confidence | null;
  models: ModelLevel[];
  origins: OriginSite[];
  lines: TraceLine[];
  /** The latest model every line passes through. */
  meetsAt: string | null;
  laterSteps: TraceStep[];
  competingDerivations: CompetingDerivations[];
  /** Origin claims for the capability that credit somewhere else, and claims competing with the credits. */
  competingClaims: string[];
  /** Method claims that would apply elsewhere only if they generalised; no level rests on them. */
  generalisations: Generalisation[];
  /** The assumptions of the walk that some conclusion shown rests on. */
  assumptions: Assumption[];
  questions: QuestionView[];
  /** How many claims, models, steps and first appearances --min-confidence left out. */
  hidden: number;
  /** The first appearances and steps --min-confidence left out, with their grades. */
  hiddenItems: HiddenItem[];
  /** Whether --all-paths stopped before listing every path. */
  truncated: boolean;
  /** What later reviews changed about the claims in this answer (see `LaterChange`). */
  later: LaterChange[];
}

/** A claim in an answer that later reviews speak about: the grade they moved, and the later sources on each side. */
export interface LaterChange {
  claim: string;
  /** The claim's own grade, and the one in force; equal when no review re-graded it. */
  from: Confidence | null;
  to: Confidence | null;
  /** The review that set the grade in force, and its date; null when none re-graded it. */
  review: string | null;
  date: string | null;
  supports: string[];
  contradicts: string[];
  qualifies: string[];
}

/** A capability whose level differs between the two models of a diff. */
export interface CapabilityDifference {
  capability: string;
  a: ModelLevel;
  b: ModelLevel;
  /** Origin and effect claims on each side's derivations that act on the capability. */
  explainedBy: { a: string[]; b: string[] };
  /** Both levels are known and no claim on either side acts on the capability. */
  unexplained: boolean;
  /** The weaker of the two levels' confidences. */
  confidence: Confidence | null;
}

/** `diff A B`. */
export interface DiffResult extends Dictionaries {
  kind: 'diff';
  a: string;
  b: string;
  /** The nearest common ancestors (one of the two models when it descends from the other). */
  meetsAt: string[];
  sides: { a: string[]; b: string[] };
  differences: CapabilityDifference[];
  capabilityRefs: CapabilityRef[];
  minConfidence: Confidence | null;
  hidden: number;
}

/** One line of a drawn tree: a model at a depth, reached through a derivation. */
export interface TreeRow {
  model: string;
  depth: number;
  derivation: string | null;
  /** The derivation has several inputs: this model is one input of one merge step. */
  merge: boolean;
  /** The derivation is the one its target's levels follow (false: an alternative account). */
  followed: boolean;
  /** Already drawn above: its subtree is not repeated. */
  repeat: boolean;
}

/** `lineage M`. */
export interface LineageResult {
  kind: 'lineage';
  model: string;
  depth: number | null;
  ancestors: TreeRow[] | null;
  descendants: TreeRow[] | null;
  /** With descendants: the distillation steps this model taught (its outputs, other models' weights), by derivation id. */
  taught: string[] | null;
  modelRefs: ModelRef[];
  derivations: DerivationView[];
}

/** `tree`. */
export interface TreeResult {
  kind: 'tree';
  roots: string[];
  rows: TreeRow[];
  modelRefs: ModelRef[];
  derivations: DerivationView[];
}

/** A model row of the matrix. */
export interface MatrixRow extends ModelRef {
  /** The derivation the model's levels are inherited along, and its methods. */
  via: string | null;
  methods: string[];
  /** Open models the knowledge says approximate this one. */
  approximatedBy: string[];
}

/** One (model, capability) cell of the matrix. */
export interface MatrixCell extends ModelLevel {
  /** The summary table's mark (`+`, `++`, `−`, `−−`), only on a cell whose claim carries it. */
  mark: string | null;
}

/** `matrix`. */
export interface MatrixResult {
  kind: 'matrix';
  rows: MatrixRow[];
  capabilities: CapabilityRef[];
  cells: MatrixCell[];
  /** The assumptions inferred cells rest on. */
  assumptions: Assumption[];
  minConfidence: Confidence | null;
  hidden: number;
}

/** An entity related to the one shown, and how. */
export interface RelatedRef {
  id: string;
  kind: string;
  role: string;
}

/** `show ID`: the entity as stored, plus views of everything its describe page names. */
export interface ShowResult extends Dictionaries {
  kind: 'show';
  entityKind: string;
  id: string;
  entity: Record<string, unknown>;
  location: { file: string; line: number; column: number } | null;
  related: RelatedRef[];
  levels: ModelLevel[];
  questions: QuestionView[];
  errata: ErratumView[];
}

/** `list KIND`. */
export interface ListResult {
  kind: 'list';
  section: Section;
  items: Record<string, unknown>[];
  /** Set when the list answers an umbrella name (`show instructgpt`): the name, and the series/families it matched. */
  umbrella: { name: string; matchedBy: string[] } | null;
}

/** One search match: where it matched and how well. */
export interface SearchHit {
  id: string;
  entityKind: string;
  label: string;
  field: string;
  snippet: string;
  score: number;
}

/** `search TEXT`. */
export interface SearchResult {
  kind: 'search';
  query: string;
  /** Matches in all, before `limit` cut the list. */
  total: number;
  hits: SearchHit[];
}

/** `questions`. */
export interface QuestionsResult {
  kind: 'questions';
  questions: QuestionView[];
  sources: SourceView[];
}

/** A limitation with the models that show it. */
export interface Limitation {
  capability: CapabilityRef;
  levels: ModelLevel[];
  claims: string[];
}

/** `limits`. */
export interface LimitsResult {
  kind: 'limits';
  limitations: Limitation[];
  claims: ClaimView[];
  sources: SourceView[];
}

/** `cite ID…`. */
export interface CiteResult {
  kind: 'cite';
  /** For each id asked about, the sources behind it. */
  entries: { id: string; entityKind: string; sources: string[] }[];
  sources: SourceView[];
}

/** `graph`: the whole lineage. */
export interface GraphResult extends GraphView {
  kind: 'graph';
}

/** One conclusion as `impact` compares it: a level (with its confidence), a grade, or a first appearance. */
export interface ImpactState {
  level: ConcludedLevel | null;
  confidence: Confidence | null;
  /** For a first appearance: the origin claims credited there. */
  credits: string[];
}

/** A conclusion that moves when the target is withdrawn. */
export interface ImpactChange {
  kind: 'level' | 'grade' | 'origin';
  subject: { model?: string; capability?: string; derivation?: string; claim?: string };
  /** null: the conclusion does not exist on that side. */
  before: ImpactState | null;
  after: ImpactState | null;
  /** Signed steps: levels (up is positive) and confidence (surer is positive). */
  shift: { level: number; confidence: number };
}

/** `impact ID`: what rests on a source, method, claim or review, and what moves without it. */
export interface ImpactResult {
  kind: 'impact';
  target: { id: string; entityKind: string };
  asOf: string | null;
  /** What cites or names the target directly, by kind of entity. */
  restsOn: { claims: string[]; reviews: string[]; derivations: string[]; questions: string[] };
  /** Every conclusion that changes without the target, most affected first. */
  changes: ImpactChange[];
  /** How many conclusions were compared. */
  compared: number;
}

/** Every query result, discriminated by `kind`. */
export type QueryResult =
  | TraceResult
  | DiffResult
  | LineageResult
  | TreeResult
  | MatrixResult
  | ShowResult
  | ListResult
  | SearchResult
  | QuestionsResult
  | LimitsResult
  | CiteResult
  | GraphResult
  | ImpactResult;

/** The `kind` discriminant of a result. */
export type ResultKind = QueryResult['kind'];
