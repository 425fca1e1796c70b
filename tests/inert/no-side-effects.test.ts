/**
 * The tool is inert: a full run (every command, with and without a pack) opens no network
 * connection and starts no process (a guard loaded with `node --import` throws and logs on any
 * attempt), writes nothing but its cache (Node's permission model allows writes only there), and
 * leaves every knowledge file, pack file and built file byte-for-byte and mtime-for-mtime as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, stackLines } from '../robustness/support/run-cli.js';
import { createSandbox, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';
import { fullRun, writeInertPack } from './full-run.js';

requireBuild();
const GUARD = join(dirname(fileURLToPath(import.meta.url)), 'guard.mjs');
const RUN = fullRun();

let sandbox: Sandbox;
let pack: string;
beforeAll(() => {
  sandbox = createSandbox();
  pack = writeInertPack(join(sandbox.scratch, 'pack'));
});
afterAll(() => sandbox?.remove());

/** Every file under `dir` (recursively) with its SHA-256 and mtime. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile()) out[name] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.mtimeMs}`;
  }
  return out;
}

/** Each command line twice: on the bundled knowledge alone, and with the pack. */
function* commandLines(): Generator<string[]> {
  for (const args of RUN) {
    yield args;
    yield [...args, '--kb', pack];
  }
}

describe('a full run is inert', () => {
  it(`covers ${RUN.length} command lines (every declared command)`, () => {
    expect(RUN.length).toBeGreaterThanOrEqual(3);
  });

  it('opens no network connection and starts no process (guarded net, tls, http(s), dns, dgram, child_process, workers, fetch)', async () => {
    const log = join(sandbox.scratch, 'guard.log');
    for (const args of commandLines()) {
      const r = await runCli(sandbox.bin, args, { env: { ...sandbox.env, GPTLINEAGE_GUARD_LOG: log }, cwd: sandbox.scratch, nodeArgs: ['--import', GUARD] });
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
      expect(stackLines(r.stderr)).toEqual([]);
    }
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('the guard itself works: a forbidden call is logged and throws', async () => {
    const log = join(sandbox.scratch, 'guard-selftest.log');
    const probe = join(sandbox.scratch, 'probe.mjs');
    writeFileSync(probe, "import { spawnSync } from 'node:child_process'; import net from 'node:net';\ntry { spawnSync('true'); } catch {}\ntry { net.connect(9, '127.0.0.1'); } catch {}\n");
    const r = await runCli(probe, [], { env: { ...sandbox.env, GPTLINEAGE_GUARD_LOG: log }, cwd: sandbox.scratch, nodeArgs: ['--import', GUARD] });
    expect(r.code).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('child_process.spawnSync\nnet.connect\n');
  });

  it('writes nothing outside its cache directory (Node permission model: writes allowed only there, no child processes, no workers)', async () => {
    const permission = ['--disable-warning=ExperimentalWarning', '--experimental-permission', '--allow-fs-read=*', `--allow-fs-write=${sandbox.cache}/*`];
    for (const args of commandLines()) {
      const r = await runCli(sandbox.bin, args, { env: sandbox.env, cwd: sandbox.scratch, nodeArgs: permission });
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(/ERR_ACCESS_DENIED|internal error/);
    }
  });

  it('leaves knowledge, pack and built files untouched (content and mtime), and adds no file beside them', async () => {
    const dirs = [sandbox.knowledge, pack, join(sandbox.root, 'dist'), join(sandbox.root, 'bin')];
    const before = dirs.map(fingerprint);
    for (const args of commandLines()) await runCli(sandbox.bin, args, { env: sandbox.env, cwd: sandbox.scratch });
    expect(dirs.map(fingerprint)).toEqual(before);
  });
});
