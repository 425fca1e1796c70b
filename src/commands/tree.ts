/** `gptlineage tree`. */
import { evolutionTree } from '../queries/tree.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** The whole evolution tree. */
export async function treeCommand(ctx: CommandContext): Promise<number> {
  return emit(ctx, evolutionTree(await loadGraph(ctx)));
}
