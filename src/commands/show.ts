/** `gptlineage show ID`. */
import { findEntity, findUmbrella, requireEntity } from '../graph/resolve.js';
import { listUmbrella } from '../queries/list.js';
import { showEntity } from '../queries/show.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Show any entity by id or alias; an umbrella name (`instructgpt`) lists the models it covers. */
export async function showCommand(ctx: CommandContext, id: string): Promise<number> {
  const graph = await loadGraph(ctx);
  const umbrella = findEntity(graph, id) ? undefined : findUmbrella(graph, id);
  if (umbrella) return emit(ctx, listUmbrella(graph, umbrella));
  return emit(ctx, showEntity(graph, requireEntity(graph, id)));
}
