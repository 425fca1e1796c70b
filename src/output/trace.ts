/** The shape of `trace` and `why` output. */
import { z } from 'zod';
import { AssumptionSchema, CapabilityRefSchema, Change, ConcludedLevel, Confidence, dictionaries, Ids, ModelLevelSchema, QuestionViewSchema } from './common.js';

export const TraceStepSchema = z.strictObject({
  derivation: z.string(),
  from: z.string().nullable().meta({ description: 'The input the line continues through (null from scratch).' }),
  inputs: Ids.meta({ description: 'Every input of the derivation: several make one merge step (A and B), not alternatives.' }),
  to: z.string(),
  before: ConcludedLevel.meta({ description: 'The best level among the inputs (none from scratch).' }),
  after: ConcludedLevel,
  change: Change,
  unexplained: z.boolean().meta({ description: 'The level changed and no claim that applies on this step accounts for it.' }),
  claims: Ids.meta({ description: 'Origin and effect claims for the capability that apply on this derivation.' }),
  confidence: Confidence.nullable(),
  followed: z.boolean().meta({ description: "Whether the target's level follows this derivation (false: an alternative account)." }),
  mark: z.string().nullable().meta({ description: "The summary table's mark on the target's level (+, −−…), when the step is the one its level follows." }),
}).meta({ id: 'traceStep' });

export const GeneralisationSchema = z.strictObject({ claim: z.string(), derivations: Ids, confidence: Confidence });

export const HiddenItemSchema = z.strictObject({ kind: z.enum(['origin', 'model', 'step', 'claim']), id: z.string(), confidence: Confidence.nullable() });

export const TraceLineSchema = z.strictObject({ target: z.string(), steps: z.array(TraceStepSchema) });

export const OriginSiteSchema = z.strictObject({
  derivation: z.string(),
  credits: Ids,
  unexplained: z.boolean().meta({ description: 'No applying origin claim credits it: it rises here, and nothing in the knowledge says why.' }),
  models: Ids,
  confidence: Confidence.nullable(),
  since: z.string().nullable().meta({ description: "When the step happened, as the day it is ordered by: the derivation's date, else its model's release; null when neither is known." }),
});

export const CompetingDerivationsSchema = z.strictObject({
  model: z.string(),
  options: z.array(z.strictObject({ derivation: z.string(), account: z.string().nullable(), confidence: Confidence, level: ConcludedLevel, followed: z.boolean() })),
});

export const LaterChangeSchema = z.strictObject({
  claim: z.string(),
  from: Confidence.nullable().meta({ description: "The claim's own grade; equal to `to` when no review re-graded it." }),
  to: Confidence.nullable().meta({ description: 'The grade in force.' }),
  review: z.string().nullable().meta({ description: 'The review that set the grade in force; null when none re-graded it.' }),
  date: z.string().nullable(),
  supports: Ids,
  contradicts: Ids,
  qualifies: Ids,
}).meta({ description: 'A claim in an answer that later reviews speak about: the grade they moved, and the later sources on each side.' });

export const TraceResultSchema = z.strictObject({
  kind: z.literal('trace'),
  capability: CapabilityRefSchema,
  model: z.string().nullable(),
  allPaths: z.boolean(),
  minConfidence: Confidence.nullable(),
  models: z.array(ModelLevelSchema),
  origins: z.array(OriginSiteSchema),
  lines: z.array(TraceLineSchema),
  meetsAt: z.string().nullable().meta({ description: 'The latest model every line passes through.' }),
  laterSteps: z.array(TraceStepSchema),
  competingDerivations: z.array(CompetingDerivationsSchema),
  competingClaims: Ids,
  generalisations: z.array(GeneralisationSchema),
  assumptions: z.array(AssumptionSchema),
  questions: z.array(QuestionViewSchema),
  hidden: z.int().meta({ description: 'How many claims, models, steps and first appearances --min-confidence left out.' }),
  hiddenItems: z.array(HiddenItemSchema),
  truncated: z.boolean().meta({ description: 'Whether --all-paths stopped before listing every path.' }),
  later: z.array(LaterChangeSchema),
  ...dictionaries,
});
