/**
 * The validated bundled knowledge, compiled at build time into JSON so that queries skip YAML
 * and zod. It is used only while every bundled file has exactly the bytes it was built from:
 * the build also keeps those bytes (every file, in name order, in one file beside the snapshot),
 * and each run compares them with the files on disk (under 1 ms for the bundled knowledge; a
 * hash would cost more, mostly loading node:crypto). Not mtimes: `npm install`, `git clone` and
 * `cp -r` give new ones, and an edit can keep the old one, so they can neither prove nor
 * disprove a change.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeKb } from './cache.js';
import { findYamlFiles } from './list-files.js';
import type { KbIssue } from './issues.js';
import type { Kb } from './types.js';

export interface FileStamp {
  name: string;
  size: number;
}

export interface Snapshot {
  format: 3;
  /** Every knowledge file, sorted by name: a changed size or list proves a change without hashing. */
  files: FileStamp[];
  /** sha256 over every file's name and bytes, in name order: part of the pack cache's key. */
  contentHash: string;
  /** The build-time validation's issues (warnings only: a snapshot is written only without errors). */
  issues: KbIssue[];
  kb: Kb;
}

/** Name and size of every knowledge file under `dir`, sorted by name. */
export function stampFiles(dir: string): FileStamp[] {
  return findYamlFiles(dir).map((name) => ({ name, size: statSync(join(dir, name)).size }));
}

/** A hash of every knowledge file's name and bytes, in name order (build time). */
export function hashFiles(dir: string, names: string[]): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/** Every knowledge file's bytes, in the order of `names`, as one buffer (build time). */
export function concatFiles(dir: string, names: string[]): Buffer {
  return Buffer.concat(names.map((name) => readFileSync(join(dir, name))));
}

/** The snapshot as written by the build, or undefined when missing or damaged. */
function readSnapshot(path: string): Snapshot | undefined {
  try {
    // Written in ASCII by the build, which decodes as latin1 without UTF-8's checks (a one-byte string).
    const bytes = readFileSync(path);
    const snapshot = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as Snapshot | null;
    const ok = snapshot?.format === 3 && Array.isArray(snapshot.files) && typeof snapshot.contentHash === 'string' && Array.isArray(snapshot.issues) && looksLikeKb(snapshot.kb);
    return ok ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The snapshot at `path` when the files under `dir` have exactly the bytes kept at `bytesPath`
 * by the build; otherwise undefined.
 */
export function readFreshSnapshot(path: string, bytesPath: string, dir: string): Snapshot | undefined {
  const snapshot = readSnapshot(path);
  if (!snapshot) return undefined;
  try {
    const names = findYamlFiles(dir);
    if (names.length !== snapshot.files.length || names.some((n, i) => n !== snapshot.files[i]!.name)) return undefined;
    return sameBytes(dir, snapshot.files, readFileSync(bytesPath)) ? snapshot : undefined;
  } catch {
    return undefined; // an unreadable knowledge dir: the full pipeline reports it with a position
  }
}

function sameBytes(dir: string, files: FileStamp[], kept: Buffer): boolean {
  let offset = 0;
  for (const { name, size } of files) {
    const bytes = readFileSync(join(dir, name));
    if (bytes.length !== size || offset + size > kept.length || !bytes.equals(kept.subarray(offset, offset + size))) return false;
    offset += size;
  }
  return offset === kept.length;
}
