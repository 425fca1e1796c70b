/**
 * JSON Schemas (draft 2020-12) of every command's `--json` output, keyed by the result's `kind`.
 * Written by hand against types.ts; tests validate real output against them. `gptlineage schema`
 * prints them.
 */
import { LEVELS } from '../kb/scales.js';
import { SECTIONS } from '../kb/types.js';
import * as p from './output-schema-parts.js';
import { anyObject, arr, bool, int, nullable, obj, oneOf, str, type JsonSchema } from './schema-dsl.js';
import { OUTPUT_SCHEMA_VERSION, type ResultKind } from './types.js';

const competing = obj({
  model: str,
  options: arr(obj({ derivation: str, account: nullable(str), confidence: p.confidence, level: p.concludedLevel, followed: bool })),
});

const impactState = obj({ level: nullable(p.concludedLevel), confidence: nullable(p.confidence), credits: p.ids });

const BODIES: Record<ResultKind, Record<string, JsonSchema>> = {
  trace: {
    capability: p.capabilityRef,
    model: nullable(str),
    allPaths: bool,
    minConfidence: nullable(p.confidence),
    models: arr(p.modelLevel),
    origins: arr(obj({ derivation: str, credits: p.ids, unexplained: bool, models: p.ids, confidence: nullable(p.confidence) })),
    lines: arr(obj({ target: str, steps: arr(p.traceStep) })),
    meetsAt: nullable(str),
    laterSteps: arr(p.traceStep),
    competingDerivations: arr(competing),
    competingClaims: p.ids,
    generalisations: arr(obj({ claim: str, derivations: p.ids, confidence: p.confidence })),
    assumptions: arr(p.assumption),
    questions: arr(p.questionView),
    hidden: int,
    hiddenItems: arr(obj({ kind: oneOf(['origin', 'model', 'step', 'claim']), id: str, confidence: nullable(p.confidence) })),
    truncated: bool,
    later: arr(obj({ claim: str, from: nullable(p.confidence), to: nullable(p.confidence), review: nullable(str), date: nullable(str), supports: p.ids, contradicts: p.ids, qualifies: p.ids })),
    ...p.dictionaries,
  },
  diff: {
    a: str,
    b: str,
    meetsAt: p.ids,
    sides: obj({ a: p.ids, b: p.ids }),
    differences: arr(obj({ capability: str, a: p.modelLevel, b: p.modelLevel, explainedBy: obj({ a: p.ids, b: p.ids }), unexplained: bool, confidence: nullable(p.confidence) })),
    capabilityRefs: arr(p.capabilityRef),
    minConfidence: nullable(p.confidence),
    hidden: int,
    ...p.dictionaries,
  },
  lineage: {
    model: str,
    depth: nullable(int),
    ancestors: nullable(arr(p.treeRow)),
    descendants: nullable(arr(p.treeRow)),
    taught: nullable(p.ids),
    modelRefs: arr(p.modelRef),
    derivations: arr(p.derivationView),
  },
  tree: { roots: p.ids, rows: arr(p.treeRow), modelRefs: arr(p.modelRef), derivations: arr(p.derivationView) },
  matrix: {
    rows: arr(obj({ id: str, name: str, series: nullable(str), via: nullable(str), methods: p.ids, approximatedBy: p.ids })),
    capabilities: arr(p.capabilityRef),
    cells: arr(p.matrixCell),
    assumptions: arr(p.assumption),
    minConfidence: nullable(p.confidence),
    hidden: int,
  },
  show: {
    entityKind: str,
    id: str,
    entity: anyObject,
    location: nullable(obj({ file: str, line: int, column: int })),
    related: arr(obj({ id: str, kind: str, role: str })),
    levels: arr(p.modelLevel),
    questions: arr(p.questionView),
    errata: arr(p.erratumView),
    ...p.dictionaries,
  },
  list: { section: oneOf(SECTIONS), items: arr(anyObject), umbrella: nullable(obj({ name: str, matchedBy: p.ids })) },
  search: { query: str, total: int, hits: arr(obj({ id: str, entityKind: str, label: str, field: str, snippet: str, score: int })) },
  questions: { questions: arr(p.questionView), sources: arr(p.sourceView) },
  limits: {
    limitations: arr(obj({ capability: p.capabilityRef, levels: arr(p.modelLevel), claims: p.ids })),
    claims: arr(p.claimView),
    sources: arr(p.sourceView),
  },
  cite: { entries: arr(obj({ id: str, entityKind: str, sources: p.ids })), sources: arr(p.sourceView) },
  graph: p.graphView,
  impact: {
    target: obj({ id: str, entityKind: oneOf(['source', 'method', 'claim', 'review']) }),
    asOf: nullable(str),
    restsOn: obj({ claims: p.ids, reviews: p.ids, derivations: p.ids, questions: p.ids }),
    changes: arr(
      obj({
        kind: oneOf(['level', 'grade', 'origin']),
        subject: obj({ model: str, capability: str, derivation: str, claim: str }, ['model', 'capability', 'derivation', 'claim']),
        before: nullable(impactState),
        after: nullable(impactState),
        shift: obj({ level: int, confidence: int }),
      }),
    ),
    compared: int,
  },
};

const issueView = obj({
  code: str,
  severity: oneOf(['error', 'warning']),
  file: str,
  line: nullable(int),
  column: nullable(int),
  path: nullable(str),
  message: str,
});

/** `validate --json` on stdout, and every error under `--json` on stderr. */
const OTHER_BODIES: Record<'validation' | 'error' | 'init', Record<string, JsonSchema>> = {
  init: { directory: str, files: arr(str) },
  validation: { ok: bool, files: int, entities: nullable(int), errors: int, warnings: int, issues: arr(issueView) },
  error: {
    error: obj(
      { code: str, message: str, issues: arr(obj(issueView.properties as Record<string, JsonSchema>, ['line', 'column', 'path'])), query: str, kind: str, suggestions: arr(str) },
      ['issues', 'query', 'kind', 'suggestions'],
    ),
  },
};

/** The JSON Schema of each command's output, by result kind. */
export const OUTPUT_SCHEMAS: Record<string, object> = Object.fromEntries(
  Object.entries({ ...BODIES, ...OTHER_BODIES }).map(([kind, body]) => [
    kind,
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: `gptlineage ${kind} --json output`,
      ...obj({ schemaVersion: { const: OUTPUT_SCHEMA_VERSION }, kind: { const: kind }, ...body }),
    },
  ]),
);

/** The result kind each query command prints (`why` is a trace). */
export const COMMAND_KINDS: Record<string, ResultKind | 'validation' | 'init'> = {
  trace: 'trace',
  why: 'trace',
  diff: 'diff',
  lineage: 'lineage',
  tree: 'tree',
  matrix: 'matrix',
  show: 'show',
  list: 'list',
  search: 'search',
  questions: 'questions',
  limits: 'limits',
  cite: 'cite',
  graph: 'graph',
  impact: 'impact',
  validate: 'validation',
  init: 'init',
};
