/**
 * The knowledge format: one zod schema per concept of the product brief. Every TypeScript
 * type of the knowledge base is inferred from here (see types.ts), and `gptlineage schema`
 * turns these schemas into the JSON Schema editors use.
 */
import './zod-jitless.js';
import { z } from 'zod';
import { AUTHOR_GRADES, DIRECTIONS, LEVELS, MECHANISMS, QUESTION_STATUSES, SOURCE_KINDS, VERIFICATION_STATUSES } from './scales.js';
import { Confidence, DatePoint, DateReport, Evidence, FuzzyDate, Id, Quantity, Ref, SourceRef } from './schema-common.js';
import { Account, Aliases, ArxivId, Doi, LanguageTag, Url } from './schema-identifiers.js';

export const SourceSchema = z.strictObject({
  id: Id,
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  date: FuzzyDate.optional(),
  venue: z.string().optional(),
  arxiv: ArxivId.optional(),
  doi: Doi.optional(),
  url: Url.optional(),
  language: LanguageTag.optional(),
  versionOf: Ref.optional().meta({ description: 'The work this is a translation, re-post or revision of.' }),
  partOf: Ref.optional().meta({ description: 'The work this figure or table belongs to.' }),
  verification: z.enum(VERIFICATION_STATUSES).optional(),
  unconfirmed: z.array(z.string()).optional().meta({ description: 'Fields or facts not checked against the work itself.' }),
  notes: z.string().optional(),
});

export const ModelSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: Aliases.optional(),
  organisation: z.string().optional(),
  family: z.string().optional().meta({ description: 'Family name used in the figure, e.g. "Codex Initial".' }),
  series: z.string().optional().meta({ description: 'e.g. GPT-3 or GPT-3.5.' }),
  released: FuzzyDate.optional().meta({ description: 'The release date the knowledge base trusts.' }),
  dates: z.array(DateReport).optional().meta({ description: 'Every reported date, including ones that disagree.' }),
  parameters: Quantity.optional(),
  activeParameters: Quantity.optional().meta({
    description: 'Parameters used per token, for a mixture-of-experts model (DeepSeek-V3: 37B of 671B).',
  }),
  context: Quantity.optional().meta({ description: 'Context window, in tokens.' }),
  trainingCutoff: FuzzyDate.optional(),
  openWeights: z.boolean().optional(),
  hypothetical: z.boolean().optional().meta({ description: 'True for a model inferred to exist but never published.' }),
  approximates: z
    .array(SourceRef.extend({ model: Ref, note: z.string().optional() }))
    .optional()
    .meta({ description: 'Closed models this open model approximates, with the source that says so.' }),
  describedBy: z
    .strictObject({
      papers: z.array(SourceRef).meta({ description: 'The papers, with the part of each that describes the model; empty when `per` says there is none.' }),
      per: SourceRef.meta({ description: "Who says so, e.g. the summary table's OpenAI Paper column (source and row)." }),
    })
    .optional()
    .meta({ description: "The publications that describe this model, as a source names them (the summary table's OpenAI Paper column)." }),
  sources: z.array(SourceRef).optional(),
  description: z.string().optional(),
  notes: z.string().optional(),
});

export const MethodSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: Aliases.optional(),
  variantOf: Ref.optional().meta({ description: 'A more general method this one is a kind of.' }),
  description: z.string().optional(),
  sources: z.array(SourceRef).optional(),
});

const DataItem = z.strictObject({
  what: z.string().min(1),
  amount: Quantity.optional(),
  source: Ref.optional(),
  locator: z.string().optional(),
});

export const DerivationSchema = z.strictObject({
  id: Id,
  from: z.array(Ref).optional().meta({ description: 'Parent models; omit for training from scratch.' }),
  to: Ref,
  methods: z.array(Ref).min(1),
  basis: z.enum(['weights', 'recipe']).optional().meta({
    description: 'weights (default): trained from the parents\' weights; recipe: combines their training methods.',
  }),
  account: Account.optional(),
  competesWith: z.array(Ref).optional().meta({ description: 'Other derivations that tell a different story.' }),
  teachers: z.array(Ref).optional().meta({
    description: "Models whose outputs are this step's training data (distillation); they are not weight parents.",
  }),
  authorsGrade: z.enum(AUTHOR_GRADES).optional().meta({ description: "The article's own FAQ grade, when it grades this edge." }),
  data: z.array(DataItem).optional(),
  date: FuzzyDate.optional(),
  confidence: Confidence,
  evidence: z.array(Evidence).optional(),
  description: z.string().optional(),
  notes: z.string().optional(),
});

export const CapabilitySchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: Aliases.optional(),
  kind: z.enum(['ability', 'limitation']),
  description: z.string().optional(),
  related: z.array(Ref).optional(),
  sources: z.array(SourceRef).optional(),
});

const claimBase = {
  id: Id,
  statement: z.string().min(1).meta({ description: 'The claim in one sentence, in our own words.' }),
  confidence: Confidence,
  authorsGrade: z.enum(AUTHOR_GRADES).optional().meta({ description: "The article's own FAQ grade." }),
  evidence: z.array(Evidence).optional(),
  competesWith: z.array(Ref).optional(),
  notes: z.string().optional(),
};

const cause = {
  method: Ref.optional(),
  derivation: Ref.optional(),
  model: Ref.optional().meta({ description: 'The model on which this happens, when the claim is about one.' }),
  tradedFor: Ref.optional().meta({ description: 'The capability gained in exchange.' }),
  appliesTo: z.array(Ref).min(1).optional().meta({
    description:
      'For a claim about a method: the derivations its evidence is about. On them it applies; on other derivations using the method it is only a generalisation, reported apart and never used for a level.',
  }),
};

export const ExhibitsClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('exhibits'),
  model: Ref,
  capability: Ref,
  level: z.enum(LEVELS),
  notation: z.string().optional().meta({
    description: 'The summary table\'s mark: +, ++, − or −−; an empty string for an item the table lists without a mark.',
  }),
});

export const OriginClaimSchema = z.strictObject({
  ...claimBase,
  ...cause,
  kind: z.literal('origin'),
  capability: Ref,
  mechanism: z.enum(MECHANISMS),
  level: z.enum(LEVELS).optional().meta({ description: 'The level the capability appears at (default: present).' }),
});

export const EffectClaimSchema = z.strictObject({
  ...claimBase,
  ...cause,
  kind: z.literal('effect'),
  capability: Ref,
  direction: z.enum(DIRECTIONS),
  level: z.enum(LEVELS).optional().meta({ description: 'The level the capability ends at, when known.' }),
});

export const ClaimSchema = z.discriminatedUnion('kind', [ExhibitsClaimSchema, OriginClaimSchema, EffectClaimSchema]);

export const QuestionSchema = z.strictObject({
  id: Id,
  question: z.string().min(1),
  description: z.string().optional(),
  about: z.array(Ref).min(1).meta({ description: 'The claims, models, capabilities or derivations it bears on.' }),
  raisedBy: z.array(SourceRef).optional(),
  status: z.enum(QUESTION_STATUSES).optional(),
  notes: z.string().optional(),
});

const Reading = SourceRef.extend({
  says: z.string().min(1),
  trusted: z.boolean().optional(),
});

export const ErratumSchema = z.strictObject({
  id: Id,
  about: z.array(Ref).min(1),
  readings: z.array(Reading).min(2).meta({ description: 'What each source says; mark the one trusted.' }),
  note: z.string().optional(),
});

/**
 * A later look at a claim: dated evidence that bears on it and, optionally, the grade it moves
 * the claim to. The claim keeps the grade its authors gave; a review in force by a date
 * (`--as-of`) overrides it from then on, the latest one winning.
 */
export const ReviewSchema = z.strictObject({
  id: Id,
  claim: Ref.meta({ description: 'The claim this review bears on.' }),
  date: DatePoint.meta({ description: 'When the review takes effect: no earlier than the newest source it cites.' }),
  confidence: Confidence.optional().meta({ description: 'The grade the claim has from this date; omit to add evidence only.' }),
  statement: z.string().min(1).optional().meta({ description: 'What the later evidence says about the claim, in our own words.' }),
  evidence: z.array(Evidence).optional(),
  notes: z.string().optional(),
});

/** One knowledge file: any of the sections, each a list of entities. */
export const KnowledgeFileSchema = z
  .strictObject({
    sources: z.array(SourceSchema).optional(),
    models: z.array(ModelSchema).optional(),
    methods: z.array(MethodSchema).optional(),
    derivations: z.array(DerivationSchema).optional(),
    capabilities: z.array(CapabilitySchema).optional(),
    claims: z.array(ClaimSchema).optional(),
    questions: z.array(QuestionSchema).optional(),
    errata: z.array(ErratumSchema).optional(),
    reviews: z.array(ReviewSchema).optional(),
  })
  .meta({ title: 'gptlineage knowledge file', description: 'A YAML file of models, methods, derivations, capabilities, claims, sources, open questions, errata and later reviews of claims.' });
