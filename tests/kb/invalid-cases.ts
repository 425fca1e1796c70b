/**
 * Invalid knowledge files, each with the issue code it must produce and the line it must point
 * at. Each case is a whole small file so that the expected line is visible in the case itself.
 */
export interface InvalidCase {
  name: string;
  yaml: string | Buffer;
  code: string;
  line: number;
  /** Extra files loaded beside the case (e.g. a second file for cross-file duplicates). */
  others?: Record<string, string>;
}

const SRC = `sources:
  - { id: s1, kind: paper, title: T, arxiv: "2005.14165" }
`;
const MODELS = `models:
  - { id: m1, name: M1 }
  - { id: m2, name: M2 }
`;
const EV = '{ source: s1, stance: supports, kind: experiment, note: n }';

export const INVALID_CASES: InvalidCase[] = [
  // YAML syntax
  { name: 'unclosed flow mapping', yaml: 'models:\n  - { id: m1, name: M1\n', code: 'YAML_SYNTAX', line: 3 },
  { name: 'bad indentation', yaml: 'models:\n  - id: m1\n   name: M1\n', code: 'YAML_SYNTAX', line: 3 },
  { name: 'unterminated quoted string', yaml: 'models:\n  - id: m1\n    name: "M1\n', code: 'YAML_SYNTAX', line: 4 },
  { name: 'tab indentation', yaml: 'models:\n\t- id: m1\n', code: 'YAML_TAB_INDENT', line: 2 },
  { name: 'duplicate key', yaml: 'models:\n  - id: m1\n    name: A\n    name: B\n', code: 'YAML_DUPLICATE_KEY', line: 4 },
  { name: 'alias', yaml: 'models:\n  - &a { id: m1, name: M1 }\n  - *a\n', code: 'YAML_ALIAS', line: 3 },
  // The yaml package threw on this anchor while naming the collection key (exit 70).
  { name: 'an anchor named by a byte-order mark, inside a collection key', yaml: 'models:\n  - ? [a, &\ufeff]\n    : 1\n', code: 'YAML_SYNTAX', line: 2 },
  { name: 'js function tag', yaml: 'models:\n  - id: m1\n    name: !!js/function "() => 1"\n', code: 'YAML_TAG', line: 3 },
  { name: 'two documents', yaml: 'models: []\n---\nmodels: []\n', code: 'YAML_MULTI_DOCUMENT', line: 2 },
  { name: 'too deep', yaml: `models: ${'['.repeat(80)}${']'.repeat(80)}\n`, code: 'YAML_TOO_DEEP', line: 1 },
  // Shape
  { name: 'top level is a list', yaml: '- id: m1\n', code: 'NOT_A_MAPPING', line: 1 },
  { name: 'unknown section', yaml: 'modles:\n  - { id: m1, name: M1 }\n', code: 'UNKNOWN_KEY', line: 1 },
  { name: 'section is not a list', yaml: 'models:\n  id: m1\n', code: 'WRONG_TYPE', line: 2 },
  { name: 'unknown model key', yaml: 'models:\n  - id: m1\n    name: M1\n    paramters: 3\n', code: 'UNKNOWN_KEY', line: 4 },
  { name: 'prototype key', yaml: 'models:\n  - id: m1\n    name: M1\n    __proto__: { polluted: 1 }\n', code: 'UNKNOWN_KEY', line: 4 },
  { name: 'missing name', yaml: 'models:\n  - id: m1\n', code: 'MISSING_FIELD', line: 2 },
  { name: 'id not a slug', yaml: 'models:\n  - id: Text Davinci\n    name: M\n', code: 'INVALID_FORMAT', line: 2 },
  { name: 'id is a number', yaml: 'models:\n  - id: 42\n    name: M\n', code: 'WRONG_TYPE', line: 2 },
  { name: 'name is a list', yaml: 'models:\n  - id: m1\n    name: [a, b]\n', code: 'WRONG_TYPE', line: 3 },
  { name: 'bad date', yaml: 'models:\n  - id: m1\n    name: M\n    released: "2020-13"\n', code: 'INVALID_FORMAT', line: 4 },
  { name: 'unquoted date stays a string but a number is wrong', yaml: 'models:\n  - id: m1\n    name: M\n    released: 2020\n', code: 'INVALID_VALUE', line: 4 },
  { name: 'bad quantity unit', yaml: 'models:\n  - id: m1\n    name: M\n    parameters: { value: 5, unit: bytes }\n', code: 'INVALID_VALUE', line: 4 },
  { name: 'negative quantity', yaml: 'models:\n  - id: m1\n    name: M\n    parameters: { value: -5, unit: parameters }\n', code: 'OUT_OF_RANGE', line: 4 },
  { name: 'infinite quantity', yaml: 'models:\n  - id: m1\n    name: M\n    parameters: { value: .inf, unit: parameters }\n', code: 'WRONG_TYPE', line: 4 },
  { name: 'boolean as string', yaml: 'models:\n  - id: m1\n    name: M\n    openWeights: "yes"\n', code: 'WRONG_TYPE', line: 4 },
  { name: 'bad level', yaml: `${SRC}${MODELS}capabilities:\n  - { id: c1, name: C, kind: ability }\nclaims:\n  - { id: k1, kind: exhibits, model: m1, capability: c1, level: high, statement: s, confidence: likely, evidence: [${EV}] }\n`, code: 'INVALID_VALUE', line: 9 },
  { name: 'bad claim kind', yaml: 'claims:\n  - id: k1\n    kind: exhibit\n    statement: s\n', code: 'INVALID_VALUE', line: 3 },
  { name: 'bad confidence', yaml: `${SRC}${MODELS}derivations:\n  - { id: d1, from: [m1], to: m2, methods: [x], confidence: sure, evidence: [${EV}] }\n`, code: 'INVALID_VALUE', line: 7 },
  { name: 'bad stance', yaml: `${SRC}${MODELS}derivations:\n  - id: d1\n    to: m2\n    methods: [x]\n    confidence: likely\n    evidence:\n      - { source: s1, stance: agrees, kind: experiment, note: n }\n`, code: 'INVALID_VALUE', line: 12 },
  { name: 'bad arxiv id', yaml: 'sources:\n  - { id: s1, kind: paper, title: T, arxiv: "arXiv:2005" }\n', code: 'INVALID_FORMAT', line: 2 },
  { name: 'bad url', yaml: 'sources:\n  - { id: s1, kind: paper, title: T, url: "not a url" }\n', code: 'INVALID_FORMAT', line: 2 },
  { name: 'empty methods', yaml: `${MODELS}derivations:\n  - { id: d1, to: m2, methods: [], confidence: likely }\n`, code: 'OUT_OF_RANGE', line: 5 },
  { name: 'erratum with one reading', yaml: `${SRC}errata:\n  - { id: e1, about: [s1], readings: [{ source: s1, says: x }] }\n`, code: 'OUT_OF_RANGE', line: 4 },
  // Semantic rules
  { name: 'duplicate id across kinds', yaml: `${MODELS}capabilities:\n  - { id: m1, name: C, kind: ability }\n`, code: 'DUPLICATE_ID', line: 5 },
  { name: 'duplicate id across files', yaml: MODELS, others: { '0.yaml': 'models:\n  - { id: m1, name: Again }\n' }, code: 'DUPLICATE_ID', line: 2 },
  { name: 'alias equals an id', yaml: 'models:\n  - { id: m1, name: M1 }\n  - { id: m2, name: M2, aliases: [m1] }\n', code: 'ALIAS_COLLISION', line: 3 },
  { name: 'alias used twice', yaml: 'models:\n  - { id: m1, name: M1, aliases: [gpt] }\n  - { id: m2, name: M2, aliases: [GPT] }\n', code: 'ALIAS_COLLISION', line: 3 },
  { name: 'dangling model', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m3], to: m2, methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'DANGLING_REF', line: 9 },
  { name: 'dangling evidence source', yaml: `${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, to: m2, methods: [x], confidence: likely, evidence: [{ source: s9, stance: supports, kind: experiment, note: n }] }\n`, code: 'DANGLING_REF', line: 7 },
  { name: 'dangling question target', yaml: 'questions:\n  - { id: q1, question: Why?, about: [nothing] }\n', code: 'DANGLING_REF', line: 2 },
  { name: 'reference of the wrong kind', yaml: `${SRC}${MODELS}derivations:\n  - { id: d1, to: m2, methods: [m1], confidence: likely, evidence: [${EV}] }\n`, code: 'WRONG_KIND_REF', line: 7 },
  { name: 'self derivation', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m1], to: m1, methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'LINEAGE_CYCLE', line: 9 },
  { name: 'two-model cycle', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m1], to: m2, methods: [x], confidence: likely, evidence: [${EV}] }\n  - { id: d2, from: [m2], to: m1, methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'LINEAGE_CYCLE', line: 10 },
  { name: 'claim without evidence', yaml: `${MODELS}capabilities:\n  - { id: c1, name: C, kind: ability }\nclaims:\n  - { id: k1, kind: exhibits, model: m1, capability: c1, level: weak, statement: s, confidence: likely }\n`, code: 'CLAIM_WITHOUT_EVIDENCE', line: 7 },
  { name: 'evidence without source', yaml: `${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, to: m2, methods: [x], confidence: likely, evidence: [{ stance: supports, kind: experiment, note: n }] }\n`, code: 'EVIDENCE_WITHOUT_SOURCE', line: 7 },
  { name: 'origin without cause', yaml: `${SRC}capabilities:\n  - { id: c1, name: C, kind: ability }\nclaims:\n  - { id: k1, kind: origin, capability: c1, mechanism: injected, statement: s, confidence: likely, evidence: [${EV}] }\n`, code: 'CLAIM_WITHOUT_CAUSE', line: 6 },
  { name: 'erratum trusting two readings', yaml: `${SRC}errata:\n  - id: e1\n    about: [s1]\n    readings:\n      - { source: s1, says: a, trusted: true }\n      - { source: s1, says: b, trusted: true }\n`, code: 'ERRATUM_TRUSTS_TWO', line: 8 },
  {
    name: 'review dated before its source',
    yaml: `sources:\n  - { id: s1, kind: paper, title: T, year: 2024 }\n${MODELS}capabilities:\n  - { id: k1, name: K, kind: ability }\nclaims:\n  - { id: c1, kind: exhibits, model: m1, capability: k1, level: weak, statement: S, confidence: speculative, evidence: [${EV}] }\nreviews:\n  - id: r1\n    claim: c1\n    date: "2023-06"\n    evidence: [${EV}]\n`,
    code: 'REVIEW_BEFORE_SOURCE',
    line: 13,
  },
  {
    name: 'regrade up on argument only',
    yaml: `${SRC}${MODELS}capabilities:\n  - { id: k1, name: K, kind: ability }\nclaims:\n  - { id: c1, kind: exhibits, model: m1, capability: k1, level: weak, statement: S, confidence: speculative, evidence: [${EV}] }\nreviews:\n  - id: r1\n    claim: c1\n    date: "2024"\n    confidence: likely\n    evidence: [{ source: s1, stance: supports, kind: argument, note: n }]\n`,
    code: 'REGRADE_UNSUPPORTED',
    line: 14,
  },
  {
    name: 'scale from large to small',
    yaml: `${SRC}${MODELS}capabilities:\n  - { id: k1, name: K, kind: ability }\nclaims:\n  - id: c1\n    kind: exhibits\n    model: m1\n    capability: k1\n    level: weak\n    statement: S\n    confidence: speculative\n    evidence:\n      - { source: s1, stance: supports, kind: experiment, note: n, scale: { from: 7000000000, to: 1000000000 } }\n`,
    code: 'SCALE_REVERSED',
    line: 17,
  },
  { name: 'benchmark score in tokens', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - id: d1\n    to: m2\n    methods: [x]\n    confidence: likely\n    evidence:\n      - source: s1\n        stance: supports\n        kind: experiment\n        note: n\n        quantities:\n          - { label: score, benchmark: AIME 2024, value: 71, unit: tokens }\n`, code: 'BENCHMARK_UNIT', line: 19 },
  { name: 'percentage over 100', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - id: d1\n    to: m2\n    methods: [x]\n    confidence: likely\n    evidence:\n      - source: s1\n        stance: supports\n        kind: experiment\n        note: n\n        quantities:\n          - { label: score, benchmark: MATH-500, value: 973, unit: percent }\n`, code: 'PERCENT_OVER_100', line: 19 },
  { name: 'more active parameters than parameters', yaml: 'models:\n  - id: m1\n    name: M1\n    parameters: { value: 37, unit: parameters }\n    activeParameters: { value: 671, unit: parameters }\n', code: 'ACTIVE_EXCEEDS_TOTAL', line: 5 },
  { name: 'teacher is also the parent', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m1], to: m2, teachers: [m1], methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'TEACHER_IS_PARENT', line: 9 },
  {
    name: 'claim applies to a derivation without its method',
    yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\n  - { id: y, name: Y }\ncapabilities:\n  - { id: c1, name: C1 }\nderivations:\n  - { id: d1, from: [m1], to: m2, methods: [x], confidence: likely, evidence: [${EV}] }\nclaims:\n  - id: o1\n    kind: origin\n    capability: c1\n    method: y\n    appliesTo: [d1]\n    mechanism: injected\n    statement: S\n    confidence: likely\n    evidence: [${EV}]\n`,
    code: 'APPLIES_WITHOUT_METHOD',
    line: 18,
  },
  { name: 'dangling teacher', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m1], to: m2, teachers: [m9], methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'DANGLING_REF', line: 9 },
  // Warnings
  { name: 'released before teacher', yaml: `${SRC}models:\n  - { id: m1, name: M1, released: "2022" }\n  - { id: m2, name: M2, released: "2020-05" }\n  - { id: m3, name: M3 }\nmethods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m3], to: m2, teachers: [m1], methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'RELEASED_BEFORE_PARENT', line: 10 },
  { name: 'unnamed percentage score', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - id: d1\n    to: m2\n    methods: [x]\n    confidence: likely\n    evidence:\n      - source: s1\n        stance: supports\n        kind: experiment\n        note: n\n        quantities:\n          - { label: accuracy, value: 71, unit: percent }\n`, code: 'BENCHMARK_UNNAMED', line: 19 },
  { name: 'released before parent', yaml: `${SRC}models:\n  - { id: m1, name: M1, released: "2022" }\n  - { id: m2, name: M2, released: "2020-05" }\nmethods:\n  - { id: x, name: X }\nderivations:\n  - { id: d1, from: [m1], to: m2, methods: [x], confidence: likely, evidence: [${EV}] }\n`, code: 'RELEASED_BEFORE_PARENT', line: 9 },
  { name: 'established on argument only', yaml: `${SRC}${MODELS}methods:\n  - { id: x, name: X }\nderivations:\n  - id: d1\n    to: m2\n    methods: [x]\n    confidence: established\n    evidence: [{ source: s1, stance: supports, kind: argument, note: n }]\n`, code: 'WEAK_ESTABLISHED', line: 12 },
  { name: 'uncited source', yaml: SRC, code: 'UNCITED_SOURCE', line: 2 },
  { name: 'empty file', yaml: '', code: 'EMPTY_FILE', line: 1 },
  // Files
  {
    name: 'invalid UTF-8',
    yaml: Buffer.concat([Buffer.from('models:\n  - { id: m1, name: "'), Buffer.from([0xff]), Buffer.from('" }\n')]),
    code: 'FILE_ENCODING',
    line: 2,
  },
];
