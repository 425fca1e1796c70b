/** `gptlineage search TEXT…`. */
import { searchKb } from '../queries/search.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** Ranked search over ids, aliases, names and prose; exit 1 when nothing matches. */
export async function searchCommand(ctx: CommandContext, words: string[]): Promise<number> {
  return emit(ctx, searchKb(await loadGraph(ctx), words.join(' ')));
}
