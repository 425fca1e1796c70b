/**
 * Run the built CLI as a child process and measure it: exit code, signal, both streams, wall
 * time and peak resident memory.
 *
 * Memory: with GNU time present (`/usr/bin/time`), the child runs as `time -f %M -o FILE node …`,
 * which records the peak RSS of the node process in KB into a file (stderr stays clean). Without
 * it, the child runs as `node --import measure-rss.mjs …`, a hook that writes
 * `process.resourceUsage().maxRSS` (KB) on exit. Both measure the node process itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** GNU time, when installed (BusyBox `time` has no -o/-f): it records the peak RSS without touching stderr. */
const GNU_TIME = (() => {
  try {
    const r = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`.includes('GNU') ? '/usr/bin/time' : undefined;
  } catch {
    return undefined;
  }
})();
const MEASURE_HOOK = join(dirname(fileURLToPath(import.meta.url)), 'measure-rss.mjs');

/** How memory is measured on this machine, for test names and reports. */
export const MEMORY_METHOD = GNU_TIME ? 'GNU time %M' : 'process.resourceUsage().maxRSS hook';

export interface RunOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Kill the child after this long: a hang guard only, generous for a loaded machine (default 120 s). */
  killAfterMs?: number;
  /** Run as this user and group (for permission tests when the suite runs as root). */
  uid?: number;
  gid?: number;
  /** Extra node options placed before the script, e.g. ['--import', guard]. */
  nodeArgs?: string[];
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size in MB, when it could be measured. */
  peakMb: number | undefined;
  timedOut: boolean;
}

/** Run `node <bin> ...args` and collect everything. Never rejects on a non-zero exit. */
export function runCli(bin: string, args: string[], options: RunOptions): Promise<RunResult> {
  const measureDir = mkdtempSync(join(tmpdir(), 'gptlineage-rss-'));
  chmodSync(measureDir, 0o777);
  const rssFile = join(measureDir, 'rss');
  const node = [...(options.nodeArgs ?? []), bin, ...args];
  const [command, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...node]] : [process.execPath, ['--import', MEASURE_HOOK, ...node]];
  const env = GNU_TIME ? options.env : { ...options.env, GPTLINEAGE_TEST_RSS_FILE: rssFile };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: options.cwd, env: env as NodeJS.ProcessEnv, uid: options.uid, gid: options.gid, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.killAfterMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const peakMb = readPeak(rssFile);
      rmSync(measureDir, { recursive: true, force: true });
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), wallMs, peakMb, timedOut });
    });
  });
}

function readPeak(file: string): number | undefined {
  try {
    // GNU time writes "Command exited with non-zero status N" before the figure; take the last number.
    const numbers = readFileSync(file, 'utf8').match(/\d+/g);
    return numbers ? Number(numbers[numbers.length - 1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Lines that look like a JavaScript stack frame (`    at fn (file:1:2)`). */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at\s.+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/.test(line));
}

/** The user to drop to for permission tests when running as root; undefined when not root. */
export function unprivileged(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}
