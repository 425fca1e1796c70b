/**
 * The corpus of broken and hostile knowledge, run through the built CLI (a sandbox install, see
 * support/sandbox.ts). Every case: the expected exit code and issue code, a position where one
 * exists, no stack trace, no crash, and bounded wall time and peak memory. Some cases are also
 * run through a query command (`show davinci`), which must print nothing on stdout and a JSON
 * error on stderr. Each run's wall time and peak memory are measured but not asserted (a shared
 * machine makes them noisy): `npm run bench:robustness` runs this file and judges them against
 * LIMITS; with GPTLINEAGE_ROBUSTNESS_REPORT=FILE the measurements are written there as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../../src/kb/issues.js';
import type { Case } from './cases/case.js';
import { FILE_CASES } from './cases/files.js';
import { ROUND_TWO_CASES } from './cases/round-two.js';
import { RULE_CASES } from './cases/rules.js';
import { SHAPE_CASES } from './cases/shape.js';
import { YAML_CASES } from './cases/yaml.js';
import { declaredCommands, notYet } from './support/commands.js';
import { limitConcurrency } from './support/limit.js';
import { MEMORY_METHOD, runCli, stackLines, unprivileged, type RunResult } from './support/run-cli.js';
import { createSandbox, REPO, requireBuild, type Sandbox } from './support/sandbox.js';

/** The budget of every run, even the alias bomb, the 50 MB file and 100,000 levels of nesting (judged by the benchmark). */
export const LIMITS = { ms: 5_000, mb: 512 };
/** Only a hang is a test failure: a child still running after this long is killed and the case fails. */
const HANG_MS = 120_000;

const CASES: Case[] = [...FILE_CASES, ...YAML_CASES, ...SHAPE_CASES, ...RULE_CASES, ...ROUND_TWO_CASES];
/** Characters that must never reach a terminal raw: C0 but tab and newline, DEL, C1, bidi and invisible ones. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
requireBuild();
const HAS_SHOW = declaredCommands(join(REPO, 'bin/gptlineage.js')).has('show');
const slot = limitConcurrency();
const measured: Array<{ name: string; wallMs: number; peakMb: number | undefined; limits: { ms: number; mb: number } }> = [];

interface JsonIssue {
  code: IssueCode;
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: number | null;
  message: string;
}

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox();
});
afterAll(() => {
  const line = (m: (typeof measured)[number]) => `  ${m.wallMs.toFixed(0)} ms, ${m.peakMb?.toFixed(0) ?? '?'} MB  ${m.name}`;
  const slowest = [...measured].sort((a, b) => b.wallMs - a.wallMs).slice(0, 5);
  const biggest = [...measured].sort((a, b) => (b.peakMb ?? 0) - (a.peakMb ?? 0)).slice(0, 3);
  const headline = measured.filter((m) => /alias bomb|50 MB|100,000 levels/.test(m.name));
  console.log(`corpus: ${CASES.length} cases, ${measured.length} runs, budget ${LIMITS.ms} ms and ${LIMITS.mb} MB, judged by npm run bench:robustness (memory by ${MEMORY_METHOD})
slowest:\n${slowest.map(line).join('\n')}\nlargest:\n${biggest.map(line).join('\n')}\nthe bomb, the 50 MB file, 100,000 levels:\n${headline.map(line).join('\n')}`);
  const report = process.env.GPTLINEAGE_ROBUSTNESS_REPORT;
  if (report) writeFileSync(report, JSON.stringify({ memoryMethod: MEMORY_METHOD, cases: CASES.length, runs: measured }, null, 2));
  sandbox?.remove();
});

// Tests wait their turn for a child slot, so a loaded machine stretches them: only HANG_MS ends one.
describe.concurrent('robustness corpus', { timeout: 10 * HANG_MS }, () => {
  it('has at least 50 cases with distinct names, each expecting only known issue codes', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const c of CASES) for (const code of [...c.codes, ...(c.alsoAllowed ?? [])]) expect(Object.keys(ISSUE_CODES)).toContain(code);
  });

  it('the sandbox knowledge alone validates with no issue at all', async () => {
    const r = await slot(() => run(['validate', '--json'], sandbox.scratch, 'sandbox'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).issues).toEqual([]);
  });

  CASES.forEach((c, index) => {
    const dirName = `case-${String(index).padStart(3, '0')}`;
    const kbArgs = () => (c.kb ?? ['.']).flatMap((k) => ['--kb', join(dirName, k)]);
    const prepared = () => prepare(c, join(sandbox.scratch, dirName));

    it.skipIf(c.skip !== undefined)(`validate: ${c.name}`, async () => {
      prepared();
      const json = await slot(() => run(['validate', '--json', ...kbArgs()], sandbox.scratch, c.name, c));
      expectBounded(json);
      expect(json.code, json.stderr).toBe(c.exit);
      expect(json.stderr).toBe('');
      const report = JSON.parse(json.stdout) as { ok: boolean; issues: JsonIssue[] };
      expect(report.ok).toBe(c.exit === 0);
      const codes = report.issues.map((i) => i.code);
      for (const code of c.codes) expect(codes, `issues: ${JSON.stringify(report.issues.slice(0, 5))}`).toContain(code);
      const allowed = new Set<IssueCode>([...c.codes, ...(c.alsoAllowed ?? [])]);
      expect(report.issues.filter((i) => i.severity === 'error' && !allowed.has(i.code)).map((i) => i.code)).toEqual([]);
      for (const i of report.issues) expect(i.message.length).toBeGreaterThan(0);
      if (c.at && c.codes[0]) {
        const first = report.issues.find((i) => i.code === c.codes[0])!;
        const file = c.at.file === '.' ? dirName : join(dirName, c.at.file);
        const where = (f: string, line: number | null, column: number | null) => (line === null ? `${f} (no position)` : `${f}:${line}:${column}`);
        expect(where(first.file, first.line, first.column), first.message).toBe(where(file, c.at.line, c.at.line === null ? null : c.at.column));
      }
    });

    it.skipIf(c.skip !== undefined)(`validate (text): ${c.name}`, async () => {
      prepared();
      const text = await slot(() => run(['validate', ...kbArgs()], sandbox.scratch, `${c.name} (text)`, c));
      expectBounded(text);
      expect(text.code).toBe(c.exit);
      expect(text.stdout + text.stderr).not.toMatch(RAW); // not a terminal: no colour, no raw escapes
      for (const code of c.codes) expect(text.stdout).toContain(`  ${code}  `);
      if (c.at && c.at.line !== null) expect(text.stdout).toContain(`${join(dirName, c.at.file)}:${c.at.line}:${c.at.column}  ${c.codes[0]}`);
    });

    if (!c.query) return;
    it.skipIf(c.skip !== undefined || !HAS_SHOW)(`show davinci: ${c.name}${HAS_SHOW ? '' : ` (skipped: ${notYet('show')})`}`, async () => {
      prepared();
      const r = await slot(() => run(['show', 'davinci', '--json', ...kbArgs()], sandbox.scratch, `${c.name} (show)`, c));
      expectBounded(r);
      expect(r.code, r.stderr).toBe(c.exit);
      if (c.exit === 0) {
        expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: expect.any(Number) });
        return;
      }
      expect(r.stdout).toBe('');
      const error = JSON.parse(r.stderr) as { kind: string; error: { code: string; issues: JsonIssue[] } };
      expect(error).toMatchObject({ kind: 'error', error: { code: 'KB_INVALID' } });
      expect(error.error.issues.map((i) => i.code)).toContain(c.codes[0]);
    });
  });
});

/** Write a case's files and run its setup once (the validate, text and query tests share it). */
const done = new Set<string>();
function prepare(c: Case, dir: string): void {
  if (done.has(dir)) return;
  done.add(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), content);
  c.setup?.(dir);
}

async function run(args: string[], cwd: string, name: string, c?: Case): Promise<RunResult> {
  const user = c?.unprivileged ? unprivileged() : undefined;
  const result = await runCli(sandbox.bin, args, { env: sandbox.env, cwd, killAfterMs: HANG_MS, ...user });
  measured.push({ name, wallMs: result.wallMs, peakMb: result.peakMb, limits: { ...LIMITS, ...c?.limits } });
  return result;
}

/** It ends (no hang), with no crash and no stack trace. */
function expectBounded(r: RunResult): void {
  expect(r.timedOut, `still running after ${HANG_MS / 1000} s: a hang`).toBe(false);
  expect(r.signal).toBeNull();
  expect([0, 1, 2, 3], `exit ${r.code}: ${r.stderr.slice(0, 400)}`).toContain(r.code);
  expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  expect(r.stderr).not.toMatch(/internal error|FATAL ERROR|RangeError|TypeError/);
  expect(r.stdout + r.stderr).not.toMatch(RAW);
}
