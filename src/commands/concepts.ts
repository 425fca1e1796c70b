/** `gptlineage help concepts`. */
import { EXIT } from '../errors.js';
import { renderConcepts } from '../render/text/concepts.js';
import { print, type CommandContext } from './context.js';

/** Print the concepts page (text only: it is documentation, not a result). */
export async function conceptsCommand(ctx: CommandContext): Promise<number> {
  const { Chalk } = await import('chalk');
  print(ctx, renderConcepts({ chalk: new Chalk({ level: ctx.color ? 1 : 0 }), columns: ctx.io.columns }));
  return EXIT.ok;
}
