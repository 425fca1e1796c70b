/**
 * The validated bundled knowledge, compiled at build time into JSON so that queries skip YAML
 * and zod. It records each file's size and mtime; any difference means a file changed and the
 * snapshot is not used (never serve a stale answer).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeKb } from './cache.js';
import { findYamlFiles } from './list-files.js';
import type { Kb } from './types.js';

export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

export interface Snapshot {
  format: 1;
  stamps: FileStamp[];
  kb: Kb;
}

/** Size and mtime of every knowledge file under `dir`, sorted by name. */
export function stampFiles(dir: string): FileStamp[] {
  return findYamlFiles(dir).map((name) => {
    const s = statSync(join(dir, name));
    return { name, size: s.size, mtimeMs: s.mtimeMs };
  });
}

/** The snapshot's knowledge base when it matches the files on disk exactly; otherwise undefined. */
export function readFreshSnapshot(path: string, dir: string): Snapshot | undefined {
  let snapshot: Snapshot | null;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot?.format !== 1 || !Array.isArray(snapshot.stamps) || !looksLikeKb(snapshot.kb)) return undefined;
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
