/** The shapes of the comparing and drawing results: diff, lineage, tree, matrix. */
import { z } from 'zod';
import {
  AssumptionSchema,
  CapabilityRefSchema,
  Confidence,
  DerivationViewSchema,
  dictionaries,
  Ids,
  MatrixCellSchema,
  ModelLevelSchema,
  ModelRefSchema,
} from './common.js';

export const CapabilityDifferenceSchema = z.strictObject({
  capability: z.string(),
  a: ModelLevelSchema,
  b: ModelLevelSchema,
  explainedBy: z.strictObject({ a: Ids, b: Ids }).meta({ description: "Origin and effect claims on each side's derivations that act on the capability." }),
  unexplained: z.boolean().meta({ description: 'Both levels are known and no claim on either side acts on the capability.' }),
  confidence: Confidence.nullable(),
});

export const DiffResultSchema = z.strictObject({
  kind: z.literal('diff'),
  a: z.string(),
  b: z.string(),
  meetsAt: Ids.meta({ description: 'The nearest common ancestors (one of the two models when it descends from the other).' }),
  sides: z.strictObject({ a: Ids, b: Ids }),
  differences: z.array(CapabilityDifferenceSchema),
  capabilityRefs: z.array(CapabilityRefSchema),
  minConfidence: Confidence.nullable(),
  hidden: z.int(),
  ...dictionaries,
});

export const TreeRowSchema = z.strictObject({
  model: z.string(),
  depth: z.int(),
  derivation: z.string().nullable(),
  merge: z.boolean().meta({ description: 'The derivation has several inputs: this model is one input of one merge step.' }),
  followed: z.boolean(),
  repeat: z.boolean().meta({ description: 'Already drawn above: its subtree is not repeated.' }),
}).meta({ id: 'treeRow' });

const drawn = { modelRefs: z.array(ModelRefSchema), derivations: z.array(DerivationViewSchema) };

export const LineageResultSchema = z.strictObject({
  kind: z.literal('lineage'),
  model: z.string(),
  depth: z.int().nullable(),
  ancestors: z.array(TreeRowSchema).nullable(),
  descendants: z.array(TreeRowSchema).nullable(),
  taught: Ids.nullable().meta({ description: 'With descendants: the distillation steps this model taught (its outputs, other models\' weights), by derivation id.' }),
  ...drawn,
});

export const TreeResultSchema = z.strictObject({ kind: z.literal('tree'), roots: Ids, rows: z.array(TreeRowSchema), ...drawn });

export const MatrixRowSchema = ModelRefSchema.extend({
  via: z.string().nullable(),
  methods: Ids,
  approximatedBy: Ids.meta({ description: 'Open models the knowledge says approximate this one.' }),
});

export const MatrixResultSchema = z.strictObject({
  kind: z.literal('matrix'),
  rows: z.array(MatrixRowSchema),
  capabilities: z.array(CapabilityRefSchema),
  cells: z.array(MatrixCellSchema),
  assumptions: z.array(AssumptionSchema),
  minConfidence: Confidence.nullable(),
  hidden: z.int(),
});

