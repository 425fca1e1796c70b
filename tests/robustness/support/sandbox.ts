/**
 * A sandbox install of the BUILT tool: a temp directory holding copies of bin/, dist/ and
 * package.json beside a small, valid knowledge/ (support/base-knowledge), with a fresh snapshot
 * of that knowledge written the way src/build/write-snapshot.ts writes it. The CLI finds its
 * package root from its own location, so this runs exactly the built code while every issue a
 * test sees comes from the case under test, not from bundled knowledge still being written.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, writeSnapshot } from '../../../src/kb/build-snapshot.js';

/** The repository root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Sandbox {
  /** The package root of the sandbox install (holds bin/, dist/, knowledge/). */
  root: string;
  bin: string;
  knowledge: string;
  /** A HOME and an XDG cache directory of its own. */
  home: string;
  cache: string;
  /** Scratch space for cases, world-writable so an unprivileged run can use it. */
  scratch: string;
  /** The minimal environment every run starts from: no colour, CI or KB variables leak in. */
  env: Record<string, string>;
  remove(): void;
}

/** Fail fast, with the fix, when the tool has not been built. */
export function requireBuild(): void {
  if (!existsSync(join(REPO, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` before these tests');
}

/** Create a sandbox install; `knowledge` replaces the base knowledge directory when given. */
export function createSandbox(knowledge = join(REPO, 'tests/robustness/support/base-knowledge')): Sandbox {
  requireBuild();
  const root = mkdtempSync(join(tmpdir(), 'gptlineage-sandbox-'));
  // New timestamps, as after `cp -r`: the launcher pairs a code cache with its script by content.
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(REPO, part), join(root, part), { recursive: true });
  cpSync(knowledge, join(root, 'knowledge'), { recursive: true });
  writeSandboxSnapshot(root);
  const dirs = { home: join(root, 'home'), cache: join(root, 'cache'), scratch: join(root, 'scratch') };
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  // Readable by an unprivileged user (mkdtemp makes 0700); scratch and cache writable too.
  chmodSync(root, 0o755);
  chmodSync(dirs.scratch, 0o777);
  chmodSync(dirs.cache, 0o777);
  chmodSync(dirs.home, 0o777);
  return {
    root,
    bin: join(root, 'bin/gptlineage.js'),
    knowledge: join(root, 'knowledge'),
    ...dirs,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dirs.home, XDG_CACHE_HOME: dirs.cache, LANG: 'C.UTF-8' },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** What `npm run build` does for the bundled knowledge, for the sandbox's own knowledge/. */
function writeSandboxSnapshot(root: string): void {
  const built = buildSnapshot(join(root, 'knowledge'), root);
  if (!writeSnapshot(built, join(root, 'dist', 'knowledge.snapshot.json'), join(root, 'dist', 'knowledge.bytes'))) {
    throw new Error(`the sandbox knowledge is invalid: ${JSON.stringify(built.result.issues.slice(0, 3))}`);
  }
}
