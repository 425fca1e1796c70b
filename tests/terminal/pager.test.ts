/** Long output is paged on a terminal, through $GPTLINEAGE_PAGER, $PAGER or less -FRX, and never in a pipe or under --json/--no-pager. */
import { afterAll, describe, expect, it } from 'vitest';
import { pagerFor } from '../../src/cli/pager.js';
import { runCli } from '../robustness/support/run-cli.js';
import { createSandbox, requireBuild } from '../robustness/support/sandbox.js';
import { HAS_SCRIPT, runOnTty } from './pty.js';

requireBuild();

describe('choosing a pager', () => {
  it('prefers $GPTLINEAGE_PAGER, then $PAGER, then less -FRX, only on a terminal', () => {
    expect(pagerFor(['tree'], {}, true)).toBe('less -FRX');
    expect(pagerFor(['tree'], { PAGER: 'more' }, true)).toBe('more');
    expect(pagerFor(['tree'], { PAGER: 'more', GPTLINEAGE_PAGER: 'most' }, true)).toBe('most');
    expect(pagerFor(['tree'], {}, false)).toBeUndefined();
    expect(pagerFor(['tree', '--no-pager'], {}, true)).toBeUndefined();
    expect(pagerFor(['tree', '--json'], {}, true)).toBeUndefined();
    expect(pagerFor(['tree'], { GPTLINEAGE_PAGER: '' }, true)).toBeUndefined();
    expect(pagerFor(['tree'], { PAGER: 'cat' }, true)).toBeUndefined();
  });
});

describe.skipIf(!HAS_SCRIPT)('paging on a real terminal', () => {
  const sandbox = createSandbox();
  const pager = { GPTLINEAGE_PAGER: "sed 's/^/paged: /'" };
  afterAll(() => sandbox.remove());

  it('sends the whole output through the pager', () => {
    const r = runOnTty(sandbox.bin, ['tree'], { ...sandbox.env, ...pager }, sandbox.scratch);
    expect(r.code).toBe(0);
    const lines = r.output.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.startsWith('paged: '))).toBe(true);
  });

  it('does not page with --no-pager', () => {
    const r = runOnTty(sandbox.bin, ['tree', '--no-pager'], { ...sandbox.env, ...pager }, sandbox.scratch);
    expect(r.output).not.toContain('paged: ');
    expect(r.output).toContain('davinci');
  });

  it('prints the output itself when the pager cannot be found', () => {
    const r = runOnTty(sandbox.bin, ['tree'], { ...sandbox.env, GPTLINEAGE_PAGER: 'no-such-pager-anywhere' }, sandbox.scratch);
    expect(r.code).toBe(0);
    expect(r.output).toContain('davinci');
  });

  it('never pages in a pipe', async () => {
    const r = await runCli(sandbox.bin, ['tree'], { env: { ...sandbox.env, ...pager }, cwd: sandbox.scratch });
    expect(r.stdout).not.toContain('paged: ');
  });
});
