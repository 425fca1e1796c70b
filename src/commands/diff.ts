/** `gptlineage diff A B`. */
import { requireModelId } from '../graph/resolve.js';
import { diffModels } from '../queries/diff.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Compare two models. */
export async function diffCommand(ctx: CommandContext, a: string, b: string, opts: { format?: 'text' | 'mermaid' | 'dot' }): Promise<number> {
  const graph = await loadGraph(ctx);
  const result = diffModels(graph, { a: requireModelId(graph, a), b: requireModelId(graph, b), minConfidence: ctx.minConfidence });
  return emit(ctx, result, opts.format);
}
