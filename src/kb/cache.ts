/**
 * A cache of validated knowledge bases for user packs, keyed by the content of every file.
 * It lives in the user's cache directory, is safe to delete, is written atomically (temp file
 * + rename) and is silently skipped when it cannot be read or written.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SECTIONS, type Kb } from './types.js';

export function cacheDir(env: Record<string, string | undefined>): string | undefined {
  if (env.GPTLINEAGE_NO_CACHE) return undefined;
  if (env.GPTLINEAGE_CACHE_DIR) return env.GPTLINEAGE_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : safeHome());
  return base ? join(base, 'gptlineage') : undefined;
}

function safeHome(): string | undefined {
  try {
    return join(homedir(), '.cache');
  } catch {
    return undefined;
  }
}

/** A key over everything the answer depends on: the tool's format, the bundled stamps and each pack file's name and bytes. */
export function cacheKey(parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export function readCache(dir: string, key: string): Kb | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(dir, `kb-${key}.json`), 'utf8')) as { key?: unknown; kb?: unknown } | null;
    return entry?.key === key && looksLikeKb(entry.kb) ? entry.kb : undefined;
  } catch {
    return undefined;
  }
}

/** Whether parsed JSON has the knowledge base's outline: every section a list, locations a mapping. A damaged entry is ignored. */
export function looksLikeKb(value: unknown): value is Kb {
  if (typeof value !== 'object' || value === null) return false;
  const kb = value as Record<string, unknown>;
  return SECTIONS.every((s) => Array.isArray(kb[s])) && typeof kb.locations === 'object' && kb.locations !== null;
}

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
  const fd = openSync(path, 'w');
  let pending = '';
  const put = (text: string) => {
    pending += text;
    if (pending.length > 1 << 20) {
      writeSync(fd, pending);
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
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}
