/**
 * A cache of validated knowledge bases for user packs, keyed by the content of every file.
 * It lives in the user's cache directory, is safe to delete, is written atomically (temp file
 * + rename, every byte checked) and is silently skipped when it cannot be read or written.
 * Anyone who can write the directory can forge an entry, so an entry is read only from a
 * regular file of bounded size and used only when its seal shows this user's runs wrote it
 * (cache-seal.ts) or once it passes the knowledge schema and rules (`check`); otherwise it is
 * deleted and rebuilt.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseEntryLines } from './cache-lines.js';
import { attachPlaces } from './cache-places.js';
import { sealMatches } from './cache-seal.js';
import { readBounded } from './read-text.js';
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

export interface CacheRead {
  /** The largest entry worth reading; a bigger file is not one this tool wrote for this pack. */
  maxBytes?: number;
  /** The full check of an entry's knowledge base (schema and rules); the outline alone when absent. */
  check?: (kb: Kb) => Kb | undefined;
  /** This user's cache secret: an entry sealed with it skips `check`. */
  secret?: Buffer;
}

/** The entry for `key` when it is sound; a damaged or forged one is deleted so that it is rebuilt. */
export function readCache(dir: string, key: string, options: CacheRead = {}): Kb | undefined {
  const path = entryPath(dir, key);
  const read = readSealed(path, options);
  if (read === undefined) return undefined;
  const check = read.sealed || !options.check ? (k: Kb) => k : options.check;
  let kb: Kb | undefined;
  try {
    const entry = (parseEntryLines(read.bytes) ?? JSON.parse(read.bytes.toString('utf8'))) as { key?: unknown; kb?: unknown } | null;
    // Places are attached, not decoded: looking at `locations` here would decode them on every run.
    kb = entry?.key === key && hasSections(entry.kb) ? check(attachPlaces(entry.kb, takePlaces(entry.kb))) : undefined;
  } catch {
    kb = undefined; // not JSON, or a shape the check could not even walk
  }
  if (!kb) removeQuietly(path);
  return kb;
}

/** An entry's places, removed from its knowledge base so that they are not kept twice. */
function takePlaces(kb: { places?: unknown }): unknown {
  const places = kb.places;
  delete kb.places;
  return places;
}

/** The entry's bytes and whether its seal matches. */
function readSealed(path: string, options: CacheRead): { bytes: Buffer; sealed: boolean } | undefined {
  const bytes = readEntry(path, options.maxBytes ?? DEFAULT_MAX_ENTRY);
  if (bytes === undefined) return undefined;
  const sealed = options.secret !== undefined && sealMatches(options.secret, bytes, readEntry(`${path}.seal`, 128)?.toString('latin1'));
  return { bytes, sealed };
}

/** Where the entry for `key` lives; its seal is beside it, with `.seal` appended. */
export function entryPath(dir: string, key: string): string {
  return join(dir, `kb-${key}.json`);
}

const DEFAULT_MAX_ENTRY = 512 * 1024 * 1024;

/**
 * The entry's text, or undefined. Opened without following a symlink (one to /dev/zero aborted
 * at 4 GB) and without blocking (a FIFO hung the query), then required to be a regular file
 * and read no further than the cap.
 */
function readEntry(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') removeQuietly(path); // a symlink: never ours
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return removeQuietly(path);
    return readBounded(fd, maxBytes, stat.size) ?? removeQuietly(path);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Delete a bad entry (a FIFO, a link, a forgery) so the next write replaces it; undefined for chaining. */
function removeQuietly(path: string): undefined {
  try {
    unlinkSync(path);
  } catch {
    // a directory, or not ours to delete: the write's rename will fail and the cache is skipped
  }
  return undefined;
}

/** Whether parsed JSON has the knowledge base's outline: every section a list, locations a mapping. A damaged entry is ignored. */
export function looksLikeKb(value: unknown): value is Kb {
  return hasSections(value) && typeof value.locations === 'object' && value.locations !== null;
}

/** Whether parsed JSON has every section of a knowledge base as a list. */
function hasSections(value: unknown): value is Omit<Kb, 'locations'> & { locations?: unknown; places?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const kb = value as Record<string, unknown>;
  return SECTIONS.every((s) => Array.isArray(kb[s]));
}
