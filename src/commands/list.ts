/** `gptlineage list KIND`. */
import { UsageError } from '../errors.js';
import { listEntities, sectionFor } from '../queries/list.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Every entity of one kind. */
export async function listCommand(ctx: CommandContext, kind: string): Promise<number> {
  const section = sectionFor(kind);
  if (!section) throw new UsageError(`unknown kind "${kind}"; use models, capabilities, methods, derivations, claims, sources, questions or errata`, 'USAGE_INVALID_ARGUMENT');
  return emit(ctx, listEntities(await loadGraph(ctx), section));
}
