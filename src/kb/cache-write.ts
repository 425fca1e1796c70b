/**
 * Writing a pack cache entry atomically: a fresh temp file, every byte checked, then a rename;
 * on any failure the temp file is removed and the cache is simply skipped.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SECTIONS, type Kb } from './types.js';

/** Store `kb` as the entry for `key` in `dir`, or do nothing when that cannot be done safely. */
export function writeCache(dir: string, key: string, kb: Kb): void {
  const target = join(dir, `kb-${key}.json`);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeJsonInPieces(temp, key, kb);
    renameSync(temp, target);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

/**
 * The same JSON as `JSON.stringify({ key, kb })`, written entity by entity: at 100k models the
 * whole document is ~180 MB, which as one string plus its UTF-8 copy doubled peak memory.
 */
function writeJsonInPieces(path: string, key: string, kb: Kb): void {
  const fd = openSync(path, 'wx'); // a fresh name: never writes through a planted file or link
  let pending = '';
  const put = (text: string) => {
    pending += text;
    if (pending.length > 1 << 20) {
      writeAll(fd, pending);
      pending = '';
    }
  };
  try {
    put(`{"key":${JSON.stringify(key)},"kb":{`);
    SECTIONS.forEach((section, i) => {
      put(`${i > 0 ? ',' : ''}${JSON.stringify(section)}:[`);
      kb[section].forEach((entity, j) => put(`${j > 0 ? ',' : ''}${JSON.stringify(entity)}`));
      put(']');
    });
    put(',"locations":{');
    Object.entries(kb.locations).forEach(([id, at], j) => put(`${j > 0 ? ',' : ''}${JSON.stringify(id)}:${JSON.stringify(at)}`));
    put('}}}');
    writeAll(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write all of `text` or throw: writeSync may write less than asked (a full disk, `ulimit -f`),
 * and a short entry renamed into place would be read back, and fail, on every run.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw new Error('short write');
    done += n;
  }
}
