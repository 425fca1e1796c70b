/**
 * Remembered pack file hashes: reused only for a file unchanged since (size, mtime, ctime,
 * inode), never for one changed within the timestamps' granularity, never from a record this
 * user's secret did not seal; and a query after an edit that keeps size and mtime is answered
 * from the edited file.
 */
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheSecret } from '../../src/kb/cache-seal.js';
import { packHashes, sha256 } from '../../src/kb/pack-hashes.js';

const LATER = () => BigInt(Date.now() + 10_000) * 1_000_000n; // ten seconds on: every file has settled
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-hashes-'));
  const file = join(dir, 'a.yaml');
  writeFileSync(file, 'models: []\n');
  return { dir, file, secret: cacheSecret(join(dir, 'cache'))! };
};
const remember = (dir: string, file: string, secret: Buffer, clock = LATER) => {
  const h = packHashes(join(dir, 'cache'), 'k', secret, clock);
  h.learn(file, sha256(readFileSync(file)));
  h.save();
};

describe('remembered pack hashes', () => {
  it('gives back the hash and size of a file unchanged since', () => {
    const { dir, file, secret } = fresh();
    remember(dir, file, secret);
    expect(packHashes(join(dir, 'cache'), 'k', secret).known(file)).toEqual({ sha256: sha256(readFileSync(file)), size: 11 });
  });

  it('forgets a file edited in place, even with the same size and modification time', () => {
    const { dir, file, secret } = fresh();
    remember(dir, file, secret);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'models: {}\n');
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(11);
    expect(packHashes(join(dir, 'cache'), 'k', secret).known(file)).toBeUndefined();
  });

  it('does not keep the hash of a file changed within two seconds of hashing it', () => {
    const { dir, file, secret } = fresh();
    remember(dir, file, secret, () => BigInt(Date.now()) * 1_000_000n);
    expect(packHashes(join(dir, 'cache'), 'k', secret).known(file)).toBeUndefined();
  });

  it('ignores a record another secret sealed, or one that was edited', () => {
    const { dir, file, secret } = fresh();
    remember(dir, file, secret);
    const other = Buffer.alloc(32, 7);
    expect(packHashes(join(dir, 'cache'), 'k', other).known(file)).toBeUndefined();
    const path = join(dir, 'cache', 'hashes-k.json');
    const record = JSON.parse(readFileSync(path, 'utf8')) as { seal: string; body: string };
    writeFileSync(path, JSON.stringify({ ...record, body: record.body.replace(/"[0-9a-f]{64}"/, `"${'0'.repeat(64)}"`) }));
    expect(packHashes(join(dir, 'cache'), 'k', secret).known(file)).toBeUndefined();
    for (const junk of ['', 'null', '{"seal":5}', '[]']) {
      writeFileSync(path, junk);
      expect(packHashes(join(dir, 'cache'), 'k', secret).known(file)).toBeUndefined();
    }
  });
});
