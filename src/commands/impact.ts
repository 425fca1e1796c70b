/** `gptlineage impact ID`. */
import { impactOf } from '../queries/impact.js';
import type { CommandContext } from './context.js';
import { loadKb } from './load-kb.js';
import { emit } from './query-output.js';

/** What rests on a source, method, claim or review, recomputed without it (as of `--as-of`). */
export async function impactCommand(ctx: CommandContext, id: string): Promise<number> {
  return emit(ctx, impactOf(await loadKb(ctx), id, ctx.asOf));
}
