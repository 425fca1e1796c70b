/** `gptlineage validate`: run the whole pipeline and report every problem, errors apart from warnings. */
import { EXIT } from '../errors.js';
import type { KbIssue } from '../kb/issues.js';
import { print, printJson, type CommandContext } from './context.js';
import { loadAll } from './load-kb.js';
import { bundledKnowledgeDir, snapshotBytesPath, snapshotPath } from '../kb/bundled.js';
import { readFreshSnapshot } from '../kb/snapshot.js';
import { renderValidation } from '../render/validation-text.js';

export async function validateCommand(ctx: CommandContext, opts: { strict?: boolean; cache?: boolean }): Promise<number> {
  const result = (opts.cache !== false && buildTimeResult(ctx)) || (await loadAll(ctx));
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const failed = errors.length > 0 || (opts.strict === true && warnings.length > 0);
  const summary = {
    ok: !failed,
    files: result.files.length,
    entities: countEntities(result.kb),
    errors: errors.length,
    warnings: warnings.length,
    issues: result.issues.map(jsonIssue),
  };
  if (ctx.json) printJson(ctx, 'validation', summary);
  else print(ctx, await renderValidation({ ...summary, issues: result.issues }, { color: ctx.color, columns: ctx.io.columns }));
  return failed ? EXIT.invalidKb : EXIT.ok;
}

/**
 * The build validated these very files with this very code: when every bundled file still has
 * the bytes it had then (compared with the copy the build kept, not by mtimes), its report is
 * this run's report.
 */
function buildTimeResult(ctx: CommandContext): LoadResult | undefined {
  if (ctx.kbPaths.length > 0 || !ctx.bundled || ctx.io.env.GPTLINEAGE_NO_CACHE) return undefined;
  const snapshot = readFreshSnapshot(snapshotPath(), snapshotBytesPath(), bundledKnowledgeDir());
  if (!snapshot) return undefined;
  return { kb: snapshot.kb, issues: snapshot.issues, files: snapshot.files.map((f) => ({ path: f.name, display: f.name })) };
}

function countEntities(kb: LoadResult['kb']): number | null {
  if (!kb) return null;
  return kb.sources.length + kb.models.length + kb.methods.length + kb.derivations.length + kb.capabilities.length + kb.claims.length + kb.questions.length + kb.errata.length;
}

/** Every field present in JSON, in a fixed order, so scripts can rely on the shape. */
function jsonIssue(i: KbIssue) {
  return { code: i.code, severity: i.severity, file: i.file, line: i.line ?? null, column: i.column ?? null, path: i.path ?? null, message: i.message };
}

type LoadResult = Awaited<ReturnType<typeof loadAll>>;
