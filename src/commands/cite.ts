/** `gptlineage cite ID… [--format text|bibtex]`. */
import { requireEntity } from '../graph/resolve.js';
import { citeSources } from '../queries/cite.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** The sources behind each id (a source, claim, capability, model, …). */
export async function citeCommand(ctx: CommandContext, ids: string[], opts: { format?: 'text' | 'bibtex'; unicode?: boolean }): Promise<number> {
  const graph = await loadGraph(ctx);
  return emit(ctx, citeSources(graph, ids.map((id) => requireEntity(graph, id))), opts.format, { unicode: opts.unicode });
}
