/**
 * The result of every query: plain, serialisable data with ids from the knowledge base, sorted
 * deterministically. Every type here is inferred from its zod shape in src/output (one definition
 * of each), imported only as a type so zod never reaches the query bundle; `--json` prints these
 * objects with `schemaVersion` added, and `gptlineage schema output` prints their JSON Schema.
 */
import type { z } from 'zod';
import type * as C from '../output/common.js';
import type * as B from '../output/browse.js';
import type * as R from '../output/compare.js';
import type { QueryResultSchema } from '../output/documents.js';
import type * as T from '../output/trace.js';

type Of<S extends z.ZodType> = z.output<S>;

/** Bumped whenever the JSON output changes incompatibly. */
export const OUTPUT_SCHEMA_VERSION = 1;

export type { Basis } from '../graph/types.js';
export type { Assumption, AssumptionId } from '../graph/assumptions.js';
export type Change = Of<typeof C.Change>;

export type CapabilityRef = Of<typeof C.CapabilityRefSchema>;
export type ModelRef = Of<typeof C.ModelRefSchema>;
export type SourceView = Of<typeof C.SourceViewSchema>;
export type EvidenceView = Of<typeof C.EvidenceViewSchema>;
export type ClaimView = Of<typeof C.ClaimViewSchema>;
export type DataView = Of<typeof C.DataViewSchema>;
export type DerivationView = Of<typeof C.DerivationViewSchema>;
export type QuestionView = Of<typeof C.QuestionViewSchema>;
export type ErratumView = Of<typeof C.ErratumViewSchema>;
export type ModelLevel = Of<typeof C.ModelLevelSchema>;
export type MatrixCell = Of<typeof C.MatrixCellSchema>;
/** Entities a result refers to by id, so renderers can name them and scripts can join on them. */
export type Dictionaries = { [K in keyof typeof C.dictionaries]: Of<(typeof C.dictionaries)[K]> };

export type TraceStep = Of<typeof T.TraceStepSchema>;
export type Generalisation = Of<typeof T.GeneralisationSchema>;
export type HiddenItem = Of<typeof T.HiddenItemSchema>;
export type TraceLine = Of<typeof T.TraceLineSchema>;
export type OriginSite = Of<typeof T.OriginSiteSchema>;
export type CompetingDerivations = Of<typeof T.CompetingDerivationsSchema>;
export type LaterChange = Of<typeof T.LaterChangeSchema>;
export type TraceResult = Of<typeof T.TraceResultSchema>;

export type CapabilityDifference = Of<typeof R.CapabilityDifferenceSchema>;
export type DiffResult = Of<typeof R.DiffResultSchema>;
export type TreeRow = Of<typeof R.TreeRowSchema>;
export type LineageResult = Of<typeof R.LineageResultSchema>;
export type TreeResult = Of<typeof R.TreeResultSchema>;
export type MatrixRow = Of<typeof R.MatrixRowSchema>;
export type MatrixResult = Of<typeof R.MatrixResultSchema>;
export type RelatedRef = Of<typeof B.RelatedRefSchema>;
export type ShowResult = Of<typeof B.ShowResultSchema>;
export type ListResult = Of<typeof B.ListResultSchema>;
export type SearchHit = Of<typeof B.SearchHitSchema>;
export type SearchResult = Of<typeof B.SearchResultSchema>;
export type QuestionsResult = Of<typeof B.QuestionsResultSchema>;
export type Limitation = Of<typeof B.LimitationSchema>;
export type LimitsResult = Of<typeof B.LimitsResultSchema>;
export type CiteResult = Of<typeof B.CiteResultSchema>;
export type GraphNode = Of<typeof B.GraphNodeSchema>;
export type GraphEdge = Of<typeof B.GraphEdgeSchema>;
export type GraphTeaching = Of<typeof B.GraphTeachingSchema>;
export type GraphView = Of<typeof B.GraphViewSchema>;
export type GraphResult = Of<typeof B.GraphResultSchema>;
export type ImpactState = Of<typeof B.ImpactStateSchema>;
export type ImpactChange = Of<typeof B.ImpactChangeSchema>;
export type ImpactResult = Of<typeof B.ImpactResultSchema>;

/** Every query result, discriminated by `kind`. */
export type QueryResult = Of<typeof QueryResultSchema>;
/** The kind of a query result. */
export type ResultKind = QueryResult['kind'];
