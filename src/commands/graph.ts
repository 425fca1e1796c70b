/** `gptlineage graph [--format mermaid|dot|prov]`. */
import { lineageGraph } from '../queries/graph-view.js';
import type { CommandContext } from './context.js';
import { emit, emitProv, loadGraph } from './query-output.js';

/** The whole lineage as a picture (Mermaid by default), or as W3C PROV. */
export async function graphCommand(ctx: CommandContext, opts: { format?: 'mermaid' | 'dot' | 'prov' }): Promise<number> {
  const graph = await loadGraph(ctx);
  if (opts.format === 'prov') return emitProv(ctx, graph);
  return emit(ctx, lineageGraph(graph), opts.format ?? (ctx.json ? undefined : 'mermaid'));
}
