/**
 * The validated bundled knowledge, compiled at build time into JSON so that queries skip YAML
 * and zod. It records each file's size and mtime; any difference means a file changed and the
 * snapshot is not used (never serve a stale answer).
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
  mtimeMs: number;
}

export interface Snapshot {
  format: 2;
  stamps: FileStamp[];
  /** sha256 over every file's name and bytes: what `validate` compares, since it must not trust mtimes. */
  contentHash: string;
  /** The build-time validation's issues (warnings only: a snapshot is written only without errors). */
  issues: KbIssue[];
  kb: Kb;
}

/** Size and mtime of every knowledge file under `dir`, sorted by name. */
export function stampFiles(dir: string): FileStamp[] {
  return findYamlFiles(dir).map((name) => {
    const s = statSync(join(dir, name));
    return { name, size: s.size, mtimeMs: s.mtimeMs };
  });
}

/** A hash of every knowledge file's name and bytes, in name order. */
export function hashFiles(dir: string, names: string[]): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/** The snapshot as written by the build, or undefined when missing or damaged. */
export function readSnapshot(path: string): Snapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot | null;
    const ok = snapshot?.format === 2 && Array.isArray(snapshot.stamps) && Array.isArray(snapshot.issues) && looksLikeKb(snapshot.kb);
    return ok ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot when the files on disk have exactly the bytes it was built from; otherwise undefined. */
export function readSnapshotForContent(path: string, dir: string): Snapshot | undefined {
  const snapshot = readSnapshot(path);
  if (!snapshot) return undefined;
  try {
    const names = findYamlFiles(dir);
    const same = names.length === snapshot.stamps.length && names.every((n, i) => n === snapshot.stamps[i]!.name);
    return same && hashFiles(dir, names) === snapshot.contentHash ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot's knowledge base when it matches the files on disk exactly; otherwise undefined. */
export function readFreshSnapshot(path: string, dir: string): Snapshot | undefined {
  const snapshot = readSnapshot(path);
  if (!snapshot) return undefined;
  let current: FileStamp[];
  try {
    current = stampFiles(dir);
  } catch {
    return undefined; // an unreadable knowledge dir: the full pipeline reports it with a position
  }
  const same =
    current.length === snapshot.stamps.length &&
    current.every((s, i) => {
      const t = snapshot.stamps[i]!;
      return s.name === t.name && s.size === t.size && s.mtimeMs === t.mtimeMs;
    });
  return same ? snapshot : undefined;
}
