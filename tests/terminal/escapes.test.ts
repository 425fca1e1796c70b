/**
 * Terminal safety: escape sequences in knowledge text never reach the output raw, in validate
 * messages, did-you-mean suggestions and every query's text, with colour off and on; JSON
 * escapes them too. The pack (hostile-pack.ts) puts CSI, OSC, DCS, the 8-bit CSI, BEL, CR, NUL and
 * bidi overrides into every kind of text field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredCommands, notYet } from '../robustness/support/commands.js';
import { runCli, stackLines, type RunResult } from '../robustness/support/run-cli.js';
import { createSandbox, REPO, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';
import { firstRawControl, HOSTILE_BROKEN, HOSTILE_PACK, SGR } from './hostile-pack.js';

requireBuild();
const COMMANDS = declaredCommands(join(REPO, 'bin/gptlineage.js'));

/** Query command lines over the hostile pack, each shown only when its command exists. */
const QUERIES: string[][] = [
  ['show', 'evil-model'],
  ['show', 'evil-claim'],
  ['show', 'evil-src'],
  ['show', 'evil-cap'],
  ['list', 'models'],
  ['list', 'claims'],
  ['list', 'sources'],
  ['search', 'evil'],
  ['tree'],
  ['matrix'],
  ['trace', 'evil-cap'],
  ['why', 'evil-model', 'evil-cap'],
  ['diff', 'davinci', 'evil-model'],
  ['lineage', 'evil-model'],
  ['questions'],
  ['limits'],
  ['cite', 'evil-model'],
  ['graph'],
  ['graph', '--format', 'dot'],
  ['trace', 'evil-cap', '--format', 'mermaid'],
  ['cite', 'evil-model', '--format', 'bibtex'],
  ['show', 'evil'], // not found: a did-you-mean
];

let sandbox: Sandbox;
let pack: string;
let broken: string;
beforeAll(() => {
  sandbox = createSandbox();
  pack = join(sandbox.scratch, 'hostile');
  broken = join(sandbox.scratch, 'hostile-broken');
  mkdirSync(pack);
  mkdirSync(broken);
  writeFileSync(join(pack, 'evil.yaml'), HOSTILE_PACK);
  writeFileSync(join(broken, 'broken.yaml'), HOSTILE_BROKEN);
});
afterAll(() => sandbox?.remove());

const run = (args: string[], env: Record<string, string> = {}) => runCli(sandbox.bin, args, { env: { ...sandbox.env, ...env }, cwd: sandbox.scratch });

/** No raw control character anywhere; with colour on, only the tool's own SGR codes. */
function expectNeutralised(r: RunResult, colour = false): void {
  expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  for (const stream of [r.stdout, r.stderr]) expect(firstRawControl(colour ? stream.replace(SGR, '') : stream)).toBeUndefined();
}

describe('escape sequences from knowledge are neutralised', () => {
  it('the hostile pack is valid knowledge (so every query below really prints it)', async () => {
    const r = await run(['validate', '--json', '--kb', pack]);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, errors: 0 });
  });

  it('validate: unknown key, invalid value, bad id and reference, with a did-you-mean, as text', async () => {
    const r = await run(['validate', '--kb', broken]);
    expect(r.code).toBe(3);
    expectNeutralised(r);
    expect(r.stdout).toContain('UNKNOWN_KEY');
    expect(r.stdout).toContain('nam\\x1be'); // shown, escaped, not interpreted
    expect(r.stdout).toContain('Did you mean `name`?');
    expect(r.stdout).toContain('\\x1b]0;title\\x07');
  });

  it('validate with colour forced: only the tool\'s own colour codes', async () => {
    const r = await run(['validate', '--kb', broken], { FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(SGR);
    expectNeutralised(r, true);
  });

  it('validate --json: control characters only as JSON escapes', async () => {
    const r = await run(['validate', '--json', '--kb', broken]);
    expect(firstRawControl(r.stdout.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ''))).toBeUndefined(); // C0 and ESC: always escaped by JSON
    expect(JSON.parse(r.stdout).issues.some((i: { message: string }) => i.message.includes('\u001b'))).toBe(true);
  });

  it.skipIf(!COMMANDS.has('show'))(`a query's JSON error on stderr escapes C1 controls and bidi overrides too${COMMANDS.has('show') ? '' : ` (skipped: ${notYet('show')})`}`, async () => {
    const r = await run(['show', 'davinci', '--json', '--kb', broken]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(firstRawControl(r.stderr)).toBeUndefined();
    expect(JSON.parse(r.stderr).error.issues.length).toBeGreaterThan(0);
  });

  it('a query argument holding escapes is echoed escaped (text and JSON)', async () => {
    const text = await run(['show', 'davinci\u001b[2J\u009b31m']);
    expect(text.code).toBe(COMMANDS.has('show') ? 1 : 2);
    expectNeutralised(text);
    const json = await run(['show', 'davinci\u001b[2J\u009b31m', '--json']);
    expect(firstRawControl(json.stderr)).toBeUndefined();
  });

  for (const args of QUERIES) {
    const declared = COMMANDS.has(args[0]!);
    const name = args.join(' ');
    it.skipIf(!declared)(`${name}: text, colour off and forced on${declared ? '' : ` (skipped: ${notYet(args[0]!)})`}`, async () => {
      const plain = await run([...args, '--kb', pack]);
      expect([0, 1]).toContain(plain.code);
      expect(plain.stdout.length + plain.stderr.length).toBeGreaterThan(0);
      expectNeutralised(plain);
      const coloured = await run([...args, '--kb', pack], { FORCE_COLOR: '1' });
      expectNeutralised(coloured, true);
    });
  }

  it.skipIf(!COMMANDS.has('show'))('escapes are shown as visible text, not dropped', async () => {
    const r = await run(['show', 'evil-model', '--kb', pack]);
    expect(r.stdout).toContain('\\x1b[31mred\\x1b[0m');
    expect(r.stdout).toContain('\\u202e');
  });

  for (const args of QUERIES.filter((a) => !a.includes('--format'))) {
    const declared = COMMANDS.has(args[0]!);
    it.skipIf(!declared)(`${args.join(' ')} --json: ESC and other C0 controls only as JSON escapes`, async () => {
      const r = await run([...args, '--json', '--kb', pack]);
      const out = r.stdout || r.stderr; // an answer on stdout (also "nothing found", exit 1), or an error on stderr
      JSON.parse(out);
      // C1 and bidi: see the known issue below; C0 (ESC, BEL, CR, NUL) must never appear raw.
      expect(firstRawControl(out.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ''))).toBeUndefined();
    });
  }

  // JSON.stringify escapes only C0; the JSON renderers escape C1 controls and bidi overrides too.
  (COMMANDS.has('show') ? it : it.skip)('query JSON on stdout leaves no C1 control or bidi override raw', async () => {
    const r = await run(['show', 'evil-model', '--json', '--kb', pack]);
    expect(firstRawControl(r.stdout)).toBeUndefined();
  });
});
