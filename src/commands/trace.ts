/** `gptlineage trace CAP [--model M] [--all-paths]`. */
import { UsageError } from '../errors.js';
import { findEntity, requireCapabilityId, requireModelId } from '../graph/resolve.js';
import type { Graph } from '../graph/types.js';
import { traceCapability } from '../queries/trace.js';
import type { CommandContext } from './context.js';
import { emit, emitProv, loadGraph } from './query-output.js';

/** Options of `trace` (and `why`), as commander parses them. */
export interface TraceOptions {
  model?: string;
  allPaths?: boolean;
  format?: 'text' | 'mermaid' | 'dot' | 'prov';
}

/** Trace a capability along one model's lineage or every model's. */
export async function traceCommand(ctx: CommandContext, capability: string, opts: TraceOptions, verb: 'trace' | 'why' = 'trace'): Promise<number> {
  const graph = await loadGraph(ctx);
  rejectSwapped(graph, capability, opts.model, verb);
  const cap = requireCapabilityId(graph, capability);
  const model = opts.model === undefined ? undefined : requireModelId(graph, opts.model);
  const result = traceCapability(graph, { capability: cap, model, allPaths: opts.allPaths, minConfidence: ctx.minConfidence });
  // As PROV: the models and steps of the answer, and its claims derived from their sources.
  if (opts.format === 'prov') return emitProv(ctx, graph, { models: result.modelRefs.map((m) => m.id), derivations: result.derivations.map((d) => d.id), claims: result.claims.map((c) => c.id) });
  return emit(ctx, result, opts.format);
}

/** A model typed where the capability goes (and the other way round): suggest the command meant. */
function rejectSwapped(graph: Graph, capability: string, model: string | undefined, verb: 'trace' | 'why'): void {
  const asCapability = findEntity(graph, capability);
  if (asCapability?.kind !== 'model') return;
  const asModel = model === undefined ? undefined : findEntity(graph, model);
  const m = asCapability.value.id;
  if (asModel?.kind === 'capability') {
    const c = asModel.value.id;
    const meant = verb === 'why' ? `gptlineage why ${m} ${c}` : `gptlineage trace ${c} --model ${m}`;
    throw new UsageError(`\`${m}\` is a model and \`${c}\` a capability; did you mean \`${meant}\`?`, 'SWAPPED_ARGUMENTS');
  }
  if (model === undefined)
    throw new UsageError(`\`${m}\` is a model, not a capability; try \`gptlineage why ${m} CAPABILITY\` or \`gptlineage lineage ${m}\` (\`gptlineage list capabilities\` lists the capabilities)`, 'MODEL_NOT_CAPABILITY');
}
