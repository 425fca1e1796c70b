/** End-to-end through run() on the small fixture pack alone, each saved as a Markdown golden file (colour off). */
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-queries/run-cli.js';

const MINI = ['--no-bundled', '--kb', 'tests/fixtures/mini'];

const CASES: Array<[name: string, args: string[]]> = [
  ['trace', ['trace', 'icl', ...MINI]],
  ['diff', ['diff', 'base', 'tuned', ...MINI]],
  ['matrix', ['matrix', ...MINI]],
  ['show-alias', ['show', 'BASE-LM', ...MINI]],
  ['lineage-mermaid', ['lineage', 'tuned', '--format', 'mermaid', ...MINI]],
  ['unknown-id', ['show', 'tuneed', ...MINI]],
  ['unknown-id-json', ['trace', 'icl', '--model', 'nope', '--json', ...MINI]],
  ['usage', ['frobnicate', ...MINI]],
  ['no-pack', ['trace', 'icl', '--no-bundled']],
  ['invalid-pack', ['trace', 'icl', '--no-bundled', '--kb', 'tests/fixtures/overlay']],
];

describe('CLI golden files', () => {
  it.each(CASES)('%s', async (name, args) => {
    const r = await cli(args, { NO_COLOR: '1' });
    const fence = (s: string) => `\`\`\`\n${s}${s.endsWith('\n') || s === '' ? '' : '\n'}\`\`\``;
    const doc = `# gptlineage ${args.join(' ')}\n\nexit code: ${r.code}\n\n## stdout\n\n${fence(r.stdout)}\n\n## stderr\n\n${fence(r.stderr)}\n`;
    await expect(doc).toMatchFileSnapshot(`__golden__/${name}.md`);
  });

  it('covers every exit code', async () => {
    const codes = new Set<number>();
    for (const [, args] of CASES) codes.add((await cli(args, { NO_COLOR: '1' })).code);
    expect([...codes].sort()).toEqual([0, 1, 2, 3]);
  });
});
