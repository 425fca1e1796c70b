/** The bash completion script: one function registered with `complete -F`. */
import { idVariables, shellBody } from './shell-body.js';
import type { CompletionSpec } from './spec.js';

/** A script to `source` (or save in ~/.local/share/bash-completion/completions/). */
export function renderBashCompletion(spec: CompletionSpec): string {
  const fn = `_${spec.program.replace(/\W/g, '_')}`;
  const body = shellBody(spec, fn, {
    word: '${COMP_WORDS[i]}',
    cur: '${COMP_WORDS[COMP_CWORD]}',
    prev: '${COMP_WORDS[COMP_CWORD-1]}',
    first: '1',
    last: 'COMP_CWORD',
    offerWords: 'COMPREPLY=($(compgen -W "$w" -- "$cur"))',
    offerFiles: 'COMPREPLY=($(compgen -f -- "$cur"))',
  });
  return [
    `# bash completion for ${spec.program}: eval "$(${spec.program} completion bash)" in ~/.bashrc`,
    ...idVariables(spec, fn),
    `${fn}() {`,
    ...body,
    '}',
    `complete -F ${fn} ${spec.program}`,
    '',
  ].join('\n');
}
