/** `gptlineage why M CAP`: trace with a model. */
import type { CommandContext } from './context.js';
import { traceCommand, type TraceOptions } from './trace.js';

/** Why model M has (or lacks) capability CAP: the trace along M's lineage. */
export async function whyCommand(ctx: CommandContext, model: string, capability: string, opts: Omit<TraceOptions, 'model'>): Promise<number> {
  return traceCommand(ctx, capability, { ...opts, model }, 'why');
}
