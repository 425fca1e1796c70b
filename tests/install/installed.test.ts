/**
 * The package as users get it: `npm pack` of the built checkout, `npm install -g` of the tarball
 * into a temporary prefix with no network (an empty npm cache, --offline, an unreachable
 * registry), then the installed command run from another directory. The tarball needs nothing
 * but Node: its dist/ scripts inline every dependency.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, requireBuild } from '../robustness/support/sandbox.js';

let root: string;
let bin: string;
let elsewhere: string;
let install: SpawnSyncReturns<string>;
let listing: string[];

const npmEnv = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(root, 'home'), npm_config_cache: join(root, 'npm-cache'), npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, env: npmEnv(), encoding: 'utf8', timeout: 120_000 });
const run = (args: string[]) => spawnSync(bin, args, { cwd: elsewhere, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(root, 'home'), XDG_CACHE_HOME: join(root, 'cache'), NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'gptlineage-install-'));
  elsewhere = join(root, 'work');
  for (const dir of ['home', 'npm-cache', 'cache', 'work']) mkdirSync(join(root, dir));
  // --ignore-scripts: pack the dist/ this checkout built (prepack would build it again).
  const pack = npm(['pack', REPO, '--ignore-scripts', '--json', '--pack-destination', root], root);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  listing = packed!.files.map((f) => f.path).sort();
  install = npm(['install', '-g', '--offline', '--prefix', join(root, 'prefix'), join(root, packed!.filename)], root);
  bin = join(root, 'prefix', 'bin', 'gptlineage');
}, 300_000);
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

describe('the installed package', () => {
  it('installs from the tarball alone, with no network and no warning', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/warn|error/i);
    expect(install.stdout).toMatch(/added 1 package/);
  });

  it('ships what it runs and what the README names, and nothing for development', () => {
    for (const path of ['LICENSE', 'README.md', 'bin/gptlineage.js', 'dist/cli.cjs', 'dist/kb.cjs', 'dist/cli.cache', 'dist/kb.cache', 'dist/knowledge.snapshot.json', 'dist/knowledge.bytes', 'docs/design.md', 'schema/knowledge.schema.json']) {
      expect(listing).toContain(path);
    }
    expect(listing.filter((p) => /^(src|tests|scripts|\.build)\/|meta\.json$|\.ts$/.test(p))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, 'prefix', 'lib', 'node_modules', 'gptlineage', 'package.json'), 'utf8')) as { dependencies?: object; scripts: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.scripts.prepare ?? manifest.scripts.install ?? manifest.scripts.postinstall).toBeUndefined();
  });

  it('answers trace cot --json from another directory', () => {
    const r = run(['trace', 'cot', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'trace', capability: { id: 'chain-of-thought' } });
  });

  it('validates its own knowledge, from the build-time report and with --no-cache alike', () => {
    const cached = run(['validate', '--json']);
    const full = run(['validate', '--json', '--no-cache']);
    expect(cached.status, cached.stderr).toBe(0);
    expect(full.status, full.stderr).toBe(0);
    expect(JSON.parse(cached.stdout)).toEqual(JSON.parse(full.stdout));
    expect(JSON.parse(cached.stdout)).toMatchObject({ ok: true, errors: 0 });
  });

  it('adds a pack given by a path relative to the working directory', () => {
    mkdirSync(join(elsewhere, 'pack'));
    writeFileSync(join(elsewhere, 'pack', 'extra.yaml'), PACK);
    const r = run(['--kb', 'pack', 'lineage', 'install-check-model', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('text-davinci-002');
    const bad = run(['--kb', 'pack/missing.yaml', 'validate']);
    expect(bad.status).toBe(3);
    expect(bad.stdout + bad.stderr).toContain('pack/missing.yaml');
  });
});

/** A small pack on top of the bundled knowledge: one model derived from a bundled one. */
const PACK = `sources:
  - id: install-check-note
    kind: paper
    title: A note written for the installed-package test
    year: 2024
models:
  - id: install-check-model
    name: Install check model
    released: "2024-01"
derivations:
  - id: install-check-d
    from: [text-davinci-002]
    to: install-check-model
    methods: [instruction-tuning]
    confidence: hypothesis
    evidence:
      - { source: install-check-note, stance: supports, kind: argument, note: Made up for the test. }
`;
