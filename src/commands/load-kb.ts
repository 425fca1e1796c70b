/**
 * Get the validated knowledge base for a command as cheaply as correctness allows: the bundled
 * snapshot when no pack is added and no file changed; a content-keyed cache for user packs;
 * otherwise the full YAML + zod pipeline (loaded lazily, so queries never pay for it).
 */
import { resolve } from 'node:path';
import { bundledKnowledgeDir, packageRoot, snapshotBytesPath, snapshotPath } from '../kb/bundled.js';
import { cacheDir, cacheKey, readCache } from '../kb/cache.js';
import { writeCache } from '../kb/cache-write.js';
import { cacheSecret } from '../kb/cache-seal.js';
import { listKnowledgeFiles } from '../kb/list-files.js';
import { packHashes, sha256 } from '../kb/pack-hashes.js';
import { readBytes } from '../kb/read-text.js';
import { readFreshSnapshot } from '../kb/snapshot.js';
import type { Kb } from '../kb/types.js';
import type { KbInput, LoadResult } from '../kb/load.js';
import { KbInvalidError, UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

export async function loadKb(ctx: CommandContext): Promise<Kb> {
  const inputs = knowledgeInputs(ctx);
  const snapshot = readFreshSnapshot(snapshotPath(), snapshotBytesPath(), bundledKnowledgeDir());
  if (ctx.kbPaths.length === 0 && snapshot) return snapshot.kb;
  const dir = snapshot ? cacheDir(ctx.io.env) : undefined;
  const secret = dir ? cacheSecret(dir) : undefined;
  const pack = dir ? packKey(ctx, snapshot!.contentHash, dir, secret) : undefined;
  const { loadKnowledge, checkCachedKb } = await import('../kb/load.js');
  // An entry is a few times the size of its YAML; the bundled knowledge is in it too.
  const cached = dir && pack ? readCache(dir, pack.key, { maxBytes: 64 * 1048576 + 4 * pack.bytes, check: checkCachedKb, secret }) : undefined;
  if (cached) return cached;
  const result = loadKnowledge(inputs);
  if (!result.kb) throw new KbInvalidError(result.issues);
  if (dir && pack) writeCache(dir, pack.key, result.kb, secret);
  return result.kb;
}

/** Run the full pipeline over the bundled knowledge and every pack. */
export async function loadAll(ctx: CommandContext): Promise<LoadResult> {
  const { loadKnowledge } = await import('../kb/load.js');
  return loadKnowledge(knowledgeInputs(ctx));
}

/** The bundled knowledge (unless --no-bundled), then each pack in order. */
export function knowledgeInputs(ctx: CommandContext): KbInput[] {
  if (!ctx.bundled && ctx.kbPaths.length === 0) throw new UsageError('--no-bundled needs at least one --kb pack (or GPTLINEAGE_KB)', 'NO_KNOWLEDGE');
  const packs = ctx.kbPaths.map((path) => ({ path, base: ctx.io.cwd }));
  return ctx.bundled ? [{ path: bundledKnowledgeDir(), base: packageRoot() }, ...packs] : packs;
}

/**
 * A key over the tool's snapshot and every pack file's name and bytes, and the packs' total size;
 * undefined when a file cannot be read. A file unchanged since an earlier run keeps the hash it
 * had then (pack-hashes.ts); any other is read and digested at once, so a 100 MB pack is never
 * held in memory just to compute the key.
 */
function packKey(ctx: CommandContext, bundled: string, dir: string, secret: Buffer | undefined): { key: string; bytes: number } | undefined {
  const parts: string[] = ['gptlineage-kb-cache-4', ctx.bundled ? bundled : 'no-bundled'];
  const remembered = secret ? packHashes(dir, cacheKey(ctx.kbPaths.map((p) => resolve(ctx.io.cwd, p))), secret) : undefined;
  let bytes = 0;
  for (const path of ctx.kbPaths) {
    const { files, issues } = listKnowledgeFiles(path, ctx.io.cwd);
    if (issues.length > 0) return undefined;
    for (const file of files) {
      let known = remembered?.known(file.path);
      if (known === undefined) {
        const read = readBytes(file.path, file.display);
        if (!read.ok) return undefined;
        known = { sha256: sha256(read.bytes), size: read.bytes.length };
        remembered?.learn(file.path, known.sha256);
      }
      parts.push(file.path, known.sha256);
      bytes += known.size;
    }
  }
  remembered?.save();
  return { key: cacheKey(parts), bytes };
}
