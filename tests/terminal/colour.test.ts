/**
 * Colour is decided once: on a terminal as Node's tty.WriteStream#hasColors() says (off under
 * NO_COLOR, TERM=dumb, an unknown TERM, CI), off when stdout is not one, off under --json;
 * FORCE_COLOR and --color/--no-color override. Checked on `validate` of a
 * pack with one error (its issue code is coloured), piped and on a pseudo-terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../robustness/support/run-cli.js';
import { createSandbox, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';
import { SGR } from './hostile-pack.js';
import { HAS_SCRIPT, runOnTty } from './pty.js';

requireBuild();
let sandbox: Sandbox;
let pack: string;
beforeAll(() => {
  sandbox = createSandbox();
  pack = join(sandbox.scratch, 'one-error');
  mkdirSync(pack);
  writeFileSync(join(pack, 'typo.yaml'), 'models:\n  - { id: rb-typo, name: T, nmae: typo }\n');
});
afterAll(() => sandbox?.remove());

const ESC = '\u001b';

describe('colour decisions, stdout piped (not a terminal)', () => {
  const cases: Array<[string, Record<string, string>, string[], boolean]> = [
    ['default: off', {}, [], false],
    ['NO_COLOR=1: off', { NO_COLOR: '1' }, [], false],
    ['TERM=dumb: off', { TERM: 'dumb' }, [], false],
    ['FORCE_COLOR=1: on', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=0: off', { FORCE_COLOR: '0' }, [], false],
    ['FORCE_COLOR=false: off', { FORCE_COLOR: 'false' }, [], false],
    ['FORCE_COLOR=3 with NO_COLOR: on (FORCE_COLOR wins, as in Node)', { FORCE_COLOR: '3', NO_COLOR: '1' }, [], true],
    ['--color: on', {}, ['--color'], true],
    ['--no-color beats FORCE_COLOR=1', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['--json beats FORCE_COLOR=1 and --color', { FORCE_COLOR: '1' }, ['--json', '--color'], false],
  ];
  for (const [name, env, flags, coloured] of cases) {
    it(name, async () => {
      const r = await runCli(sandbox.bin, ['validate', '--kb', pack, ...flags], { env: { ...sandbox.env, ...env }, cwd: sandbox.scratch });
      expect(r.code).toBe(3);
      expect(r.stdout).toContain('UNKNOWN_KEY');
      if (coloured) expect(r.stdout).toMatch(SGR);
      else expect(r.stdout + r.stderr).not.toContain(ESC);
    });
  }
});

describe.skipIf(!HAS_SCRIPT)(`colour decisions on a terminal${HAS_SCRIPT ? '' : ' (skipped: util-linux `script` is not installed)'}`, () => {
  const tty = (env: Record<string, string>, flags: string[] = []) => runOnTty(sandbox.bin, ['validate', '--kb', pack, ...flags], { ...sandbox.env, ...env }, sandbox.scratch);

  it('default on a terminal: on', () => {
    const r = tty({ TERM: 'xterm-256color' });
    expect(r.code).toBe(3);
    expect(r.output).toContain('UNKNOWN_KEY');
    expect(r.output).toMatch(SGR);
  });

  it('NO_COLOR=1 on a terminal: off', () => {
    const r = tty({ TERM: 'xterm-256color', NO_COLOR: '1' });
    expect(r.output).toContain('UNKNOWN_KEY');
    expect(r.output).not.toContain(ESC);
  });

  it('TERM=dumb on a terminal: off', () => {
    const r = tty({ TERM: 'dumb' });
    expect(r.output).toContain('UNKNOWN_KEY');
    expect(r.output).not.toContain(ESC);
  });

  // Node's hasColors() decides on a terminal: a TERM it does not know to have colours, or CI without a known CI's name, gets none.
  it('no TERM on a terminal: off; TERM=screen or TMUX set: on', () => {
    expect(tty({}).output).not.toContain(ESC);
    expect(tty({ TERM: 'screen' }).output).toMatch(SGR);
    expect(tty({ TMUX: '/tmp/tmux-0/default,1,0' }).output).toMatch(SGR);
  });

  it('CI=true on a terminal: off, unless FORCE_COLOR', () => {
    expect(tty({ TERM: 'xterm-256color', CI: 'true' }).output).not.toContain(ESC);
    expect(tty({ TERM: 'xterm-256color', CI: 'true', FORCE_COLOR: '1' }).output).toMatch(SGR);
  });

  it('--json on a terminal: no colour in the JSON', () => {
    const r = tty({ TERM: 'xterm-256color' }, ['--json']);
    expect(r.output).not.toContain(ESC);
    expect(JSON.parse(r.output).errors).toBe(1);
  });
});
