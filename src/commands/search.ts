/** `gptlineage search TEXT…`. */
import { searchKb } from '../queries/search.js';
import type { CommandContext } from './context.js';
import { UsageError } from '../errors.js';
import { emit, loadGraph } from './query-output.js';

/** Ranked search over ids, aliases, names and prose, the best `limit` (0: all); exit 1 when nothing matches. */
export async function searchCommand(ctx: CommandContext, words: string[], opts: { limit?: string }): Promise<number> {
  const limit = opts.limit === undefined ? DEFAULT_LIMIT : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit takes a whole number (0 for every match), not "${opts.limit}"`, 'INVALID_ARGUMENT');
  return emit(ctx, searchKb(await loadGraph(ctx), words.join(' '), limit));
}

const DEFAULT_LIMIT = 20;
