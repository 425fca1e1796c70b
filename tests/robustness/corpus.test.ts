/**
 * The corpus of broken and hostile knowledge, run through the built CLI (a sandbox install, see
 * support/sandbox.ts). Every case: the expected exit code and issue code, a position where one
 * exists, no stack trace, no crash, and bounded wall time and peak memory. Some cases are also
 * run through a query command (`show davinci`), which must print nothing on stdout and a JSON
 * error on stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../../src/kb/issues.js';
import type { Case } from './cases/case.js';
import { FILE_CASES } from './cases/files.js';
import { RULE_CASES } from './cases/rules.js';
import { SHAPE_CASES } from './cases/shape.js';
import { YAML_CASES } from './cases/yaml.js';
import { declaredCommands, notYet } from './support/commands.js';
import { limitConcurrency } from './support/limit.js';
import { MEMORY_METHOD, runCli, stackLines, unprivileged, type RunResult } from './support/run-cli.js';
import { createSandbox, REPO, requireBuild, type Sandbox } from './support/sandbox.js';

/** The limits every run must meet, even the alias bomb, the 50 MB file and 100,000 levels of nesting. */
export const LIMITS = { ms: 5_000, mb: 512 };

const CASES: Case[] = [...FILE_CASES, ...YAML_CASES, ...SHAPE_CASES, ...RULE_CASES];
requireBuild();
const HAS_SHOW = declaredCommands(join(REPO, 'bin/gptlineage.js')).has('show');
const slot = limitConcurrency();
const measured: Array<{ name: string; wallMs: number; peakMb: number | undefined }> = [];

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
  console.log(`corpus: ${CASES.length} cases, ${measured.length} runs, limits ${LIMITS.ms} ms and ${LIMITS.mb} MB (memory by ${MEMORY_METHOD})
slowest:\n${slowest.map(line).join('\n')}\nlargest:\n${biggest.map(line).join('\n')}\nthe bomb, the 50 MB file, 100,000 levels:\n${headline.map(line).join('\n')}`);
  sandbox?.remove();
});

describe.concurrent('robustness corpus', () => {
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
      const json = await slot(() => run(['validate', '--json', ...kbArgs()], sandbox.scratch, c.name, c.unprivileged));
      expectBounded(json, c);
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
      const text = await slot(() => run(['validate', ...kbArgs()], sandbox.scratch, `${c.name} (text)`, c.unprivileged));
      expectBounded(text, c);
      expect(text.code).toBe(c.exit);
      expect(text.stdout + text.stderr).not.toMatch(/\u001b|\u009b/); // not a terminal: no colour, no raw escapes
      for (const code of c.codes) expect(text.stdout).toContain(`  ${code}  `);
      if (c.at && c.at.line !== null) expect(text.stdout).toContain(`${join(dirName, c.at.file)}:${c.at.line}:${c.at.column}  ${c.codes[0]}`);
    });

    if (!c.query) return;
    it.skipIf(c.skip !== undefined || !HAS_SHOW)(`show davinci: ${c.name}${HAS_SHOW ? '' : ` (skipped: ${notYet('show')})`}`, async () => {
      prepared();
      const r = await slot(() => run(['show', 'davinci', '--json', ...kbArgs()], sandbox.scratch, `${c.name} (show)`, c.unprivileged));
      expectBounded(r, c);
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

async function run(args: string[], cwd: string, name: string, dropPrivileges = false): Promise<RunResult> {
  const user = dropPrivileges ? unprivileged() : undefined;
  const result = await runCli(sandbox.bin, args, { env: sandbox.env, cwd, ...user });
  measured.push({ name, wallMs: result.wallMs, peakMb: result.peakMb });
  return result;
}

/** No crash, no stack trace, within time and memory. */
function expectBounded(r: RunResult, c: Case): void {
  const limits = { ...LIMITS, ...c.limits };
  expect(r.timedOut, 'killed after the hard timeout').toBe(false);
  expect(r.signal).toBeNull();
  expect([0, 1, 2, 3], `exit ${r.code}: ${r.stderr.slice(0, 400)}`).toContain(r.code);
  expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  expect(r.stderr).not.toMatch(/internal error|FATAL ERROR|RangeError|TypeError/);
  expect(r.wallMs).toBeLessThan(limits.ms);
  if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(limits.mb);
}
