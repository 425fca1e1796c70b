/** Validate a knowledge directory and compile it into a snapshot (build time only: it loads the YAML pipeline). */
import { writeFileSync } from 'node:fs';
import { loadKnowledge, type LoadResult } from './load.js';
import { concatFiles, hashFiles, stampFiles, type Snapshot } from './snapshot.js';

export interface BuiltSnapshot {
  /** Undefined when the knowledge has errors, or changed while it was being validated. */
  snapshot?: Snapshot;
  /** The files' bytes the snapshot was built from, which it is only ever used with. */
  bytes?: Buffer;
  result: LoadResult;
}

/** The snapshot of `dir` (display names relative to `root`). */
export function buildSnapshot(dir: string, root: string): BuiltSnapshot {
  const files = stampFiles(dir);
  const names = files.map((f) => f.name);
  const bytes = concatFiles(dir, names);
  const result = loadKnowledge([{ path: dir, base: root }]);
  if (!result.kb) return { result };
  // A file edited during validation: the kb may not match `bytes`, so no snapshot at all.
  if (!concatFiles(dir, names).equals(bytes) || bytes.length !== files.reduce((n, f) => n + f.size, 0)) return { result };
  return { snapshot: { format: 3, files, contentHash: hashFiles(dir, names), issues: result.issues, kb: result.kb }, bytes, result };
}

/** Write the snapshot and its bytes; the bytes first, so a snapshot never exists without them. */
export function writeSnapshot(built: BuiltSnapshot, snapshotPath: string, bytesPath: string): boolean {
  if (!built.snapshot || !built.bytes) return false;
  writeFileSync(bytesPath, built.bytes);
  writeFileSync(snapshotPath, asciiJson(JSON.stringify(built.snapshot)));
  return true;
}

/**
 * JSON text with every character outside ASCII escaped (they occur only inside strings), which
 * each run reads faster: 0.9 ms instead of 1.6 for the bundled knowledge (see readSnapshot).
 */
function asciiJson(json: string): string {
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
