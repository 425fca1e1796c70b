#!/usr/bin/env node
// Build step: compile dist/cli.cjs and dist/kb.cjs the way bin/gptlineage.js does, run the common
// commands once in this process (output discarded) so V8 compiles the functions they use, and save
// each script's code cache as dist/<name>.cache, headed by the script's build stamp (see
// bin/gptlineage.js). Run by scripts/build.mjs; the CLI never writes it.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The start-up path, the query path, then validation (which loads dist/kb.cjs). */
const WARM_UP = [
  ['--version'],
  ['--help'],
  ['trace', 'cot', '--json'],
  ['trace', 'cot'],
  ['diff', 'code-davinci-002', 'text-davinci-002', '--json'],
  ['matrix'],
  ['show', 'cot'],
  ['validate'],
];

const scripts = new Map();
const HEADER_BYTES = 96; // as in bin/gptlineage.js
function loadScript(name) {
  if (scripts.has(name)) return scripts.get(name).exports;
  const file = join(dist, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  const script = new Script(source, { filename: file });
  const module = { exports: {} };
  scripts.set(name, { script, stamp: source.slice(-65, -1), exports: module.exports });
  script.runInThisContext()(module.exports, createRequire(file), module, file, dist, loadScript);
  return module.exports;
}

const cli = loadScript('cli');
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
for (const argv of WARM_UP) {
  const io = { stdout: sink(), stderr: sink(), isTTY: false, columns: 80, env: { NO_COLOR: '1', GPTLINEAGE_NO_CACHE: '1' }, cwd: root };
  await cli.run(argv, io);
}
for (const [name, { script, stamp }] of scripts) {
  const header = Buffer.from(`gptlineage-code-cache ${stamp}`.padEnd(HEADER_BYTES - 1) + '\n', 'latin1');
  const data = Buffer.concat([header, script.createCachedData()]);
  // Written whole then renamed: V8 rejects a short cache, but it does not checksum one
  // (it would need --verify-snapshot-checksum at run time), so never leave a half-written file.
  writeFileSync(join(dist, `${name}.cache.tmp`), data);
  renameSync(join(dist, `${name}.cache.tmp`), join(dist, `${name}.cache`));
  process.stderr.write(`code cache: ${(data.length / 1024).toFixed(0)} KB for dist/${name}.cjs\n`);
}
