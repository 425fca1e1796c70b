/**
 * The pieces every result shares, as zod schemas: the one definition of each output shape. The
 * TypeScript types (queries/types.ts) are inferred from here through `import type`, so zod never
 * enters the query bundle; `gptlineage schema output` turns them into JSON Schema.
 */
import { z } from 'zod';
import { ASSUMPTION_IDS } from '../graph/assumptions.js';
import { CONCLUDED_LEVELS, CONFIDENCES, DIRECTIONS, LEVELS, MECHANISMS, QUESTION_STATUSES, STANCES } from '../kb/scales.js';
import { FuzzyDate, Quantity } from '../kb/schema-common.js';

export const Confidence = z.enum(CONFIDENCES).meta({ id: 'confidence', description: 'established > likely > hypothesis > speculative > open.' });
export const Level = z.enum(LEVELS).meta({ id: 'level' });
export const ConcludedLevel = z.enum(CONCLUDED_LEVELS).meta({ id: 'concludedLevel', description: 'A level, or unknown when nothing gives one.' });
export const Basis = z.enum(['explicit', 'inferred', 'unknown']).meta({ description: 'explicit: the model\'s own claim; inferred: the walk; unknown.' });
export const AssumptionId = z.enum(ASSUMPTION_IDS);
export const Change = z.enum(['appears', 'raised', 'unchanged', 'weakened', 'lost', 'restored', 'unknown']).meta({ id: 'change' });
export const Ids = z.array(z.string());

export const AssumptionSchema = z.strictObject({
  id: AssumptionId,
  statement: z.string(),
  cap: Confidence.meta({ description: 'No conclusion resting on the assumption is graded above this.' }),
}).meta({ id: 'assumption' });

export const CapabilityRefSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['ability', 'limitation']),
  aliases: Ids,
  description: z.string().nullable(),
}).meta({ id: 'capabilityRef' });

export const ModelRefSchema = z.strictObject({ id: z.string(), name: z.string(), series: z.string().nullable() }).meta({ id: 'modelRef' });

export const SourceViewSchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  authors: Ids,
  year: z.int().nullable(),
  date: FuzzyDate.nullable().meta({ description: 'The date at its precision (a day, a month, a range, circa), when known.' }),
  venue: z.string().nullable(),
  arxiv: z.string().nullable(),
  doi: z.string().nullable(),
  url: z.string().nullable(),
}).meta({ id: 'sourceView' });

export const EvidenceViewSchema = z.strictObject({
  source: z.string().nullable(),
  locator: z.string().nullable(),
  stance: z.enum(STANCES),
  kind: z.string(),
  note: z.string(),
  verification: z.string().nullable(),
}).meta({ id: 'evidenceView' });

export const ClaimViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['exhibits', 'origin', 'effect']),
  statement: z.string(),
  confidence: Confidence,
  authorsGrade: z.string().nullable(),
  capability: z.string(),
  model: z.string().nullable(),
  method: z.string().nullable(),
  derivation: z.string().nullable(),
  mechanism: z.enum(MECHANISMS).nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  level: Level.nullable(),
  notation: z.string().nullable(),
  tradedFor: z.string().nullable(),
  appliesTo: Ids.meta({ description: 'For a claim about a method: the derivations its evidence is about.' }),
  competesWith: Ids,
  evidence: z.array(EvidenceViewSchema),
}).meta({ id: 'claimView', description: 'A claim of any kind, flattened: fields that do not apply are null.' });

export const DataViewSchema = z.strictObject({ what: z.string(), amount: Quantity.nullable(), source: z.string().nullable(), locator: z.string().nullable() });

export const DerivationViewSchema = z.strictObject({
  id: z.string(),
  from: Ids,
  to: z.string(),
  methods: Ids,
  basis: z.enum(['weights', 'recipe']),
  account: z.string().nullable(),
  confidence: Confidence,
  authorsGrade: z.string().nullable(),
  date: FuzzyDate.nullable(),
  data: z.array(DataViewSchema),
  competesWith: Ids,
  teachers: Ids.meta({ description: "Models whose outputs were this step's training data (distillation); not weight parents." }),
  description: z.string().nullable(),
}).meta({ id: 'derivationView' });

export const QuestionViewSchema = z.strictObject({
  id: z.string(),
  question: z.string(),
  description: z.string().nullable(),
  status: z.enum(QUESTION_STATUSES),
  about: Ids,
  raisedBy: z.array(z.strictObject({ source: z.string(), locator: z.string().nullable() })),
}).meta({ id: 'questionView' });

export const ErratumViewSchema = z.strictObject({
  id: z.string(),
  about: Ids,
  readings: z.array(z.strictObject({ source: z.string(), locator: z.string().nullable(), says: z.string(), trusted: z.boolean() })),
  note: z.string().nullable(),
}).meta({ id: 'erratumView' });

const modelLevelShape = {
  model: z.string(),
  capability: z.string(),
  level: ConcludedLevel,
  basis: Basis,
  confidence: Confidence.nullable().meta({ description: 'null exactly when the level is unknown.' }),
  assumption: AssumptionId.nullable().meta({ description: 'The assumption an inferred level rests on.' }),
  claim: z.string().nullable().meta({ description: 'The exhibits claim, when explicit.' }),
  via: z.string().nullable().meta({ description: 'The derivation inheritance follows.' }),
  appearsAt: z.string().nullable().meta({ description: 'The derivation where the capability rose above none along the chain.' }),
};
export const ModelLevelSchema = z.strictObject(modelLevelShape).meta({ id: 'modelLevel' });
export const MatrixCellSchema = z.strictObject({ ...modelLevelShape, mark: z.string().nullable() }).meta({ id: 'matrixCell' });

/** Entities a result refers to by id, so renderers can name them and scripts can join on them. */
export const dictionaries = {
  modelRefs: z.array(ModelRefSchema),
  derivations: z.array(DerivationViewSchema),
  claims: z.array(ClaimViewSchema),
  sources: z.array(SourceViewSchema),
};
