/**
 * The build-time snapshot is used only for the exact bytes it was built from: never a stale
 * answer, whatever the file times say (an edit can keep them; npm install, git clone and cp -r
 * change them).
 */
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('notices an edit that keeps the size and the mtime (validate compares the bytes)', async () => {
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

  it('answers a query from the edited file when the edit keeps the size and the mtime', async () => {
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const renamed = text.replace('name: GPT-3 (davinci)', 'name: GPT-3 (DAVINCI)');
    expect(renamed).not.toBe(text);
    writeFileSync(file, renamed);
    utimesSync(file, before.atime, before.mtime);
    try {
      expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
      const r = await run(['show', 'davinci', '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).entity.name).toBe('GPT-3 (DAVINCI)');
    } finally {
      writeFileSync(file, text);
      utimesSync(file, before.atime, before.mtime);
    }
  });

  it('answers from the snapshot after the files get new mtimes with the same bytes (as after npm install or cp -r)', async () => {
    // Mark the snapshot's copy of davinci, so an answer shows where it came from.
    const path = join(sandbox.root, 'dist', 'knowledge.snapshot.json');
    const original = readFileSync(path, 'utf8');
    const marked = JSON.parse(original) as { kb: { models: Array<{ id: string; name: string }> } };
    marked.kb.models.find((m) => m.id === 'davinci')!.name = 'read from the snapshot';
    writeFileSync(path, JSON.stringify(marked));
    const copy = join(sandbox.scratch, 'knowledge-copy');
    cpSync(sandbox.knowledge, copy, { recursive: true });
    cpSync(copy, sandbox.knowledge, { recursive: true, force: true });
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(file, later, later);
    try {
      const r = await run(['show', 'davinci', '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).entity.name).toBe('read from the snapshot');
    } finally {
      writeFileSync(path, original);
    }
  });

  it('never uses the snapshot without the bytes it was built from', async () => {
    const path = join(sandbox.root, 'dist', 'knowledge.snapshot.json');
    const bytesPath = join(sandbox.root, 'dist', 'knowledge.bytes');
    const [original, bytes] = [readFileSync(path, 'utf8'), readFileSync(bytesPath)];
    const marked = JSON.parse(original) as { kb: { models: Array<{ id: string; name: string }> } };
    marked.kb.models.find((m) => m.id === 'davinci')!.name = 'read from the snapshot';
    writeFileSync(path, JSON.stringify(marked));
    try {
      for (const damaged of [bytes.subarray(0, bytes.length - 1), Buffer.concat([bytes, Buffer.from('\n')]), Buffer.alloc(0)]) {
        writeFileSync(bytesPath, damaged);
        const r = await run(['show', 'davinci', '--json']);
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout).entity.name).toBe('GPT-3 (davinci)');
      }
    } finally {
      writeFileSync(path, original);
      writeFileSync(bytesPath, bytes);
    }
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
