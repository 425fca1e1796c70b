#!/usr/bin/env node
// `npm run bench`: how much slower than `node -e 0` each command is, measured in one run.
//
// Each round runs `node -e 0` and then the command, for every command, so the ratio is taken pair
// by pair (the machine's noise hits both alike); the table shows medians over the rounds. With
// --scale it also times validate, trace and diff over generated packs of 1k/10k(/100k) models
// (scripts/generate-pack.mjs), cold (empty cache) and warm (cache hit), with peak RSS.
// Needs only Node; the results also go to .bench/results.json (.bench/scale.json with --no-bundled).
//
//   npm run bench                         bundled knowledge, 20 rounds
//   npm run bench -- --rounds 40 --all    more rounds, every query command
//   npm run bench -- --scale              + packs of 1k and 10k models
//   npm run bench -- --scale --sizes 1k,10k,100k --no-bundled
//   npm run bench -- --json               the results as JSON on stdout
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, parseSize, writePack } from './generate-pack.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gptlineage.js');
const benchDir = join(root, '.bench');

/** Bundled-knowledge rows: [label, argv, target ratio, stretch]. */
const CORE = [
  ['--version', ['--version'], null],
  ['trace cot --json', ['trace', 'cot', '--json'], 1.5, 1.3],
  ['diff code-davinci-002 text-davinci-002 --json', ['diff', 'code-davinci-002', 'text-davinci-002', '--json'], 2],
  ['matrix', ['matrix'], 2],
  ['validate', ['validate'], 4],
  // The whole YAML + zod pipeline, as when a knowledge file has changed since the build.
  ['validate --no-cache', ['validate', '--no-cache'], 4],
];
const MORE = [
  ['trace cot', ['trace', 'cot'], 2],
  ['why text-davinci-002 cot', ['why', 'text-davinci-002', 'cot'], 2],
  ['lineage text-davinci-002', ['lineage', 'text-davinci-002'], 2],
  ['tree', ['tree'], 2],
  ['show cot', ['show', 'cot'], 2],
  ['list models', ['list', 'models'], 2],
  ['search instruction', ['search', 'instruction'], 2],
  ['graph --format dot', ['graph', '--format', 'dot'], 2],
  ['questions', ['questions'], 2],
  ['cite cot', ['cite', 'cot'], 2],
  ['schema', ['schema'], 2],
];

function parseArgs(argv) {
  const args = { rounds: 20, scaleRounds: 3, json: false, scale: false, all: false, bundled: true, sizes: [1000, 10000] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--rounds') args.rounds = count(value(), flag);
    else if (flag === '--scale-rounds') args.scaleRounds = count(value(), flag);
    else if (flag === '--json') args.json = true;
    else if (flag === '--scale') args.scale = true;
    else if (flag === '--all') args.all = true;
    else if (flag === '--no-bundled') args.bundled = false;
    else if (flag === '--sizes') args.sizes = value().split(',').map(parseSize);
    else if (flag === '--out') args.out = resolve(value());
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`unknown option ${argv[i]} (try --help)`);
  }
  if (args.sizes.some((n) => !(n > 0))) throw new Error('--sizes takes model counts such as 1k,10k,100k');
  args.out ??= join(benchDir, args.bundled ? 'results.json' : 'scale.json');
  return args;
}

function count(text, flag) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number of rounds, not ${text}`);
  return n;
}

const HELP = `usage: node scripts/bench.mjs [options]
  --rounds N        rounds for the bundled rows (default 20; each is node -e 0 then the command)
  --all             also time every other query command on the bundled knowledge
  --scale           also time validate/trace/diff over generated packs (--kb)
  --sizes 1k,10k    pack sizes for --scale (default 1k,10k; add 100k to measure it: minutes)
  --scale-rounds N  rounds per scale row (default 3; 100k always runs once)
  --no-bundled      skip the bundled rows
  --json            print the results as JSON instead of tables
  --out FILE        where to write the JSON (default .bench/results.json, or .bench/scale.json
                    with --no-bundled)
`;

/** A clean environment: no user packs, no colour, the user's cache untouched. */
function baseEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...extra };
  for (const key of ['GPTLINEAGE_KB', 'FORCE_COLOR', 'NODE_OPTIONS', 'GPTLINEAGE_NO_CACHE', 'GPTLINEAGE_CACHE_DIR']) delete env[key];
  return { ...env, ...extra };
}

/** Run `node …argv`; wall time in ms, its exit status, and stderr's telling line when it failed. */
function timeRun(argv, env, rss) {
  const [command, args] = rss ? rss.wrap(argv) : [process.execPath, argv];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...(rss?.env ?? {}) }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  const status = result.status ?? (result.signal ? `signal ${result.signal}` : 'error');
  const lines = String(result.stderr ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const error = result.error ? result.error.message : (lines.find((l) => /error/i.test(l)) ?? lines[0] ?? '');
  return { ms, status, error, rssKb: rss ? rss.read() : undefined };
}

/**
 * Peak RSS of a child: GNU time's %M when /usr/bin/time exists, else a preloaded module that
 * writes the child's own process.resourceUsage().maxRSS at exit. Both report kilobytes.
 */
function rssProbe() {
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
    return { method: '/usr/bin/time -f %M', wrap: (argv) => ['/usr/bin/time', ['-f', '%M', '-o', file, process.execPath, ...argv]], env: {}, read, dispose };
  }
  const preload = `data:text/javascript,${encodeURIComponent("import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.GPTLINEAGE_BENCH_RSS,String(process.resourceUsage().maxRSS)));")}`;
  return { method: 'process.resourceUsage().maxRSS (preloaded)', wrap: (argv) => [process.execPath, ['--import', preload, ...argv]], env: { GPTLINEAGE_BENCH_RSS: file }, read, dispose };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The bundled rows: every round runs `node -e 0` then the command, for each command in turn. */
function benchBundled(rows, rounds, progress) {
  const env = baseEnv();
  const results = rows.map(([label, argv, target, stretch]) => ({ label, argv, target, stretch, samples: [], baseline: [], ratios: [] }));
  // Two unmeasured rounds warm the file cache and tell which commands fail.
  for (let warm = 0; warm < 2; warm++) {
    for (const r of results) {
      if (r.failed) continue;
      const run = timeRun([bin, ...r.argv], env);
      if (run.status !== 0) r.failed = { status: run.status, error: run.error };
    }
    timeRun(['-e', '0'], env);
  }
  for (let round = 0; round < rounds; round++) {
    progress(`round ${round + 1}/${rounds}`);
    for (const r of results) {
      if (r.failed) continue;
      const base = timeRun(['-e', '0'], env);
      const run = timeRun([bin, ...r.argv], env);
      if (run.status !== 0) {
        r.failed = { status: run.status, error: run.error };
        continue;
      }
      r.baseline.push(base.ms);
      r.samples.push(run.ms);
      r.ratios.push(run.ms / base.ms);
    }
  }
  return results.map((r) => ({
    command: r.label,
    argv: r.argv,
    ok: !r.failed,
    ...(r.failed ? { failure: r.failed } : {}),
    rounds: r.samples.length,
    medianMs: round1(median(r.samples)),
    baselineMedianMs: round1(median(r.baseline)),
    ratio: round2(median(r.ratios)),
    ratioP25: round2(quantile(r.ratios, 0.25)),
    ratioP75: round2(quantile(r.ratios, 0.75)),
    target: r.target,
    ...(r.stretch ? { stretch: r.stretch } : {}),
    met: r.failed || r.target == null ? null : median(r.ratios) <= r.target,
  }));
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const round1 = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
const round2 = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

/** The pack of `models` models under .bench/packs, generated unless an identical one exists. */
function ensurePack(models, progress) {
  const dir = join(benchDir, 'packs', `gen-${models}`);
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    if (m.generator === GENERATOR_VERSION && m.models === models && m.seed === 1) return { dir, manifest: m };
  } catch {
    // not generated yet
  }
  progress(`generating a pack of ${models} models`);
  return { dir, manifest: writePack(dir, models, 1) };
}

/**
 * Scale rows: validate, trace and diff over each pack. Cold runs start from an empty cache
 * directory (so they parse the YAML and write the cache, like a first run); warm runs reuse the
 * cache the last cold trace wrote (the key covers the pack's bytes, so trace and diff share it).
 */
function benchScale(sizes, rounds, progress) {
  const probe = rssProbe();
  const packs = sizes.map((n) => ({ models: n, ...ensurePack(n, progress) }));
  const rows = [];
  for (const pack of packs) {
    const { query } = pack.manifest;
    const kb = ['--kb', pack.dir];
    const argv = {
      validate: [bin, 'validate', ...kb],
      trace: [bin, 'trace', query.traceCapability, '--model', query.traceModel, '--json', ...kb],
      diff: [bin, 'diff', query.diff[0], query.diff[1], '--json', ...kb],
    };
    const n = pack.models >= 100000 ? 1 : rounds;
    let warmCache;
    const measure = (name, mode) => {
      progress(`${name} ${mode} over ${pack.models} models (${n} round${n > 1 ? 's' : ''})`);
      const runs = [];
      for (let i = 0; i < n; i++) {
        const cache = mode === 'warm' ? warmCache : mkdtempSync(join(tmpdir(), 'gptlineage-bench-cache-'));
        runs.push(timeRun(argv[name], baseEnv({ GPTLINEAGE_CACHE_DIR: cache }), probe));
        if (mode === 'warm') continue;
        if (name === 'trace' && i === n - 1 && readdirSync(cache).length > 0) warmCache = cache;
        else rmSync(cache, { recursive: true, force: true });
      }
      const failed = runs.find((r) => r.status !== 0);
      rows.push({
        command: name,
        mode,
        models: pack.models,
        entities: pack.manifest.entities,
        megabytes: round1(pack.manifest.bytes / 1048576),
        ok: !failed,
        ...(failed ? { failure: { status: failed.status, error: failed.error } } : {}),
        rounds: runs.length,
        medianMs: round1(median(runs.map((r) => r.ms))),
        peakRssMb: round1(Math.max(...runs.map((r) => r.rssKb ?? NaN)) / 1024),
      });
    };
    measure('validate', 'cold');
    measure('trace', 'cold');
    measure('diff', 'cold');
    if (warmCache) {
      measure('trace', 'warm');
      measure('diff', 'warm');
      rmSync(warmCache, { recursive: true, force: true });
    }
  }
  probe.dispose();
  return { rssMethod: probe.method, rows, growth: growthOf(rows) };
}

/** Time and RSS factor per ×10 of models, for each command and mode. */
function growthOf(rows) {
  const out = [];
  for (const r of rows) {
    const next = rows.find((s) => s.command === r.command && s.mode === r.mode && s.models === r.models * 10);
    if (!next || !r.ok || !next.ok) continue;
    out.push({ command: r.command, mode: r.mode, from: r.models, to: next.models, time: round2(next.medianMs / r.medianMs), rss: round2(next.peakRssMb / r.peakRssMb), met: next.medianMs / r.medianMs <= 11 });
  }
  return out;
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms = (x) => (x == null ? '—' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);

function printBundled(rows, rounds) {
  const lines = rows.map((r) =>
    r.ok
      ? [r.command, ms(r.medianMs), ms(r.baselineMedianMs), `${r.ratio.toFixed(2)}×`, `${r.ratioP25.toFixed(2)}–${r.ratioP75.toFixed(2)}`, r.target == null ? '—' : `≤ ${r.target}×${r.stretch ? ` (${r.stretch}×)` : ''}`, r.met == null ? '' : r.met ? 'met' : 'NOT MET']
      : [r.command, 'failed', '', '', '', r.target == null ? '—' : `≤ ${r.target}×`, `exit ${r.failure.status}: ${r.failure.error.slice(0, 60)}`],
  );
  return `Bundled knowledge: median of ${rounds} rounds, each command paired with node -e 0\n${table(['command', 'median', 'node -e 0', 'ratio', 'p25–p75', 'target', ''], lines)}`;
}

function printScale(scale) {
  const sizes = [...new Set(scale.rows.map((r) => r.models))];
  const label = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const keys = [...new Set(scale.rows.map((r) => `${r.command} ${r.mode}`))];
  const lines = keys.map((k) => {
    const cells = sizes.map((n) => scale.rows.find((r) => `${r.command} ${r.mode}` === k && r.models === n));
    const growth = scale.growth.filter((g) => `${g.command} ${g.mode}` === k).map((g) => `×${g.time.toFixed(1)}`).join(' / ') || '—';
    return [k, ...cells.map((c) => (!c ? '' : c.ok ? ms(c.medianMs) : `failed (exit ${c.failure.status})`)), growth, ...cells.map((c) => (c?.ok && c.peakRssMb != null ? `${Math.round(c.peakRssMb)}` : '—'))];
  });
  const packs = sizes.map((n) => {
    const r = scale.rows.find((x) => x.models === n);
    return `${label(n)} = ${r.entities} entities, ${r.megabytes} MB`;
  });
  const headers = ['command', ...sizes.map((n) => `${label(n)} time`), 'per ×10', ...sizes.map((n) => `${label(n)} RSS MB`)];
  return `Generated packs (--kb; ${packs.join('; ')}); peak RSS by ${scale.rssMethod}\n${table(headers, lines)}`;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first\n');
    process.exitCode = 1;
    return;
  }
  const progress = (text) => process.stderr.isTTY && process.stderr.write(`\r\x1b[K${text}`);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    rounds: args.rounds,
  };
  if (args.bundled) results.bundled = benchBundled(args.all ? [...CORE, ...MORE] : CORE, args.rounds, progress);
  if (args.scale) results.scale = benchScale(args.sizes, args.scaleRounds, progress);
  progress('');
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const parts = [`Node ${results.node}, ${results.cpus}`];
  if (results.bundled) parts.push(printBundled(results.bundled, args.rounds));
  if (results.scale) parts.push(printScale(results.scale));
  parts.push(`Written to ${args.out}`);
  process.stdout.write(`${parts.join('\n\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 2;
}
