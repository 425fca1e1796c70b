/** `gptlineage questions [--about ID]`. */
import { requireEntity } from '../graph/resolve.js';
import { listQuestions } from '../queries/questions.js';
import type { CommandContext } from './context.js';
import { emit, loadGraph } from './query-output.js';

/** The open questions, optionally only those about one entity. */
export async function questionsCommand(ctx: CommandContext, opts: { about?: string }): Promise<number> {
  const graph = await loadGraph(ctx);
  const about = opts.about === undefined ? undefined : requireEntity(graph, opts.about).value.id;
  return emit(ctx, listQuestions(graph, about));
}
