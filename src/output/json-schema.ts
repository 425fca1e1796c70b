/**
 * JSON Schemas (draft 2020-12) of every JSON document, generated from the zod shapes that the
 * TypeScript result types are inferred from. Loaded only by `schema` (it needs zod).
 */
import { z } from 'zod';
import { OUTPUT_SCHEMA_VERSION } from '../queries/types.js';
import { ErrorReportSchema, InitReportSchema, QueryResultSchema, ValidationReportSchema } from './documents.js';

/** Each document: its result shape with the schemaVersion every document carries. */
const DOCUMENTS = [...QueryResultSchema.options, ValidationReportSchema, InitReportSchema, ErrorReportSchema].map((s) =>
  s.extend({ schemaVersion: z.literal(OUTPUT_SCHEMA_VERSION) }),
);

// Each kind is one entry of $defs in `schema output`, named after it, so `oneOf` reads as the list of kinds.
const NAMED = DOCUMENTS.map((d) => d.meta({ id: d.shape.kind.value }));
const KINDS: string[] = DOCUMENTS.map((d) => d.shape.kind.value);
// Commands whose document kind is not their own name.
const COMMAND_KINDS: Record<string, string> = { why: 'trace', validate: 'validation' };

/** Every name `schema <which>` accepts besides knowledge and output: kinds and the commands that print them. */
export function schemaNames(): string[] {
  return [...new Set([...KINDS, ...Object.keys(COMMAND_KINDS)])].sort();
}

const ID = `urn:gptlineage:schema:output:${OUTPUT_SCHEMA_VERSION}`;

/** One schema for every document: `oneOf` the kinds, told apart by `kind`, with shared `$defs`. */
export function outputJsonSchema(): object {
  const union = z.discriminatedUnion('kind', NAMED as unknown as [z.ZodObject, ...z.ZodObject[]]);
  return withId(z.toJSONSchema(union, { target: 'draft-2020-12', io: 'output' }), ID, 'gptlineage --json output, every command');
}

/** The schema of one kind of document (`trace`, `validation`, …) or of a command's (`why`), or undefined. */
export function outputKindJsonSchema(which: string): object | undefined {
  const kind = COMMAND_KINDS[which] ?? which;
  const doc = DOCUMENTS.find((d) => d.shape.kind.value === kind);
  return doc && withId(z.toJSONSchema(doc, { target: 'draft-2020-12', io: 'output' }), `${ID}:${kind}`, `gptlineage ${kind} --json output`);
}

function withId(schema: Record<string, unknown>, id: string, title: string): object {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, title, ...rest };
}
