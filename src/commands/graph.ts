/** `gptlineage graph [--format mermaid|dot|prov]`. */
import { EXIT, UsageError } from '../errors.js';
import { lineageGraph } from '../queries/graph-view.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** The whole lineage as a picture (Mermaid by default), or as W3C PROV. */
export async function graphCommand(ctx: CommandContext, opts: { format?: 'mermaid' | 'dot' | 'prov' }): Promise<number> {
  const graph = await loadGraph(ctx);
  if (opts.format !== 'prov') return emit(ctx, lineageGraph(graph), opts.format ?? (ctx.json ? undefined : 'mermaid'));
  // PROV is its own document, with the sources and methods a picture leaves out.
  if (ctx.json) throw new UsageError('--json and --format prov cannot be combined; choose one', 'USAGE_CONFLICTING_OPTIONS');
  const [{ provDocument }, { renderProv }] = await Promise.all([import('../queries/prov.js'), import('../render/prov.js')]);
  ctx.io.stdout.write(renderProv(provDocument(graph)));
  return EXIT.ok;
}
