/** Read one knowledge file as strict UTF-8, refusing files too large to be knowledge. */
import { readFileSync, statSync } from 'node:fs';
import { issue, type KbIssue } from './issues.js';

/** The whole article's knowledge is well under 1 MB; a larger file is a mistake or an attack. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; issue: KbIssue };

export function readText(path: string, display: string): ReadResult {
  const fail = (code: 'FILE_UNREADABLE' | 'FILE_TOO_LARGE' | 'FILE_ENCODING' | 'FILE_NOT_FOUND', message: string): ReadResult => ({
    ok: false,
    issue: issue(code, message, { file: display }),
  });
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.size > MAX_FILE_BYTES) {
      return fail('FILE_TOO_LARGE', `file is ${(stat.size / 1048576).toFixed(1)} MB; knowledge files may be at most ${MAX_FILE_BYTES / 1048576} MB — split it into several files`);
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('FILE_NOT_FOUND', 'no such file or directory; check the --kb path or GPTLINEAGE_KB');
    return fail('FILE_UNREADABLE', `cannot read the file (${code ?? 'unknown error'}); check its permissions`);
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

/** Line and column of the first byte sequence that is not UTF-8 (lenient decoding marks it U+FFFD). */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  const lenient = bytes.toString('utf8');
  const at = Math.max(0, lenient.indexOf('\uFFFD'));
  const before = lenient.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
