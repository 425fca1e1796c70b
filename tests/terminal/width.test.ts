/**
 * A 40-column terminal does not break the tables: every line of every table (head, rule, rows)
 * fits in 40 columns, counting wide characters twice, for long names, long ids and CJK text.
 * Width comes from COLUMNS when stdout is piped, and from the terminal itself on a pseudo-terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredCommands, notYet } from '../robustness/support/commands.js';
import { runCli } from '../robustness/support/run-cli.js';
import { createSandbox, REPO, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';
import { SGR } from './hostile-pack.js';
import { HAS_SCRIPT, runOnTty } from './pty.js';

requireBuild();
const COMMANDS = declaredCommands(join(REPO, 'bin/gptlineage.js'));
const WIDTH = 40;

const WIDE_PACK = `sources:
  - { id: wide-source-with-a-long-identifier, kind: paper, title: "大規模言語モデルの能力はどこから来たのか — a very long title that must wrap somewhere sensible", year: 2022 }
models:
  - id: wide-model-with-an-unusually-long-identifier
    name: "An extraordinarily long model name that cannot possibly fit in forty columns of terminal"
    aliases: [wide]
    released: "2022-11"
    sources: [{ source: wide-source-with-a-long-identifier }]
  - { id: cjk-model, name: "中文模型名称非常非常非常长的名字用于测试宽字符", released: "2022-12" }
methods:
  - { id: wide-method, name: "A method whose name goes on and on well past the edge" }
capabilities:
  - { id: wide-capability-with-a-long-identifier, name: "能力 with mixed 宽 and narrow text, long enough to wrap", kind: ability }
derivations:
  - { id: d-wide, from: [davinci], to: wide-model-with-an-unusually-long-identifier, methods: [wide-method], confidence: likely, evidence: [{ source: wide-source-with-a-long-identifier, stance: supports, kind: documentation, note: "A note that is long enough to need wrapping in a narrow terminal window." }] }
  - { id: d-cjk, from: [wide-model-with-an-unusually-long-identifier], to: cjk-model, methods: [wide-method], confidence: hypothesis, evidence: [{ source: wide-source-with-a-long-identifier, stance: supports, kind: argument, note: "宽字符的证据说明" }] }
claims:
  - { id: wide-claim, kind: exhibits, model: wide-model-with-an-unusually-long-identifier, capability: wide-capability-with-a-long-identifier, level: strong, statement: "The wide model shows the wide capability strongly, as this long statement explains.", confidence: likely, evidence: [{ source: wide-source-with-a-long-identifier, stance: supports, kind: experiment, note: "Measured." }] }
  - { id: cjk-claim, kind: exhibits, model: cjk-model, capability: base-icl, level: weak, statement: "中文陈述", confidence: speculative, evidence: [{ source: wide-source-with-a-long-identifier, stance: supports, kind: anecdote, note: "轶事" }] }
`;

/** Table commands over the wide pack. */
const TABLES: string[][] = [
  ['list', 'models'],
  ['list', 'claims'],
  ['list', 'sources'],
  ['list', 'capabilities'],
  ['list', 'derivations'],
  ['matrix'],
  ['show', 'wide-model-with-an-unusually-long-identifier'],
  ['show', 'davinci'],
  ['diff', 'davinci', 'cjk-model'],
  ['search', 'wide'],
];

/** Known to overflow today (src/render/text/table.ts keeps every column at least 8 wide: five columns need 50). */
/** Columns a line takes: colour codes ignored, East Asian wide characters and emoji counted twice. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line.replace(SGR, '')) {
    const cp = ch.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}|\u200d/u.test(ch)) continue;
    width += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f300 ? 2 : 1;
  }
  return width;
}

/** The lines of every table in `output`: the head above a rule of `─`, the rule, and the rows down to a blank line. */
export function tableLines(output: string): string[] {
  const lines = output.replace(SGR, '').split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (!/^\s*─+(\s+─+)*\s*$/.test(line)) return;
    found.push(lines[i - 1] ?? '', line);
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ''; j++) found.push(lines[j]!);
  });
  return found;
}

let sandbox: Sandbox;
let pack: string;
beforeAll(() => {
  sandbox = createSandbox();
  pack = join(sandbox.scratch, 'wide');
  mkdirSync(pack);
  writeFileSync(join(pack, 'wide.yaml'), WIDE_PACK);
});
afterAll(() => sandbox?.remove());

describe(`tables fit a ${WIDTH}-column terminal`, () => {
  it('the wide pack is valid knowledge', async () => {
    const r = await runCli(sandbox.bin, ['validate', '--json', '--kb', pack], { env: sandbox.env, cwd: sandbox.scratch });
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  for (const args of TABLES) {
    const name = args.join(' ');
    const declared = COMMANDS.has(args[0]!);
    const test = declared ? it : it.skip;
    test(`${name}, COLUMNS=${WIDTH}${declared ? '' : ` (skipped: ${notYet(args[0]!)})`}`, async () => {
      const r = await runCli(sandbox.bin, [...args, '--kb', pack], { env: { ...sandbox.env, COLUMNS: String(WIDTH) }, cwd: sandbox.scratch });
      expect([0, 1]).toContain(r.code);
      // A table; or, when even the narrowest table would not fit, one record per row, whose lines
      // may pass the width only by a single token that cannot be broken (a long id).
      const table = tableLines(r.stdout);
      const lines = table.length > 0 ? table : r.stdout.replace(SGR, '').split('\n');
      expect(r.stdout.trim().length, 'no output').toBeGreaterThan(0);
      const unbreakable = (l: string) => table.length === 0 && /^\s*(\S+:\s)?\S+$/.test(l);
      expect(lines.filter((l) => displayWidth(l) > WIDTH && !unbreakable(l))).toEqual([]);
    });
  }

  it.skipIf(!HAS_SCRIPT || !COMMANDS.has('matrix'))('matrix on a real 40-column terminal (the width comes from the terminal)', () => {
    const r = runOnTty(sandbox.bin, ['matrix', '--kb', pack], { ...sandbox.env, TERM: 'xterm-256color' }, sandbox.scratch, WIDTH);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(SGR); // a terminal: coloured
    // A table, or one record per row when the table would chop words into slivers: either way, nothing wider.
    const lines = r.output.replace(SGR, '').split('\n');
    expect(lines.some((l) => l.includes('wide-model'))).toBe(true);
    expect(lines.filter((l) => displayWidth(l) > WIDTH)).toEqual([]);
  });

  it('the display-width measure counts wide characters twice and ignores colour', () => {
    expect(displayWidth('\u001b[1mab\u001b[0m')).toBe(2);
    expect(displayWidth('中文')).toBe(4);
    expect(tableLines('x\n  a  b\n  ─  ─\n  1  2\n\nfooter')).toEqual(['  a  b', '  ─  ─', '  1  2']);
  });
});
