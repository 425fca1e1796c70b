// Scale rows: validate, trace and diff over generated packs (scripts/generate-pack.mjs), cold
// (empty cache: parse the YAML, then write the cache, like a first run) and warm (cache hit),
// with peak RSS, and the growth of each per ×10 of models.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATOR_VERSION, writePack } from '../generate-pack.mjs';
import { baseEnv, median, round1, round2, rssProbe, timeRun } from './measure.mjs';

/** The pack of `models` models under `dir`/packs, generated unless an identical one exists. */
function ensurePack(benchDir, models, progress) {
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

/** Warm runs reuse the cache the last cold trace wrote (the key covers the pack's bytes, so trace and diff share it). */
export function benchScale({ bin, root, benchDir, sizes, rounds, progress }) {
  const probe = rssProbe();
  const rows = [];
  // How loaded the machine is while the rows are timed: node -e 0 before each pack's rows.
  const baseline = [];
  for (const models of sizes) {
    const pack = { models, ...ensurePack(benchDir, models, progress) };
    for (let i = 0; i < 3; i++) baseline.push(timeRun(process.execPath, ['-e', '0'], { env: baseEnv(), cwd: root }).ms);
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
        runs.push(timeRun(process.execPath, argv[name], { env: baseEnv({ GPTLINEAGE_CACHE_DIR: cache }), cwd: root, rss: probe }));
        if (mode === 'warm') continue;
        if (name === 'trace' && i === n - 1 && readdirSync(cache).length > 0) warmCache = cache;
        else rmSync(cache, { recursive: true, force: true });
      }
      rows.push(scaleRow(name, mode, pack, runs));
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
  return { rssMethod: probe.method, rows, growth: growthOf(rows), baselineMedianMs: round1(median(baseline)) };
}

function scaleRow(command, mode, pack, runs) {
  const failed = runs.find((r) => r.status !== 0);
  return {
    command,
    mode,
    models: pack.models,
    entities: pack.manifest.entities,
    megabytes: round1(pack.manifest.bytes / 1048576),
    ok: !failed,
    ...(failed ? { failure: { status: failed.status, error: failed.error } } : {}),
    rounds: runs.length,
    medianMs: round1(median(runs.map((r) => r.ms))),
    peakRssMb: round1(Math.max(...runs.map((r) => r.rssKb ?? NaN)) / 1024),
  };
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
