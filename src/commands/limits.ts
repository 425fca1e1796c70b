/** `gptlineage limits`. */
import { listLimits } from '../queries/limits.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** What the models cannot do. */
export async function limitsCommand(ctx: CommandContext): Promise<number> {
  return emit(ctx, listLimits(await loadGraph(ctx), ctx.minConfidence));
}
