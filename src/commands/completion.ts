/** `gptlineage completion bash|zsh|fish`: a completion script with the loaded knowledge's ids. */
import type { Graph } from '../graph/types.js';
import type { CompletionSpec, IdKind } from '../render/completion/spec.js';
import { EXIT } from '../errors.js';
import type { CommandContext } from './context.js';
import { loadGraph } from './query-output.js';

/** The shells a script can be written for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const WRITERS = {
  bash: async () => (await import('../render/completion/bash.js')).renderBashCompletion,
  zsh: async () => (await import('../render/completion/zsh.js')).renderZshCompletion,
  fish: async () => (await import('../render/completion/fish.js')).renderFishCompletion,
} satisfies Record<(typeof SHELLS)[number], unknown>;

/** Print the script for `shell`, completing commands, options and the ids of the knowledge loaded now. */
export async function completionCommand(ctx: CommandContext, shell: (typeof SHELLS)[number], spec: Omit<CompletionSpec, 'ids'>): Promise<number> {
  const ids = idsByKind(await loadGraph(ctx));
  ctx.io.stdout.write((await WRITERS[shell]())({ ...spec, ids }));
  return EXIT.ok;
}

/** Ids and aliases, sorted: models, capabilities, and every entity. */
function idsByKind(graph: Graph): Record<IdKind, string[]> {
  const names = (kind?: string) =>
    [...graph.byId.values()]
      .filter((e) => kind === undefined || e.kind === kind)
      .flatMap((e) => [e.value.id, ...('aliases' in e.value ? (e.value.aliases ?? []) : [])])
      .sort();
  return { model: names('model'), capability: names('capability'), any: names() };
}
