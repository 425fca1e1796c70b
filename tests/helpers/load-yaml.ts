/** Run the validation pipeline over YAML written to a temp directory, the way `--kb` would load it. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadKnowledge, type LoadResult } from '../../src/kb/load.js';

/** Write `files` (name → YAML text) into a fresh directory and load it as one pack. */
export function loadPack(files: Record<string, string | Buffer>, opts: { withBundled?: boolean } = {}): LoadResult {
  const dir = writePack(files);
  const inputs = [{ path: dir, base: dir }];
  if (opts.withBundled) inputs.unshift({ path: join(process.cwd(), 'knowledge'), base: process.cwd() });
  return loadKnowledge(inputs);
}

export function writePack(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-test-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
