/**
 * Read-only surroundings: a read-only install (knowledge and dist), a read-only pack, a read-only
 * HOME with no cache directory, and a cache path that cannot be a directory. Every command still
 * answers, with the same output, and nothing is created. When the suite runs as root (which
 * ignores permissions), the CLI runs as an unprivileged user (uid 65534).
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, stackLines, unprivileged, type RunResult } from '../robustness/support/run-cli.js';
import { createSandbox, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';
import { fullRun, writeInertPack } from './full-run.js';

requireBuild();
const RUN = fullRun();
const user = unprivileged();

let sandbox: Sandbox;
let pack: string;
let roHome: string;
const expected = new Map<string, RunResult>();

/** Set the mode of `dir` and everything under it: `dirMode` for directories, `fileMode` for files (children first). */
function chmodTree(dir: string, dirMode: number, fileMode: number): void {
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    chmodSync(path, statSync(path).isDirectory() ? dirMode : fileMode);
  }
  chmodSync(dir, dirMode);
}

const FROZEN = () => [sandbox.knowledge, join(sandbox.root, 'dist'), join(sandbox.root, 'bin'), pack, roHome];

beforeAll(async () => {
  sandbox = createSandbox();
  pack = writeInertPack(join(sandbox.scratch, 'pack'));
  // Answers from a normal, writable setup to compare against.
  for (const args of RUN) expected.set(args.join(' '), await runCli(sandbox.bin, [...args, '--kb', pack], { env: { ...sandbox.env, GPTLINEAGE_NO_CACHE: '1' }, cwd: sandbox.scratch }));
  roHome = join(sandbox.scratch, 'ro-home');
  mkdirSync(roHome);
  for (const dir of FROZEN()) chmodTree(dir, 0o555, 0o444);
}, 300_000);
afterAll(() => {
  if (!sandbox) return;
  for (const dir of FROZEN()) chmodTree(dir, 0o755, 0o644);
  sandbox.remove();
});

/** Every command answers exactly as in the writable setup. */
async function expectSameAnswers(env: Record<string, string>): Promise<void> {
  for (const args of RUN) {
    const r = await runCli(sandbox.bin, [...args, '--kb', pack], { env, cwd: sandbox.scratch, ...user });
    const want = expected.get(args.join(' '))!;
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(want.code);
    expect(stackLines(r.stderr)).toEqual([]);
    expect(r.stdout).toBe(want.stdout);
  }
}

describe(`read-only surroundings${user ? ' (run as uid 65534: the suite is root)' : ''}`, () => {
  it('read-only install and pack, cache in a writable XDG_CACHE_HOME: same answers', async () => {
    await expectSameAnswers(sandbox.env);
  });

  it('read-only HOME with no XDG_CACHE_HOME: same answers, and no cache directory appears', async () => {
    const { XDG_CACHE_HOME: _unset, ...env } = sandbox.env;
    await expectSameAnswers({ ...env, HOME: roHome });
    expect(readdirSync(roHome)).toEqual([]);
  });

  it('a cache path that is a file (the directory cannot be created): same answers', async () => {
    const file = join(sandbox.scratch, 'not-a-directory');
    writeFileSync(file, 'x');
    await expectSameAnswers({ ...sandbox.env, XDG_CACHE_HOME: file });
  });

  it('the frozen files really are read-only for the user the CLI runs as', async () => {
    const probe = join(sandbox.scratch, 'probe-write.mjs');
    writeFileSync(probe, `import { writeFileSync } from 'node:fs'; try { writeFileSync(${JSON.stringify(join(sandbox.knowledge, 'x.yaml'))}, 'x'); process.exit(0); } catch { process.exit(9); }\n`);
    const r = await runCli(probe, [], { env: sandbox.env, cwd: sandbox.scratch, ...user });
    expect(r.code).toBe(9);
  });
});
