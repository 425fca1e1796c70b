/** Validate a knowledge directory and compile it into a snapshot (build time only: it loads the YAML pipeline). */
import { loadKnowledge, type LoadResult } from './load.js';
import { hashFiles, stampFiles, type Snapshot } from './snapshot.js';

/** The snapshot of `dir` (display names relative to `root`), or undefined when the knowledge has errors. */
export function buildSnapshot(dir: string, root: string): { snapshot?: Snapshot; result: LoadResult } {
  const files = stampFiles(dir);
  const result = loadKnowledge([{ path: dir, base: root }]);
  if (!result.kb) return { result };
  const contentHash = hashFiles(dir, files.map((f) => f.name));
  return { snapshot: { format: 3, files, contentHash, issues: result.issues, kb: result.kb }, result };
}
