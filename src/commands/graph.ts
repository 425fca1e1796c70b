/** `gptlineage graph [--format mermaid|dot]`. */
import { lineageGraph } from '../queries/graph-view.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** The whole lineage as a picture (Mermaid by default). */
export async function graphCommand(ctx: CommandContext, opts: { format?: 'mermaid' | 'dot' }): Promise<number> {
  return emit(ctx, lineageGraph(await loadGraph(ctx)), opts.format ?? (ctx.json ? undefined : 'mermaid'));
}
