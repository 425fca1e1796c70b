/** `gptlineage trace CAP [--model M] [--all-paths]`. */
import { requireCapabilityId, requireModelId } from '../graph/resolve.js';
import { traceCapability } from '../queries/trace.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Options of `trace` (and `why`), as commander parses them. */
export interface TraceOptions {
  model?: string;
  allPaths?: boolean;
  format?: 'text' | 'mermaid' | 'dot';
}

/** Trace a capability along one model's lineage or every model's. */
export async function traceCommand(ctx: CommandContext, capability: string, opts: TraceOptions): Promise<number> {
  const graph = await loadGraph(ctx);
  const cap = requireCapabilityId(graph, capability);
  const model = opts.model === undefined ? undefined : requireModelId(graph, opts.model);
  const result = traceCapability(graph, { capability: cap, model, allPaths: opts.allPaths, minConfidence: ctx.minConfidence });
  return emit(ctx, result, opts.format);
}
