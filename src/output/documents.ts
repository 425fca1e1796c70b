/** Every JSON document the CLI prints: each result with its schemaVersion, the validation report, init's report and errors. */
import { z } from 'zod';
import { TraceResultSchema } from './trace.js';
import { CiteResultSchema, GraphResultSchema, ImpactResultSchema, LimitsResultSchema, ListResultSchema, QuestionsResultSchema, SearchResultSchema, ShowResultSchema } from './browse.js';
import { DiffResultSchema, LineageResultSchema, MatrixResultSchema, TreeResultSchema } from './compare.js';

/** Every query result, discriminated by `kind`. */
export const QueryResultSchema = z.discriminatedUnion('kind', [
  TraceResultSchema,
  DiffResultSchema,
  LineageResultSchema,
  TreeResultSchema,
  MatrixResultSchema,
  ShowResultSchema,
  ListResultSchema,
  SearchResultSchema,
  QuestionsResultSchema,
  LimitsResultSchema,
  CiteResultSchema,
  GraphResultSchema,
  ImpactResultSchema,
]);

export const IssueViewSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.int().nullable(),
  column: z.int().nullable(),
  path: z.string().nullable(),
  message: z.string(),
}).meta({ id: 'issue' });

/** `validate --json` on stdout. */
export const ValidationReportSchema = z.strictObject({
  kind: z.literal('validation'),
  ok: z.boolean(),
  files: z.int(),
  entities: z.int().nullable(),
  errors: z.int(),
  warnings: z.int(),
  issues: z.array(IssueViewSchema),
});

/** `init --json`: where the pack was written. */
export const InitReportSchema = z.strictObject({ kind: z.literal('init'), directory: z.string(), files: z.array(z.string()) });

/** Every error under `--json`, on stderr. */
export const ErrorReportSchema = z.strictObject({
  kind: z.literal('error'),
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    issues: z.array(IssueViewSchema.partial({ line: true, column: true, path: true })).optional(),
    query: z.string().optional(),
    kind: z.string().optional(),
    suggestions: z.array(z.string()).optional(),
  }),
});
