/**
 * 80 columns, always: every command, at 40, 80 and 120 columns, on a terminal and in a pipe,
 * prints no line (stdout or stderr) wider than the terminal. Machine formats (Mermaid, DOT, JSON,
 * shell scripts) are not text for reading and are left out: graph, schema, completion.
 */
import { describe, expect, it } from 'vitest';
import { declaredCommands } from '../robustness/support/commands.js';
import { REPO } from '../robustness/support/sandbox.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { displayWidth, runAt } from './run-at.js';

const MACHINE_FORMATS = new Set(['graph', 'schema', 'completion']);

/** Each declared command's runs, good and bad input alike: a command with none fails the suite. */
export const SAMPLES: Record<string, string[][]> = {
  trace: [['trace', 'cot'], ['trace', 'icl', '--model', 'chatgpt'], ['trace', 'gpt4'], ['trace', 'chatgpt'], ['trace', 'cot', '--verbose']],
  why: [['why', 'code-davinci-002', 'cot'], ['why', 'chatgpt', 'icl'], ['why', 'davinci', 'cot'], ['why', 'cot', 'code-davinci-002'], ['why', 'chatgpt'], ['why', 'instructgpt', 'cot']],
  questions: [['questions'], ['questions', '--about', 'cot']],
  limits: [['limits']],
  impact: [['impact', 'rlhf'], ['impact', 'fu2022-gpt-roadmap'], ['impact', 'origin-cot-code-training']],
  diff: [['diff', 'code-davinci-002', 'text-davinci-002'], ['diff', 'text-davinci-003', 'chatgpt'], ['diff', 'chatgpt', 'chatgpt'], ['diff', 'davinci', 'llama-7b'], ['diff', 'code-davinci-002', 'text-davinci-002', '--verbose']],
  matrix: [['matrix'], ['matrix', '--all'], ['matrix', '--models', 'codex']],
  lineage: [['lineage', 'chatgpt'], ['lineage', 'davinci', '--descendants']],
  tree: [['tree']],
  show: ['code-cushman-001', 'rlhf', 'origin-cot-code-training', 'erratum-instructgpt-77k', 'fu2022-gpt-roadmap', 'cot', 'd-e4-code-davinci-002', 'q-cot-origin', 'review-alignment-tax-cot-2023', 'instructgpt', 'nope'].map((id) => ['show', id]),
  list: ['models', 'capabilities', 'methods', 'derivations', 'claims', 'sources', 'questions', 'errata', 'reviews', 'modle'].map((k) => ['list', k]),
  search: [['search', 'instructgpt'], ['search', 'alignment', 'tax'], ['search', 'zzzz-nothing']],
  cite: [['cite', 'cot'], ['cite', 'fu2022-gpt-roadmap', 'chatgpt']],
  validate: [['validate']],
  init: [['init', join(tmpdir(), `gptlineage-width-${process.pid}`)]],
  help: [['help'], ['help', 'concepts'], ['help', 'trace'], ['--help'], ['diff', '--help']],
};

const COMMANDS = [...declaredCommands(join(REPO, 'bin/gptlineage.js'))];

describe('no line wider than the terminal', () => {
  it('has samples for every declared command that prints text', () => {
    expect(COMMANDS.filter((c) => !MACHINE_FORMATS.has(c) && !SAMPLES[c])).toEqual([]);
  });

  const cases = Object.values(SAMPLES).flat().flatMap((args) => [40, 80, 120].flatMap((cols) => [false, true].map((tty) => [args, cols, tty] as const)));
  it.each(cases)('%j at %i columns (terminal: %s)', async (args, columns, terminal) => {
    const r = await runAt([...args], columns, terminal);
    const lines = `${r.stdout}${r.stderr}`.split('\n');
    expect(r.stdout.length + r.stderr.length).toBeGreaterThan(0);
    expect(lines.filter((l) => displayWidth(l) > columns)).toEqual([]);
  });
});
