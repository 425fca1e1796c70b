/** The shapes of the browsing and exporting results: show, list, search, questions, limits, cite, graph, impact. */
import { z } from 'zod';
import { SECTIONS } from '../kb/types.js';
import {
  CapabilityRefSchema,
  Change,
  ClaimViewSchema,
  ConcludedLevel,
  Confidence,
  dictionaries,
  ErratumViewSchema,
  Ids,
  ModelLevelSchema,
  QuestionViewSchema,
  SourceViewSchema,
} from './common.js';

export const RelatedRefSchema = z.strictObject({ id: z.string(), kind: z.string(), role: z.string() });
/** A knowledge entity as stored; its shape is the knowledge schema's. */
const RawEntity = z.record(z.string(), z.unknown());

export const ShowResultSchema = z.strictObject({
  kind: z.literal('show'),
  entityKind: z.string(),
  id: z.string(),
  entity: RawEntity,
  location: z.strictObject({ file: z.string(), line: z.int(), column: z.int() }).nullable(),
  related: z.array(RelatedRefSchema),
  levels: z.array(ModelLevelSchema),
  questions: z.array(QuestionViewSchema),
  errata: z.array(ErratumViewSchema),
  ...dictionaries,
});

export const ListResultSchema = z.strictObject({
  kind: z.literal('list'),
  section: z.enum(SECTIONS),
  items: z.array(RawEntity),
  umbrella: z.strictObject({ name: z.string(), matchedBy: Ids }).nullable(),
});

export const SearchHitSchema = z.strictObject({ id: z.string(), entityKind: z.string(), label: z.string(), field: z.string(), snippet: z.string(), score: z.int() });

export const SearchResultSchema = z.strictObject({ kind: z.literal('search'), query: z.string(), total: z.int(), hits: z.array(SearchHitSchema) });

export const QuestionsResultSchema = z.strictObject({ kind: z.literal('questions'), questions: z.array(QuestionViewSchema), sources: z.array(SourceViewSchema) });

export const LimitationSchema = z.strictObject({ capability: CapabilityRefSchema, levels: z.array(ModelLevelSchema), claims: Ids });

export const LimitsResultSchema = z.strictObject({ kind: z.literal('limits'), limitations: z.array(LimitationSchema), claims: z.array(ClaimViewSchema), sources: z.array(SourceViewSchema) });

export const CiteResultSchema = z.strictObject({
  kind: z.literal('cite'),
  entries: z.array(z.strictObject({ id: z.string(), entityKind: z.string(), sources: Ids })),
  sources: z.array(SourceViewSchema),
});

export const GraphNodeSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  group: z.string().nullable(),
  level: ConcludedLevel.nullable().meta({ description: "The capability's level on this model, when the picture is about one capability." }),
  focus: z.boolean(),
});

/** A derivation from one input (edges sharing an id are one merge step). */
export const GraphEdgeSchema = z.strictObject({
  id: z.string(),
  from: z.string().nullable().meta({ description: 'null for training from scratch.' }),
  to: z.string(),
  label: z.string(),
  account: z.string().nullable(),
  confidence: Confidence,
  change: Change.nullable(),
});

/** A distillation teacher's outputs feeding a derivation into another model: drawn apart, never a weight edge. */
export const GraphTeachingSchema = z.strictObject({ id: z.string().meta({ description: "The derivation the teacher's outputs were data for." }), from: z.string(), to: z.string() });

export const GraphViewSchema = z.strictObject({ title: z.string(), nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema), teachings: z.array(GraphTeachingSchema) });

export const GraphResultSchema = GraphViewSchema.extend({ kind: z.literal('graph') });

export const ImpactStateSchema = z.strictObject({
  level: ConcludedLevel.nullable().meta({ description: 'null for a grade or a first appearance.' }),
  confidence: Confidence.nullable(),
  credits: Ids.meta({ description: 'For a first appearance: the origin claims credited there.' }),
});

export const ImpactChangeSchema = z.strictObject({
  kind: z.enum(['level', 'grade', 'origin']),
  subject: z.strictObject({ model: z.string().optional(), capability: z.string().optional(), derivation: z.string().optional(), claim: z.string().optional() }),
  before: ImpactStateSchema.nullable().meta({ description: 'null: the conclusion does not exist on that side.' }),
  after: ImpactStateSchema.nullable(),
  shift: z.strictObject({ level: z.int(), confidence: z.int() }).meta({ description: 'Signed steps: levels (up is positive) and confidence (surer is positive).' }),
});

export const ImpactResultSchema = z.strictObject({
  kind: z.literal('impact'),
  target: z.strictObject({ id: z.string(), entityKind: z.enum(['source', 'method', 'claim', 'review']) }),
  asOf: z.string().nullable(),
  restsOn: z.strictObject({ claims: Ids, reviews: Ids, derivations: Ids, questions: Ids }),
  changes: z.array(ImpactChangeSchema),
  compared: z.int(),
});
