/** `gptlineage schema [which]`: the JSON Schema of the knowledge files, or of a command's JSON output. */
import { UsageError, EXIT } from '../errors.js';
import type { CommandContext } from './context.js';

export async function schemaCommand(ctx: CommandContext, which = 'knowledge'): Promise<number> {
  const schema = await schemaFor(which);
  ctx.io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}

/** The schema named `which`: knowledge, output (every document, one schema), or one kind or command. */
export async function schemaFor(which: string): Promise<object> {
  if (which === 'knowledge') return (await import('../kb/json-schema.js')).knowledgeJsonSchema();
  const { outputJsonSchema, outputKindJsonSchema, schemaNames } = await import('../output/json-schema.js');
  if (which === 'output') return outputJsonSchema();
  const schema = outputKindJsonSchema(which);
  if (!schema) throw new UsageError(`no schema named \`${which}\`; choose knowledge, output, or one of ${schemaNames().join(', ')}`, 'UNKNOWN_SCHEMA');
  return schema;
}
