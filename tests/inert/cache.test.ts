/**
 * The pack cache ($XDG_CACHE_HOME/gptlineage): one entry per pack content, written atomically
 * (temp file + rename: concurrent runs and a reader polling the entry never see half a file), read
 * on the next run, and ignored (then rewritten) when damaged: truncated, wrong shape, null, or
 * carrying a `__proto__` key.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { declaredCommands, notYet } from '../robustness/support/commands.js';
import { runCli } from '../robustness/support/run-cli.js';
import { createSandbox, REPO, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';
import { writeBigPack, writeInertPack } from './full-run.js';

requireBuild();
const HAS_SHOW = declaredCommands(join(REPO, 'bin/gptlineage.js')).has('show');

let sandbox: Sandbox;
let pack: string;
let dir: string;
beforeAll(() => {
  sandbox = createSandbox();
  pack = writeInertPack(join(sandbox.scratch, 'pack'));
  dir = join(sandbox.cache, 'gptlineage');
});
beforeEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => sandbox?.remove());

const show = (kb = pack) => runCli(sandbox.bin, ['show', 'davinci', '--json', '--kb', kb], { env: sandbox.env, cwd: sandbox.scratch });
/** Entries and temp files; the seals beside entries, the secret and the remembered file hashes are not listed. */
const entries = () => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.endsWith('.seal') && n !== 'seal.key' && !/^hashes-[0-9a-f]{32}\.json$/.test(n)) : []);

/** The one cache entry: its path and parsed content. */
function entry(): { path: string; value: { key: string; kb: { models: Array<{ id: string; name: string }> } } } {
  const names = entries();
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^kb-[0-9a-f]{32}\.json$/);
  const path = join(dir, names[0]!);
  return { path, value: JSON.parse(readFileSync(path, 'utf8')) };
}

describe.skipIf(!HAS_SHOW)(`the pack cache${HAS_SHOW ? '' : ` (skipped: ${notYet('show')})`}`, () => {
  it('answers from an edited pack file, even one whose size and modification time were kept', async () => {
    const edited = writeInertPack(join(sandbox.scratch, 'edited'));
    const file = join(edited, 'inert.yaml');
    await new Promise((r) => setTimeout(r, 2_100)); // older than the two seconds a remembered hash needs
    const first = await runCli(sandbox.bin, ['show', 'inert-model', '--json', '--kb', edited], { env: sandbox.env, cwd: sandbox.scratch });
    expect(JSON.parse(first.stdout).entity.name).toBe('Inert');
    expect(readdirSync(dir).some((n) => n.startsWith('hashes-'))).toBe(true); // the hash was remembered
    const { atime, mtime, size } = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Inert,', 'name: Inept,'));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(size);
    const second = await runCli(sandbox.bin, ['show', 'inert-model', '--json', '--kb', edited], { env: sandbox.env, cwd: sandbox.scratch });
    expect(JSON.parse(second.stdout).entity.name).toBe('Inept');
  });

  it('a query with a pack writes one complete entry and no temp file; the next run reads it', async () => {
    const first = await runCli(sandbox.bin, ['show', 'inert-model', '--kb', pack], { env: sandbox.env, cwd: sandbox.scratch });
    expect(first.code).toBe(0);
    const { path, value } = entry();
    expect(value.kb.models.map((m) => m.id)).toContain('inert-model');
    // Change the cached answer: if the next run reads the cache, it says so.
    const model = value.kb.models.find((m) => m.id === 'inert-model')!;
    model.name = 'Answered from the cache';
    writeFileSync(path, JSON.stringify(value));
    const second = await runCli(sandbox.bin, ['show', 'inert-model', '--kb', pack], { env: sandbox.env, cwd: sandbox.scratch });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Answered from the cache');
  });

  const damaged: Array<[string, (text: string) => string]> = [
    ['truncated half-way', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['empty', () => ''],
    ['JSON null', () => 'null'],
    ['the right key but not a knowledge base', (text) => JSON.stringify({ key: JSON.parse(text).key, kb: { models: 5 } })],
    ['a __proto__ key trying to pollute', (text) => text.replace(/^\{/, '{"__proto__":{"polluted":true},')],
  ];
  for (const [name, damage] of damaged) {
    it(`an entry ${name} is ignored and rewritten`, async () => {
      const first = await show();
      const { path } = entry();
      writeFileSync(path, damage(readFileSync(path, 'utf8')));
      const again = await show();
      expect(again.code).toBe(0);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(first.stdout);
      if (name.startsWith('a __proto__')) return; // still a valid entry: read, harmlessly
      expect(entry().value.kb.models.map((m) => m.id)).toContain('inert-model');
    });
  }

  it('six concurrent runs on an empty cache: same answers, one complete entry, no temp files, and a poller never reads half an entry', async () => {
    const big = writeBigPack(join(sandbox.scratch, 'big'), 900); // a ~1 MB entry: a torn write would be visible
    const reference = await show(big);
    rmSync(dir, { recursive: true, force: true });
    let polls = 0;
    const torn: string[] = [];
    let stop = false;
    const poller = (async () => {
      while (!stop) {
        for (const name of entries().filter((n) => n.endsWith('.json'))) {
          let text: string;
          try {
            text = readFileSync(join(dir, name), 'utf8');
          } catch {
            continue; // renamed away between listing and reading
          }
          polls++;
          try {
            JSON.parse(text);
          } catch {
            torn.push(`${name}: ${text.length} bytes`);
          }
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const runs = await Promise.all(Array.from({ length: 6 }, () => show(big)));
    stop = true;
    await poller;
    for (const r of runs) expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 0, stdout: reference.stdout });
    expect(torn).toEqual([]);
    expect(polls).toBeGreaterThan(0);
    expect(entries().filter((n) => n.endsWith('.tmp'))).toEqual([]);
    entry();
  });
});
