/** Read one knowledge file as strict UTF-8, refusing files too large to be knowledge. */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { issue, type KbIssue } from './issues.js';

/** The whole article's knowledge is well under 1 MB; a larger file is a mistake or an attack. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; issue: KbIssue };

/**
 * Why `path` cannot be a knowledge file (missing, unreadable, not a regular file, too large), or
 * undefined. A FIFO or a device such as /dev/zero would block or never end, so only regular files pass.
 */
export function fileProblem(path: string, display: string): KbIssue | undefined {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return accessIssue(error, display);
  }
  if (!stat.isFile()) {
    return issue('FILE_UNREADABLE', `not a regular file (${stat.isDirectory() ? 'a directory' : 'a device, pipe or socket'}); give a YAML file or a directory of them`, { file: display });
  }
  if (stat.size > MAX_FILE_BYTES) {
    return issue('FILE_TOO_LARGE', `file is ${(stat.size / 1048576).toFixed(1)} MB; knowledge files may be at most ${MAX_FILE_BYTES / 1048576} MB — split it into several files`, { file: display });
  }
  return undefined;
}

/** Read one knowledge file as strict UTF-8, after fileProblem found nothing wrong with it. */
export function readText(path: string, display: string): ReadResult {
  const problem = fileProblem(path, display);
  if (problem) return { ok: false, issue: problem };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, issue: accessIssue(error, display) };
  }
  try {
    // fatal: invalid UTF-8 is an error, not silently replaced with U+FFFD. A BOM is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return {
      ok: false,
      issue: issue('FILE_ENCODING', 'the file is not valid UTF-8; save it as UTF-8', { file: display, line, column }),
    };
  }
}

function accessIssue(error: unknown, display: string): KbIssue {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return issue('FILE_NOT_FOUND', 'no such file or directory; check the --kb path or GPTLINEAGE_KB', { file: display });
  return issue('FILE_UNREADABLE', `cannot read the file (${code ?? 'unknown error'}); check its permissions`, { file: display });
}

/** Line and column of the first byte sequence that is not UTF-8 (lenient decoding marks it U+FFFD). */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  const lenient = bytes.toString('utf8');
  const at = Math.max(0, lenient.indexOf('\uFFFD'));
  const before = lenient.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
