/** The build-time snapshot is used only for the exact files it was built from: never a stale answer. */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../robustness/support/run-cli.js';
import { createSandbox, type Sandbox } from '../robustness/support/sandbox.js';

let sandbox: Sandbox;
let file: string;
const run = (args: string[]) => runCli(sandbox.bin, args, { env: sandbox.env, cwd: sandbox.scratch });

beforeAll(() => {
  sandbox = createSandbox();
  file = join(sandbox.knowledge, 'base.yaml');
});
afterAll(() => sandbox?.remove());

describe('snapshot freshness', () => {
  it('validates clean from the snapshot while the files are unchanged, and the same without it', async () => {
    const cached = await run(['validate', '--json']);
    const fresh = await run(['validate', '--json', '--no-cache']);
    expect(cached.code).toBe(0);
    expect(JSON.parse(cached.stdout)).toEqual(JSON.parse(fresh.stdout));
  });

  it('notices an edit that keeps the size and the mtime (validate hashes the bytes)', async () => {
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/name: /, 'nome: ');
    expect(broken.length).toBe(text.length);
    writeFileSync(file, broken);
    utimesSync(file, before.atime, before.mtime);
    const r = await run(['validate', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code)).toContain('UNKNOWN_KEY');
    writeFileSync(file, text);
    utimesSync(file, before.atime, before.mtime);
  });

  it('makes queries fall back to the YAML when a file is newer than the snapshot', async () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/name: /, 'nome: '));
    const r = await run(['list', 'models']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/base\.yaml:\d+:\d+ {2}UNKNOWN_KEY/);
    writeFileSync(file, text);
  });
});
