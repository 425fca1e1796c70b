/** The zsh completion script: a native completion function registered with `compdef`. */
import { idVariables, shellBody } from './shell-body.js';
import type { CompletionSpec } from './spec.js';

/** A script to `source` after compinit, or to save as `_gptlineage` on $fpath. */
export function renderZshCompletion(spec: CompletionSpec): string {
  const fn = `_${spec.program.replace(/\W/g, '_')}`;
  const body = shellBody(spec, fn, {
    word: '${words[i]}',
    cur: '${words[CURRENT]}',
    prev: '${words[CURRENT-1]}',
    first: '2',
    last: 'CURRENT',
    // zsh filters the candidates by the word typed itself.
    offerWords: 'compadd -- ${=w}',
    offerFiles: '_files',
  });
  return [
    `#compdef ${spec.program}`,
    `# zsh completion for ${spec.program}: eval "$(${spec.program} completion zsh)" in ~/.zshrc, after compinit`,
    ...idVariables(spec, fn),
    `${fn}() {`,
    ...body,
    '}',
    `compdef ${fn} ${spec.program}`,
    '',
  ].join('\n');
}
