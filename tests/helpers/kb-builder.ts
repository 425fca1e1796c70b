/** A tiny builder for in-memory knowledge bases: `kb().model('a').derivation(...).build()`. */
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
  Source,
} from '../../src/kb/types.js';
import type { Level } from '../../src/kb/scales.js';

type Rest<T, K extends keyof T> = Partial<Omit<T, K>>;
const EVIDENCE = [{ source: 'paper', stance: 'supports' as const, kind: 'observation' as const, note: 'seen in the paper' }];

/** Start an empty knowledge base; methods, capabilities and the `paper` source are added when referenced. */
export function kb(): KbBuilder {
  return new KbBuilder();
}

export class KbBuilder {
  private readonly data: Kb = { sources: [], models: [], methods: [], derivations: [], capabilities: [], claims: [], questions: [], errata: [], reviews: [], locations: {} };

  source(id: string, rest: Rest<Source, 'id'> = {}): this {
    this.data.sources.push({ id, kind: 'paper', title: `Title of ${id}`, ...rest });
    return this;
  }
  model(id: string, rest: Rest<Model, 'id'> = {}): this {
    this.data.models.push({ id, name: id.toUpperCase(), ...rest });
    return this;
  }
  method(id: string, rest: Rest<Method, 'id'> = {}): this {
    this.data.methods.push({ id, name: id, ...rest });
    return this;
  }
  capability(id: string, rest: Rest<Capability, 'id'> = {}): this {
    this.data.capabilities.push({ id, name: id, kind: 'ability', ...rest });
    return this;
  }
  /** A derivation `from` → `to` (from scratch when `from` is empty). */
  derivation(id: string, from: string[], to: string, methods: string[], rest: Rest<Derivation, 'id' | 'to' | 'methods'> = {}): this {
    this.data.derivations.push({ id, ...(from.length > 0 ? { from } : {}), to, methods, confidence: 'established', ...rest });
    return this;
  }
  exhibits(id: string, model: string, capability: string, level: Level, rest: Rest<ExhibitsClaim, 'id' | 'kind'> = {}): this {
    return this.claim({ id, kind: 'exhibits', model, capability, level, statement: `${model} ${level} ${capability}`, confidence: 'established', evidence: EVIDENCE, ...rest });
  }
  origin(id: string, capability: string, rest: Rest<OriginClaim, 'id' | 'kind'>): this {
    return this.claim({ id, kind: 'origin', capability, mechanism: 'injected', statement: `${id} credits ${capability}`, confidence: 'established', evidence: EVIDENCE, ...rest });
  }
  effect(id: string, capability: string, direction: EffectClaim['direction'], rest: Rest<EffectClaim, 'id' | 'kind'>): this {
    return this.claim({ id, kind: 'effect', capability, direction, statement: `${id} ${direction} ${capability}`, confidence: 'established', evidence: EVIDENCE, ...rest });
  }
  question(id: string, about: string[], rest: Rest<Question, 'id' | 'about'> = {}): this {
    this.data.questions.push({ id, question: `Question ${id}?`, about, ...rest });
    return this;
  }
  erratum(id: string, about: string[], rest: Rest<Erratum, 'id' | 'about'> = {}): this {
    this.data.errata.push({ id, about, readings: [{ source: 'paper', says: 'A', trusted: true }, { source: 'paper', says: 'B' }], ...rest });
    return this;
  }
  claim(claim: Claim): this {
    this.data.claims.push(claim);
    return this;
  }

  build(): Kb {
    const kb = structuredClone(this.data);
    const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
    for (const d of kb.derivations) for (const m of d.methods) if (!has(kb.methods, m)) kb.methods.push({ id: m, name: m });
    for (const c of kb.claims) if (!has(kb.capabilities, c.capability)) kb.capabilities.push({ id: c.capability, name: c.capability, kind: 'ability' });
    if (!has(kb.sources, 'paper')) kb.sources.push({ id: 'paper', kind: 'paper', title: 'The paper', authors: ['A. Author'], year: 2022 });
    return kb;
  }
}
