/** The indexed lineage graph that every query reads, and the conclusions inference draws from it. */
import type { EntityIndex } from './entity-index.js';
import type { Regrade } from './view/types.js';
import type {
  Capability,
  Claim,
  Derivation,
  EffectClaim,
  Erratum,
  ExhibitsClaim,
  Kb,
  Method,
  Model,
  OriginClaim,
  Question,
  Review,
  Source,
} from '../kb/types.js';
import type { ConcludedLevel, Confidence } from '../kb/scales.js';
import type { AssumptionId } from './assumptions.js';

/** Any entity of the knowledge base, tagged with its kind. */
export type Entity =
  | { kind: 'source'; value: Source }
  | { kind: 'model'; value: Model }
  | { kind: 'method'; value: Method }
  | { kind: 'derivation'; value: Derivation }
  | { kind: 'capability'; value: Capability }
  | { kind: 'claim'; value: Claim }
  | { kind: 'question'; value: Question }
  | { kind: 'erratum'; value: Erratum }
  | { kind: 'review'; value: Review };

/** A claim that acts on a derivation: an origin or an effect. */
export type CauseClaim = OriginClaim | EffectClaim;

/** The knowledge base indexed once, so that queries never scan it. */
export interface Graph {
  kb: Kb;
  /** Every entity by id. */
  byId: EntityIndex;
  /** Lower-cased ids and aliases to ids. */
  names: Map<string, string>;
  models: Map<string, Model>;
  derivations: Map<string, Derivation>;
  capabilities: Map<string, Capability>;
  sources: Map<string, Source>;
  /** Derivations producing each model, sorted by id. */
  into: Map<string, Derivation[]>;
  /** Derivations each model is a parent in, sorted by id. */
  outOf: Map<string, Derivation[]>;
  /** Models in topological order (parents first, ties by id); cycle members last. */
  order: string[];
  /** Position of each model in `order`. */
  rank: Map<string, number>;
  /** `model\0capability` → exhibits claims. */
  exhibits: Map<string, ExhibitsClaim[]>;
  /** `derivation\0capability` → origin/effect claims naming that derivation. */
  byDerivation: Map<string, CauseClaim[]>;
  /** `method\0capability` → origin/effect claims naming the method and no derivation. */
  byMethod: Map<string, CauseClaim[]>;
  /**
   * Capability id → the model, derivation and method ids some claim about it is at (exhibits at
   * a model, origin/effect on a derivation or method). Most (entity, capability) pairs have none,
   * so inference asks this before building a composite key for the indexes above; by capability,
   * since inference asks about one capability at a time (a set of a few thousand ids, against a
   * map of every claimed id: isClaimed went from 1.5 s to 0.2 s of `diff` at 100k models).
   */
  claimed: Map<string, Set<string>>;
  /** Capability id → every claim about it. */
  byCapability: Map<string, Claim[]>;
  /** Entity id → claims that mention it (model, method, derivation, capability, tradedFor). */
  claimsAbout: Map<string, Claim[]>;
  /** Entity id → questions whose `about` names it. */
  questionsAbout: Map<string, Question[]>;
  /** Entity id → errata whose `about` names it. */
  errataAbout: Map<string, Erratum[]>;
  /** The view the graph was built over: its day (`--as-of`) and the grades reviews moved. */
  view?: { asOf?: string; without?: string; regrades: Regrade[] };
}

/** The conclusion of one derivation for one capability: what the model would inherit along it. */
export interface EdgeOutcome {
  derivation: string;
  /** The level before the step: `none` from scratch, else the best known parent's (`unknown` if none is known). */
  before: ConcludedLevel;
  /** `unknown` when no claim acts on the step and no parent's level is known. */
  level: ConcludedLevel;
  /** null exactly when the level is unknown. */
  confidence: Confidence | null;
  /** The parent whose conclusion the level is carried from, when it still depends on it. */
  from: string | null;
  /** The assumption the level rests on when it is carried from a parent; null when a claim sets it. */
  assumption: AssumptionId | null;
  /** Origin/effect claims for the capability that apply on this derivation (by id, or by method where their evidence is). */
  claims: string[];
  /** Claims about one of its methods whose evidence is about other derivations: not applied here. */
  generalised: string[];
  /** Derivation where the capability rose above `none` along this chain. */
  appearsAt: string | null;
}

/** What a step takes from each of its inputs: the input's level, its grade and where it appeared. */
export type ParentLevel = Pick<Conclusion, 'model' | 'level' | 'confidence' | 'appearsAt'>;

/** How a conclusion comes by its level: a claim about the model, the walk, or nothing. */
export type Basis = 'explicit' | 'inferred' | 'unknown';

/** The effective level of one (model, capability), with what it rests on. */
export interface Conclusion {
  model: string;
  capability: string;
  /** `unknown` when nothing is claimed and nothing can be carried along the lineage. */
  level: ConcludedLevel;
  basis: Basis;
  /** Weakest link of what the level rests on; null exactly when the level is unknown. */
  confidence: Confidence | null;
  /** The assumption an inferred level rests on, when it is carried from a parent. */
  assumption: AssumptionId | null;
  /** The exhibits claim, when explicit. */
  claim: string | null;
  /** The derivation inheritance follows (also computed when explicit, for comparison). */
  via: string | null;
  /** Every derivation into the model, walked for this capability, sorted by id. */
  edges: EdgeOutcome[];
  appearsAt: string | null;
}
