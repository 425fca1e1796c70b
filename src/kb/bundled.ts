/** Where the bundled knowledge and its build-time snapshot live, found from this module's own location. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest ancestor holding package.json and knowledge/ (works from src/ and dist/). */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'knowledge')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the gptlineage package root (package.json beside knowledge/)');
    dir = parent;
  }
  root = dir;
  return dir;
}

export function bundledKnowledgeDir(): string {
  return join(packageRoot(), 'knowledge');
}

export function snapshotPath(): string {
  return join(packageRoot(), 'dist', 'knowledge.snapshot.json');
}

/** The bundled files' bytes as the build saw them, which a snapshot is only used with. */
export function snapshotBytesPath(): string {
  return join(packageRoot(), 'dist', 'knowledge.bytes');
}
