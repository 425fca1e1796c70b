#!/usr/bin/env node
// Launcher, on every run's start-up path; CommonJS (see bin/package.json), which starts a few
// milliseconds sooner than an ES module entry. It compiles the build's scripts (dist/cli.cjs, and
// dist/kb.cjs when a command needs the YAML pipeline) with the V8 code cache saved beside each, so
// start-up skips parsing and compiling them. The caches are only ever read here. A cache is used
// only with the script it was made from: each script's last line is a build stamp (the sha256 of
// its text) and its cache starts with the same stamp. Not file times, which `npm install`,
// `git clone` and `cp -r` reset. V8 also rejects a cache after a Node upgrade or with other V8
// flags; the script is then compiled from source and behaves the same.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const compiled = new Map();
const loaded = new Map();
// The cache's header, padded to a multiple of 8 bytes so the V8 data after it stays aligned.
const HEADER_BYTES = 96;
const withPack = Boolean(process.env.GPTLINEAGE_KB) || process.argv.some((arg) => arg === '--kb' || arg.startsWith('--kb='));

/** Compile dist/<name>.cjs (one function expression) with its code cache, once. */
function compile(name) {
  if (!compiled.has(name)) {
    const file = join(dist, `${name}.cjs`);
    const source = readFileSync(file, 'utf8');
    const script = new Script(source, { filename: file, cachedData: readCache(join(dist, `${name}.cache`), source.slice(-65, -1)) });
    compiled.set(name, { file, run: script.runInThisContext() });
    if (name === 'kb' && !withPack) tierUpLater();
  }
  return compiled.get(name);
}

/** The exports of dist/<name>.cjs, run once; dist/cli.cjs loads dist/kb.cjs through this. */
function loadScript(name) {
  if (loaded.has(name)) return loaded.get(name);
  const { file, run } = compile(name);
  const exported = { exports: {} };
  loaded.set(name, exported.exports);
  run(exported.exports, createRequire(file), exported, file, dist, loadScript);
  return exported.exports;
}

/** The V8 data of a cache whose header names this build stamp; otherwise undefined. */
function readCache(cache, stamp) {
  try {
    const data = readFileSync(cache);
    const header = `gptlineage-code-cache ${stamp}`.padEnd(HEADER_BYTES - 1) + '\n';
    return /^[0-9a-f]{64}$/.test(stamp) && data.toString('latin1', 0, HEADER_BYTES) === header ? data.subarray(HEADER_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The YAML pipeline over the bundled knowledge alone is a few hundred milliseconds of code that
 * runs once: TurboFan compiled ~50 of its functions and dropped a third of them again (deopts),
 * on a second thread that a busy machine does not have spare. Sixteen times V8's budget before a
 * function is optimised: `validate --no-cache` 390 → 280 ms of CPU (median of 11, 2 cores,
 * load 1.9). Not with a pack, where optimised code pays: a 10k-model pack validated 12% slower.
 * Set after compiling dist/kb.cjs, as V8 rejects a code cache made under other flags.
 */
function tierUpLater() {
  require('node:v8').setFlagsFromString('--interrupt-budget=1081344');
}

// A pack can be large (100k models are ~150 MB of YAML, or of cached JSON): let V8's heap grow
// to about twice its live data before a full GC instead of up to four times. Measured at 100k
// models: peak RSS of validate 2.0 GB → 0.8 GB, no slower. V8 rejects a code cache made under
// other flags, so both scripts are compiled first. Runs without a pack stay small and skip it.
compile('cli');
if (withPack) {
  compile('kb');
  require('node:v8').setFlagsFromString('--heap-growing-percent=100');
}
loadScript('cli').main();
