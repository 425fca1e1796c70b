// Timing and peak-memory primitives shared by the benchmarks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A clean environment: no user packs, no colour, the user's cache untouched. */
export function baseEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1' };
  for (const key of ['GPTLINEAGE_KB', 'FORCE_COLOR', 'NODE_OPTIONS', 'GPTLINEAGE_NO_CACHE', 'GPTLINEAGE_CACHE_DIR']) delete env[key];
  return { ...env, ...extra };
}

/**
 * Run `command …args` (wrapped by `rss` when given); wall time in ms, its exit status, and
 * stderr's telling line when it failed.
 */
export function timeRun(command, args, { env, cwd, rss }) {
  const [file, argv] = rss ? rss.wrap(command, args) : [command, args];
  const started = performance.now();
  const result = spawnSync(file, argv, { cwd, env: { ...env, ...(rss?.env ?? {}) }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  const status = result.status ?? (result.signal ? `signal ${result.signal}` : 'error');
  const lines = String(result.stderr ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const error = result.error ? result.error.message : (lines.find((l) => /error/i.test(l)) ?? lines[0] ?? '');
  return { ms, status, error, rssKb: rss ? rss.read() : undefined };
}

/**
 * Peak RSS of a child: GNU time's %M when /usr/bin/time exists, else a preloaded module that
 * writes the child's own process.resourceUsage().maxRSS at exit (node commands only). Both
 * report kilobytes.
 */
export function rssProbe() {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-bench-'));
  const file = join(dir, 'rss');
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const read = () => {
    try {
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      const kb = Number(lines[lines.length - 1]);
      return Number.isFinite(kb) ? kb : undefined;
    } catch {
      return undefined;
    } finally {
      rmSync(file, { force: true });
    }
  };
  if (existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', '-o', file, 'true']).status === 0) {
    return { method: '/usr/bin/time -f %M', wrap: (command, args) => ['/usr/bin/time', ['-f', '%M', '-o', file, command, ...args]], env: {}, read, dispose };
  }
  const preload = `data:text/javascript,${encodeURIComponent("import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.GPTLINEAGE_BENCH_RSS,String(process.resourceUsage().maxRSS)));")}`;
  return { method: 'process.resourceUsage().maxRSS (preloaded)', wrap: (command, args) => [command, ['--import', preload, ...args]], env: { GPTLINEAGE_BENCH_RSS: file }, read, dispose };
}

export const median = (xs) => quantile(xs, 0.5);

export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}

export const round1 = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
export const round2 = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
