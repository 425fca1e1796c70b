/**
 * fast-check generators of knowledge bases that are valid by construction: lineage is a DAG
 * (a derivation's parents come earlier), every source is cited, claims and derivations carry
 * evidence, `established` rests on strong evidence, children are released after their parents,
 * and aliases collide with nothing. Free text is arbitrary Unicode, control characters included;
 * identifier-like fields (accounts) use their own strict alphabet.
 */
import fc from 'fast-check';
import { CONFIDENCES, DIRECTIONS, EVIDENCE_KINDS, LEVELS, MECHANISMS, SOURCE_KINDS, STANCES, WEAK_EVIDENCE_KINDS } from '../../src/kb/scales.js';
import { SECTIONS, type Kb, type Section } from '../../src/kb/types.js';

type Entity = Record<string, unknown> & { id: string };

/** A generated knowledge base: entities by section, and how they are split into files. */
export interface KbSpec {
  sections: Record<Section, Entity[]>;
  /** File name → the sections of that file, each a list of entities. */
  files: Record<string, Partial<Record<Section, Entity[]>>>;
}

const STRONG_KINDS = EVIDENCE_KINDS.filter((k) => !WEAK_EVIDENCE_KINDS.includes(k));

/** Any well-formed Unicode text, 1–24 code points (controls, bidi, escapes, emoji all allowed). */
export const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }).filter((s) => !/\p{Cs}/u.test(s)); // no lone surrogates

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A derivation's account: a short label of letters (any script), digits, spaces and `. _ + - / ( ) '`. */
const accountText = fc
  .tuple(fc.constantFrom('a', 'Z', '7', 'é', '文'), fc.array(fc.constantFrom('b', ' ', '-', '.', '(', ')', "'", '文', '9'), { maxLength: 12 }))
  .map(([first, rest]) => first + rest.join(''));

/** Raw choices; `toSpec` turns them into consistent entities. */
const choices = fc.record({
  models: fc.integer({ min: 1, max: 7 }),
  methods: fc.integer({ min: 1, max: 3 }),
  capabilities: fc.integer({ min: 1, max: 3 }),
  sources: fc.integer({ min: 1, max: 3 }),
  files: fc.integer({ min: 1, max: 3 }),
  derivations: fc.array(fc.record({ to: fc.nat(), parents: fc.array(fc.nat(), { maxLength: 2 }), methods: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), confidence: pick(CONFIDENCES), account: fc.option(accountText, { nil: undefined }) }), { maxLength: 10 }),
  exhibits: fc.array(fc.record({ model: fc.nat(), capability: fc.nat(), level: pick(LEVELS), confidence: pick(CONFIDENCES) }), { maxLength: 6 }),
  causes: fc.array(fc.record({ capability: fc.nat(), on: fc.nat(), byMethod: fc.boolean(), methodScope: pick(['none', 'model', 'appliesTo'] as const), target: fc.nat(), origin: fc.boolean(), mechanism: pick(MECHANISMS), direction: pick(DIRECTIONS), confidence: pick(CONFIDENCES) }), { maxLength: 6 }),
  evidence: fc.record({ stance: pick(STANCES), kind: pick(EVIDENCE_KINDS), strong: pick(STRONG_KINDS), note: text }),
  names: fc.array(text, { minLength: 8, maxLength: 8 }),
  withAliases: fc.boolean(),
  withDates: fc.boolean(),
  sourceKind: pick(SOURCE_KINDS),
  placement: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
});

/** A valid knowledge base, split into 1–3 files. */
export const validKb: fc.Arbitrary<KbSpec> = choices.map((c) => toSpec(c, true));

/** Like validKb, but parents may be any model, itself included: lineage cycles that validation would reject. */
export const cyclicKb: fc.Arbitrary<KbSpec> = choices.map((c) => toSpec(c, false));

type Choices = typeof choices extends fc.Arbitrary<infer T> ? T : never;

function toSpec(c: Choices, acyclic: boolean): KbSpec {
  const name = (i: number) => c.names[i % c.names.length]!;
  const sources: Entity[] = range(c.sources).map((i) => ({ id: `src-${i}`, kind: c.sourceKind, title: name(i) }));
  const evidence = (i: number, confidence: string) => [
    { source: `src-${i % c.sources}`, stance: 'supports', kind: confidence === 'established' ? c.evidence.strong : c.evidence.kind, note: c.evidence.note },
  ];
  // Every source is cited at least once: model i lists source i mod n, and there are at least n models.
  const modelCount = Math.max(c.models, c.sources);
  const models: Entity[] = range(modelCount).map((i) => ({
    id: `m-${i}`,
    name: name(i),
    ...(c.withAliases ? { aliases: [`Alias-M${i}`] } : {}),
    ...(c.withDates ? { released: `${2000 + i}` } : {}),
    sources: [{ source: `src-${i % c.sources}` }],
  }));
  const methods: Entity[] = range(c.methods).map((i) => ({ id: `meth-${i}`, name: name(i + 1) }));
  const capabilities: Entity[] = range(c.capabilities).map((i) => ({ id: `cap-${i}`, name: name(i + 2), kind: i % 2 === 0 ? 'ability' : 'limitation' }));
  const derivations: Entity[] = c.derivations.map((d, i) => {
    const to = d.to % modelCount;
    // Parents come strictly earlier in model order, so the lineage is a DAG and dates increase.
    const parents = acyclic ? d.parents.filter(() => to > 0).map((p) => p % to) : d.parents.map((p) => p % modelCount);
    const from = [...new Set(parents.map((p) => `m-${p}`))];
    return {
      id: `d-${i}`,
      ...(from.length > 0 ? { from } : {}),
      to: `m-${to}`,
      methods: [...new Set(d.methods.map((m) => `meth-${m % c.methods}`))],
      ...(d.account !== undefined ? { account: d.account } : {}),
      confidence: d.confidence,
      evidence: evidence(i, d.confidence),
    };
  });
  const exhibits: Entity[] = c.exhibits.map((e, i) => ({
    id: `ex-${i}`,
    kind: 'exhibits',
    model: `m-${e.model % modelCount}`,
    capability: `cap-${e.capability % c.capabilities}`,
    level: e.level,
    statement: name(i + 3),
    confidence: e.confidence,
    evidence: evidence(i, e.confidence),
  }));
  const causes: Entity[] = c.causes.map((k, i) => ({
    id: `cause-${i}`,
    kind: k.origin ? 'origin' : 'effect',
    capability: `cap-${k.capability % c.capabilities}`,
    ...(k.byMethod || derivations.length === 0 ? methodTarget(k, `meth-${k.on % c.methods}`) : { derivation: `d-${k.on % derivations.length}` }),
    ...(k.origin ? { mechanism: k.mechanism } : { direction: k.direction }),
    statement: name(i + 4),
    confidence: k.confidence,
    evidence: evidence(i, k.confidence),
  }));
  // A method claim applies nowhere, at the one model it names, or on the derivations it lists that use the method.
  function methodTarget(k: Choices['causes'][number], method: string): Record<string, unknown> {
    if (k.methodScope === 'model') return { method, model: `m-${k.target % modelCount}` };
    const using = derivations.filter((d) => (d.methods as string[]).includes(method)).map((d) => d.id as string);
    if (k.methodScope === 'none' || using.length === 0) return { method };
    return { method, appliesTo: [...new Set([using[k.target % using.length]!, using[(k.target >> 3) % using.length]!])] };
  }
  const sections: KbSpec['sections'] = { sources, models, methods, derivations, capabilities, claims: [...exhibits, ...causes], questions: [], errata: [], reviews: [] };
  return { sections, files: splitIntoFiles(sections, c.files, c.placement) };
}

function splitIntoFiles(sections: KbSpec['sections'], count: number, placement: number[]): KbSpec['files'] {
  const files: KbSpec['files'] = {};
  let n = 0;
  for (const section of SECTIONS) {
    for (const entity of sections[section]) {
      const file = `part-${placement[n++ % placement.length]! % count}.yaml`;
      ((files[file] ??= {})[section] ??= []).push(entity);
    }
  }
  return files;
}

/** The merged knowledge base the loader should produce, for queries that skip YAML. */
export function toKb(spec: KbSpec): Kb {
  const kb = { locations: {} } as Kb;
  for (const section of SECTIONS) (kb as unknown as Record<Section, Entity[]>)[section] = [...spec.sections[section]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return kb;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Runs per property: a fixed, bounded number in CI; more locally; FC_RUNS overrides both. */
export function numRuns(ci: number, local: number): number {
  if (process.env.FC_RUNS) return Number(process.env.FC_RUNS);
  return process.env.CI ? ci : local;
}

/** The fixed seed every property starts from (FC_SEED overrides it to explore further). */
export const SEED = Number(process.env.FC_SEED ?? 20261128);
