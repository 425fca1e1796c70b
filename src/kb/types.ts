/** Knowledge-base types, inferred from the zod schemas and never written twice. */
import type { z } from 'zod';
import type {
  CapabilitySchema,
  ClaimSchema,
  DerivationSchema,
  ErratumSchema,
  KnowledgeFileSchema,
  MethodSchema,
  ModelSchema,
  QuestionSchema,
  ReviewSchema,
  SourceSchema,
} from './schema.js';
import type { Evidence as EvidenceSchema, FuzzyDate as FuzzyDateSchema, Quantity as QuantitySchema } from './schema-common.js';

export type Source = z.infer<typeof SourceSchema>;
export type Model = z.infer<typeof ModelSchema>;
export type Method = z.infer<typeof MethodSchema>;
export type Derivation = z.infer<typeof DerivationSchema>;
export type Capability = z.infer<typeof CapabilitySchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type ExhibitsClaim = Extract<Claim, { kind: 'exhibits' }>;
export type OriginClaim = Extract<Claim, { kind: 'origin' }>;
export type EffectClaim = Extract<Claim, { kind: 'effect' }>;
export type Question = z.infer<typeof QuestionSchema>;
export type Erratum = z.infer<typeof ErratumSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type KnowledgeFile = z.infer<typeof KnowledgeFileSchema>;

/** The sections of a knowledge file, in the order they are reported and listed. */
export const SECTIONS = ['sources', 'models', 'methods', 'derivations', 'capabilities', 'claims', 'questions', 'errata', 'reviews'] as const;
export type Section = (typeof SECTIONS)[number];

/** The kind of entity each section holds (singular, as users type it: `list models`, `show` output). */
export const KIND_OF_SECTION = {
  sources: 'source',
  models: 'model',
  methods: 'method',
  derivations: 'derivation',
  capabilities: 'capability',
  claims: 'claim',
  questions: 'question',
  errata: 'erratum',
  reviews: 'review',
} as const satisfies Record<Section, string>;
export type EntityKind = (typeof KIND_OF_SECTION)[Section];

/** Where an entity was defined. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** The merged, validated knowledge base that queries read. Plain data: it is what the snapshot stores. */
export interface Kb {
  sources: Source[];
  models: Model[];
  methods: Method[];
  derivations: Derivation[];
  capabilities: Capability[];
  claims: Claim[];
  questions: Question[];
  errata: Erratum[];
  reviews: Review[];
  /** Where each entity id was defined. */
  locations: Record<string, Location>;
}

/** A knowledge base with nothing in it, every section present: what assembling starts from. */
export function emptyKb(): Kb {
  return { ...(Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as Omit<Kb, 'locations'>), locations: {} };
}
