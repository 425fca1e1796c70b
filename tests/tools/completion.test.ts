import { describe, expect, it } from 'vitest';
import { haveTools, sh, toolsReady } from './third-party.js';

const ready = toolsReady(['bash'], 'the shell completion tests');

/** Source the bash script in a real bash, set the words typed, call its function, print the candidates. */
function complete(...words: string[]): string[] {
  const typed = words.map((w) => `'${w}'`).join(' ');
  const r = sh(`source <($GL completion bash) && COMP_WORDS=(${typed}) && COMP_CWORD=${words.length - 1} && _gptlineage && printf '%s\\n' "\${COMPREPLY[@]}"`);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe.runIf(ready)('bash completion, sourced in bash', () => {
  it('completes commands and each command\'s options', () => {
    expect(complete('gptlineage', 'tr')).toEqual(['trace', 'tree']);
    expect(complete('gptlineage', 'cite', '--u')).toEqual(['--unicode']);
    expect(complete('gptlineage', 'trace', '--')).toEqual(expect.arrayContaining(['--model', '--all-paths', '--json', '--kb']));
  });

  it('completes ids of the right kind from the loaded knowledge, at each argument position', () => {
    expect(complete('gptlineage', 'trace', 'co')).toEqual(expect.arrayContaining(['cot', 'code-generation']));
    expect(complete('gptlineage', 'trace', 'co')).not.toContain('code-davinci-002');
    expect(complete('gptlineage', 'why', 'text-davinci-00')).toEqual(['text-davinci-001', 'text-davinci-002', 'text-davinci-003']);
    expect(complete('gptlineage', '--kb', 'x', 'why', 'chatgpt', 'ic')).toEqual(['icl']);
    expect(complete('gptlineage', 'show', 'fu2022-gpt')).toEqual(['fu2022-gpt-roadmap', 'fu2022-gpt-roadmap-zh']);
  });

  it('completes option values: choices, model ids, and nothing after a free-form option', () => {
    expect(complete('gptlineage', 'cite', 'cot', '--format', '')).toEqual(['text', 'bibtex']);
    expect(complete('gptlineage', 'trace', 'cot', '--model', 'chat')).toEqual(['chat-gpt', 'chatgpt']);
    expect(complete('gptlineage', 'search', '--limit', '')).toEqual([]);
  });
});

describe.runIf(ready && haveTools(['zsh', 'fish']))('zsh and fish scripts', () => {
  it('parse in their shells', () => {
    expect(sh('f=$(mktemp) && $GL completion zsh > "$f" && zsh -n "$f"; c=$?; rm -f "$f"; exit $c').code).toBe(0);
    expect(sh('$GL completion fish | fish --no-execute').code).toBe(0);
  });
});
