/** `gptlineage matrix [--models …] [--capabilities …]`. */
import { requireCapabilityId, requireModelIds } from '../graph/resolve.js';
import { capabilityMatrix } from '../queries/matrix.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Models × capabilities; ids may be given space- or comma-separated, and an umbrella name (`codex`) gives all its models. */
export async function matrixCommand(ctx: CommandContext, opts: { models?: string[]; capabilities?: string[]; all?: boolean }): Promise<number> {
  const graph = await loadGraph(ctx);
  const split = (list: string[] | undefined) => list?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  const models = uniq(split(opts.models)?.flatMap((m) => requireModelIds(graph, m)));
  const capabilities = split(opts.capabilities)?.map((c) => requireCapabilityId(graph, c));
  return emit(ctx, capabilityMatrix(graph, { models, capabilities, all: opts.all, minConfidence: ctx.minConfidence }));
}

function uniq(ids: string[] | undefined): string[] | undefined {
  return ids && [...new Set(ids)];
}
