/** `gptlineage schema [which]`: the JSON Schema of the knowledge files, or of a command's JSON output. */
import { UsageError, EXIT } from '../errors.js';
import type { CommandContext } from './context.js';

export async function schemaCommand(ctx: CommandContext, which = 'knowledge'): Promise<number> {
  const schema = await schemaFor(which);
  ctx.io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}

/** The schema named `which`: knowledge, output (all commands), or one output kind. */
export async function schemaFor(which: string): Promise<object> {
  if (which === 'knowledge') return (await import('../kb/json-schema.js')).knowledgeJsonSchema();
  const { OUTPUT_SCHEMAS, COMMAND_KINDS } = await import('../queries/output-schemas.js');
  if (which === 'output') return OUTPUT_SCHEMAS;
  const schema = OUTPUT_SCHEMAS[COMMAND_KINDS[which] ?? which];
  if (!schema) {
    const names = [...new Set([...Object.keys(COMMAND_KINDS), ...Object.keys(OUTPUT_SCHEMAS)])].sort();
    throw new UsageError(`no schema named \`${which}\`; choose knowledge, output, or one of ${names.join(', ')}`, 'UNKNOWN_SCHEMA');
  }
  return schema;
}
