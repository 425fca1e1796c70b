/** The indexed lineage graph that every query reads, and the conclusions inference draws from it. */
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
import type { Confidence, Level } from '../kb/scales.js';

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
  byId: Map<string, Entity>;
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
  level: Level | null;
  confidence: Confidence | null;
  /** The parent whose conclusion the chain continues from, if the level still depends on it. */
  from: string | null;
  /** Ids this step rests on: the derivation, then the claims applied (in order). */
  links: string[];
  /** Origin/effect claims for the capability applied on this derivation. */
  claims: string[];
  /** Derivation where the capability rose above `none` along this chain. */
  appearsAt: string | null;
}

/** The effective level of one (model, capability), with what it rests on. */
export interface Conclusion {
  model: string;
  capability: string;
  /** null when nothing is known (no claim and no derivation). */
  level: Level | null;
  basis: 'explicit' | 'inherited' | 'unknown';
  /** Weakest link of the chain; null when nothing is known. */
  confidence: Confidence | null;
  /** The exhibits claim, when explicit. */
  claim: string | null;
  /** The derivation inheritance follows (also computed when explicit, for comparison). */
  via: string | null;
  /** Every derivation into the model, walked for this capability, sorted by id. */
  edges: EdgeOutcome[];
  appearsAt: string | null;
}

