/** `gptlineage show ID`. */
import { requireEntity } from '../graph/resolve.js';
import { showEntity } from '../queries/show.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Show any entity by id or alias. */
export async function showCommand(ctx: CommandContext, id: string): Promise<number> {
  const graph = await loadGraph(ctx);
  return emit(ctx, showEntity(graph, requireEntity(graph, id)));
}
