#!/usr/bin/env node
// `npm run bench`: how much slower than `node -e 0` each command is, as users run it.
//
// It packs the built checkout, installs the tarball into a temporary prefix (offline) and times
// the installed `gptlineage` and the checkout's `node bin/gptlineage.js`, each run right after its
// own `node -e 0`, and `npm explain <dep> --json` in every round as a reference; the table shows
// medians of the per-pair ratios (bench/bundled.mjs). With --scale it also times validate, trace
// and diff over generated packs of 1k/10k(/100k) models, cold and warm, with peak RSS
// (bench/scale.mjs). Needs only Node and npm; results also go to .bench/results.json
// (.bench/scale.json with --no-bundled).
//
//   npm run bench                         bundled knowledge, 20 rounds
//   npm run bench -- --rounds 40 --all    more rounds, every query command
//   npm run bench -- --scale              + packs of 1k and 10k models
//   npm run bench -- --scale --sizes 1k,10k,100k --no-bundled
//   npm run bench -- --json               the results as JSON on stdout
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSize } from './generate-pack.mjs';
import { benchBundled } from './bench/bundled.mjs';
import { installPackage } from './bench/install.mjs';
import { printBundled, printScale } from './bench/print.mjs';
import { benchScale } from './bench/scale.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gptlineage.js');
const benchDir = join(root, '.bench');
/** The reference: another Node CLI answering a small question (yaml is one of our devDependencies). */
const NPM_EXPLAIN = ['explain', 'yaml', '--json'];

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
  const args = { rounds: 20, scaleRounds: 3, json: false, scale: false, all: false, bundled: true, checkout: true, sizes: [1000, 10000] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--rounds') args.rounds = count(value(), flag);
    else if (flag === '--scale-rounds') args.scaleRounds = count(value(), flag);
    else if (flag === '--json') args.json = true;
    else if (flag === '--scale') args.scale = true;
    else if (flag === '--all') args.all = true;
    else if (flag === '--no-bundled') args.bundled = false;
    else if (flag === '--installed-only') args.checkout = false;
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
  --rounds N        rounds for the bundled rows (default 20)
  --all             also time every other query command on the bundled knowledge
  --installed-only  bundled rows for the installed package only, not the checkout
  --scale           also time validate/trace/diff over generated packs (--kb)
  --sizes 1k,10k    pack sizes for --scale (default 1k,10k; add 100k to measure it: minutes)
  --scale-rounds N  rounds per scale row (default 3; 100k always runs once)
  --no-bundled      skip the bundled rows
  --json            print the results as JSON instead of tables
  --out FILE        where to write the JSON (default .bench/results.json, or .bench/scale.json
                    with --no-bundled)
`;

/** The installed package and the checkout, and npm explain run in the checkout (which has node_modules). */
function bundled(args, progress) {
  progress('packing and installing the tarball');
  const installed = installPackage(root);
  try {
    const targets = [{ name: 'installed', command: installed.bin, args: [], cwd: tmpdir() }];
    if (args.checkout) targets.push({ name: 'checkout', command: process.execPath, args: [bin], cwd: root });
    const reference = { label: `npm ${NPM_EXPLAIN.join(' ')}`, command: 'npm', args: NPM_EXPLAIN, cwd: root };
    return { tarball: `${installed.tarball} (${installed.tarballKb} KB)`, ...benchBundled(args.all ? [...CORE, ...MORE] : CORE, targets, reference, args.rounds, progress) };
  } finally {
    installed.dispose();
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return void process.stdout.write(HELP);
  if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first\n');
    process.exitCode = 1;
    return;
  }
  const progress = (text) => process.stderr.isTTY && process.stderr.write(`\r\x1b[K${text}`);
  const results = { date: new Date().toISOString(), node: process.version, platform: `${process.platform} ${process.arch}`, cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, rounds: args.rounds, loadBefore: loadavg() };
  if (args.bundled) results.bundled = bundled(args, progress);
  if (args.scale) results.scale = benchScale({ bin, root, benchDir, sizes: args.sizes, rounds: args.scaleRounds, progress });
  results.loadAfter = loadavg();
  progress('');
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  if (args.json) return void process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
  const parts = [`Node ${results.node}, ${results.cpus}; load average ${load(results.loadBefore)} before, ${load(results.loadAfter)} after`];
  if (results.bundled) parts.push(`Installed from ${results.bundled.tarball} into a temporary prefix\n${printBundled(results.bundled, args.rounds)}`);
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
