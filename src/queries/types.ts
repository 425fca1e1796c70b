/**
 * The result of every query: plain, serialisable data with ids from the knowledge base, sorted
 * deterministically. `--json` prints these objects with `schemaVersion` added; output-schemas.ts
 * describes them as JSON Schema.
 */
import type { Confidence, Level } from '../kb/scales.js';
import type { Section } from '../kb/types.js';
import type { GraphView } from './graph-view-types.js';
import type { CapabilityRef, ClaimView, DerivationView, Dictionaries, ErratumView, ModelLevel, ModelRef, QuestionView, SourceView } from './view-types.js';

export type { GraphEdge, GraphNode, GraphView } from './graph-view-types.js';
export type * from './view-types.js';

/** Bumped whenever the JSON output changes incompatibly. */
export const OUTPUT_SCHEMA_VERSION = 1;

/** How a model comes by its level: its own claim, inheritance along a derivation, or nothing known. */
export type Basis = 'explicit' | 'inherited' | 'unknown';

/** What a derivation did to a capability, from its parents' level to its target's. */
export type Change = 'appears' | 'raised' | 'unchanged' | 'weakened' | 'lost' | 'restored' | 'unknown';

/** One hop of a trace line, with what it did to the capability. */
export interface TraceStep {
  derivation: string;
  from: string | null;
  to: string;
  before: Level | null;
  after: Level | null;
  change: Change;
  /** Origin and effect claims for the capability acting on this derivation. */
  claims: string[];
  /** Whether the target's inherited level follows this derivation (false: a competing account). */
  followed: boolean;
}

/** One path through the lineage to a target model. */
export interface TraceLine {
  target: string;
  steps: TraceStep[];
}

/** A derivation where the capability first appears. */
export interface OriginSite {
  derivation: string;
  /** Origin claims crediting this derivation (by id or by method). */
  credits: string[];
  /** Models whose level of the capability traces back to this derivation. */
  models: string[];
  /** How sure "it appears here" is: the best-supported crediting claim, capped by the derivation's own confidence. */
  confidence: Confidence | null;
}

/** A model produced by several derivations (accounts), with what each gives. */
export interface CompetingDerivations {
  model: string;
  options: { derivation: string; account: string | null; confidence: Confidence; level: Level | null; followed: boolean }[];
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
  questions: QuestionView[];
  /** Claims and models left out by --min-confidence. */
  hidden: number;
  /** Whether --all-paths stopped before listing every path. */
  truncated: boolean;
}

/** A capability whose level differs between the two models of a diff. */
export interface CapabilityDifference {
  capability: string;
  a: ModelLevel;
  b: ModelLevel;
  /** Origin and effect claims on each side's derivations that act on the capability. */
  explainedBy: { a: string[]; b: string[] };
  unexplained: boolean;
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
  /** The summary table's mark (`+`, `++`, `−`, `−−`): the claim's own, else the change from the parent. */
  mark: string | null;
}

/** `matrix`. */
export interface MatrixResult {
  kind: 'matrix';
  rows: MatrixRow[];
  capabilities: CapabilityRef[];
  cells: MatrixCell[];
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
  level: Level | null;
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
