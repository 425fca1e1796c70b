/** Write a generated knowledge base as YAML files in a fresh directory, and load it the way `--kb` does. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadKnowledge, type LoadResult } from '../../src/kb/load.js';

/** File name → YAML text of every file of a spec (or of a mutated copy of its files). */
export function toYaml(files: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, stringify(content)]));
}

/** Load `texts` as one pack from a temp directory, then remove it. Display names are the file names. */
export function loadTexts(texts: Record<string, string | Buffer>): LoadResult {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-prop-'));
  try {
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
    return loadKnowledge([{ path: dir, base: dir }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
