/** `gptlineage lineage M [--ancestors|--descendants] [--depth N]`. */
import { requireModelId } from '../graph/resolve.js';
import { lineageOf } from '../queries/lineage.js';
import type { CommandContext } from './context.js';
import { emit, emitProv, loadGraph } from './query-output.js';

/** Options of `lineage`, as commander parses them. */
export interface LineageOptions {
  ancestors?: boolean;
  descendants?: boolean;
  depth?: number;
  format?: 'text' | 'mermaid' | 'dot' | 'prov';
}

/** Ancestors and descendants of a model. */
export async function lineageCommand(ctx: CommandContext, model: string, opts: LineageOptions): Promise<number> {
  const graph = await loadGraph(ctx);
  const result = lineageOf(graph, { model: requireModelId(graph, model), ancestors: opts.ancestors, descendants: opts.descendants, depth: opts.depth });
  // As PROV: the models and derivations the trees show, with their methods and sources.
  if (opts.format === 'prov') return emitProv(ctx, graph, { models: result.modelRefs.map((m) => m.id), derivations: result.derivations.map((d) => d.id) });
  return emit(ctx, result, opts.format);
}
