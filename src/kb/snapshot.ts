/**
 * The validated bundled knowledge, compiled at build time into JSON so that queries skip YAML
 * and zod. It is used only while every bundled file has exactly the bytes it was built from: a
 * sha256 over the files' names and bytes, recorded at build time and checked on every run
 * (~1 ms for the bundled knowledge). Not mtimes: `npm install`, `git clone` and `cp -r` give
 * new ones, and an edit can keep the old one, so they can neither prove nor disprove a change.
 */
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
  /** sha256 over every file's name and bytes, in name order. */
  contentHash: string;
  /** The build-time validation's issues (warnings only: a snapshot is written only without errors). */
  issues: KbIssue[];
  kb: Kb;
}

/** Name and size of every knowledge file under `dir`, sorted by name. */
export function stampFiles(dir: string): FileStamp[] {
  return findYamlFiles(dir).map((name) => ({ name, size: statSync(join(dir, name)).size }));
}

/** A hash of every knowledge file's name and bytes, in name order. */
export function hashFiles(dir: string, names: string[]): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/** The snapshot as written by the build, or undefined when missing or damaged. */
function readSnapshot(path: string): Snapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot | null;
    const ok = snapshot?.format === 3 && Array.isArray(snapshot.files) && typeof snapshot.contentHash === 'string' && Array.isArray(snapshot.issues) && looksLikeKb(snapshot.kb);
    return ok ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot when the files under `dir` have exactly the bytes it was built from; otherwise undefined. */
export function readFreshSnapshot(path: string, dir: string): Snapshot | undefined {
  const snapshot = readSnapshot(path);
  if (!snapshot) return undefined;
  try {
    const current = stampFiles(dir);
    const same = current.length === snapshot.files.length && current.every((s, i) => s.name === snapshot.files[i]!.name && s.size === snapshot.files[i]!.size);
    return same && hashFiles(dir, snapshot.files.map((f) => f.name)) === snapshot.contentHash ? snapshot : undefined;
  } catch {
    return undefined; // an unreadable knowledge dir: the full pipeline reports it with a position
  }
}
