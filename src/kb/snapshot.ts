/**
 * The validated bundled knowledge, compiled at build time into JSON so that queries skip YAML
 * and zod. It records each file's size and mtime; any difference means a file changed and the
 * snapshot is not used (never serve a stale answer).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => {
      const s = statSync(join(dir, name));
      return { name, size: s.size, mtimeMs: s.mtimeMs };
    });
}

/** The snapshot's knowledge base when it matches the files on disk exactly; otherwise undefined. */
export function readFreshSnapshot(path: string, dir: string): Snapshot | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot.format !== 1) return undefined;
  const current = stampFiles(dir);
  const same =
    current.length === snapshot.stamps.length &&
    current.every((s, i) => {
      const t = snapshot.stamps[i]!;
      return s.name === t.name && s.size === t.size && s.mtimeMs === t.mtimeMs;
    });
  return same ? snapshot : undefined;
}
