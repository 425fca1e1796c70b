#!/usr/bin/env node
// `npm run bench:robustness`: the robustness corpus's time and memory budgets. `npm test` runs
// the same cases and asserts only their behaviour (and that each ends); this runs the corpus
// file with GPTLINEAGE_ROBUSTNESS_REPORT set, then judges every run against its budget (5 s and
// 512 MB unless a case says otherwise) and exits 1 when one is over. The machine's load is
// printed with the result: on a shared machine, read an overrun next to it.
//
//   npm run bench:robustness            after `npm run build`
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench', 'robustness.json');
mkdirSync(dirname(out), { recursive: true });

const loadBefore = loadavg()[0];
const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/robustness/corpus.test.ts'], {
  cwd: root,
  env: { ...process.env, GPTLINEAGE_ROBUSTNESS_REPORT: out },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const loadAfter = loadavg()[0];
const report = JSON.parse(readFileSync(out, 'utf8'));
const runs = report.runs;
const over = runs.filter((r) => r.wallMs > r.limits.ms || (r.peakMb ?? 0) > r.limits.mb);
const line = (r) => `  ${String(Math.round(r.wallMs)).padStart(6)} ms  ${String(Math.round(r.peakMb ?? NaN)).padStart(5)} MB  (budget ${r.limits.ms} ms, ${r.limits.mb} MB)  ${r.name}`;
const top = (key, n) => [...runs].sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0)).slice(0, n).map(line);

process.stdout.write(
  [
    `robustness corpus: ${report.cases} cases, ${runs.length} runs; memory by ${report.memoryMethod}; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
    `tests: ${vitest.status === 0 ? 'passed' : `FAILED (vitest exit ${vitest.status})`}`,
    'slowest:',
    ...top('wallMs', 8),
    'largest:',
    ...top('peakMb', 4),
    over.length === 0 ? 'every run within its budget' : `OVER BUDGET (${over.length}):`,
    ...over.map(line),
    `written to ${out}`,
    '',
  ].join('\n'),
);
process.exitCode = over.length > 0 || vitest.status !== 0 ? 1 : 0;
