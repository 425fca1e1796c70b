/**
 * Writing a pack cache entry atomically: a fresh temp file, every byte checked, then a rename;
 * on any failure the temp file is removed and the cache is simply skipped.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { entryPath } from './cache.js';
import { placesOf } from './cache-places.js';
import { sealer } from './cache-seal.js';
import { SECTIONS, type Kb } from './types.js';

type Seal = ReturnType<typeof sealer>;

/**
 * Store `kb` as the entry for `key` in `dir`, sealed with `secret` when there is one (see
 * cache-seal.ts), or do nothing when that cannot be done safely.
 */
export function writeCache(dir: string, key: string, kb: Kb, secret?: Buffer): void {
  const target = entryPath(dir, key);
  const seal = secret ? sealer(secret) : undefined;
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return;
  }
  if (!atomically(target, (temp) => writeJsonInPieces(temp, key, kb, seal)) || !seal) return;
  const digest = seal.digest();
  atomically(`${target}.seal`, (temp) => writeFileSync(temp, digest, { flag: 'wx' }));
}

/** Write `target` through a fresh temp file and a rename; false (and no temp file left) on any failure. */
export function atomically(target: string, write: (temp: string) => void): boolean {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    write(temp);
    renameSync(temp, target);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * `{ key, kb }` as JSON, with the locations as places (cache-places.ts), written entity by entity: at 100k models the
 * whole document is ~180 MB, which as one string plus its UTF-8 copy doubled peak memory.
 */
function writeJsonInPieces(path: string, key: string, kb: Kb, seal: Seal | undefined): void {
  const fd = openSync(path, 'wx'); // a fresh name: never writes through a planted file or link
  let pending = '';
  const put = (text: string) => {
    pending += text;
    if (pending.length > 1 << 20) {
      writeAll(fd, pending, seal);
      pending = '';
    }
  };
  try {
    // One entity per line (cache-lines.ts reads them back in pieces); still one JSON document.
    put(`{"key":${JSON.stringify(key)},"kb":{\n`);
    for (const section of SECTIONS) {
      put(`${JSON.stringify(section)}:[\n`);
      kb[section].forEach((entity, j) => put(`${j > 0 ? ',\n' : ''}${JSON.stringify(entity)}`));
      put(kb[section].length > 0 ? '\n],\n' : '],\n');
    }
    put(`"places":${JSON.stringify(placesOf(kb))}\n}}\n`);
    writeAll(fd, pending, seal);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write all of `text` or throw: writeSync may write less than asked (a full disk, `ulimit -f`),
 * and a short entry renamed into place would be read back, and fail, on every run.
 */
function writeAll(fd: number, text: string, seal: Seal | undefined): void {
  const bytes = Buffer.from(text, 'utf8');
  seal?.update(bytes);
  for (let done = 0; done < bytes.length; ) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw new Error('short write');
    done += n;
  }
}
