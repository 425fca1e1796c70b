/** The one place errors reach the user: text or JSON on stderr, a stack only under --debug. */
import { KbInvalidError, NotFoundError, UsageError } from '../errors.js';
import { formatIssueLine } from '../kb/format-issue.js';
import type { Io } from './io.js';
import { escapeJsonText, sanitize } from '../render/sanitize.js';
import { wrapProse } from '../render/text/layout.js';
import { OUTPUT_SCHEMA_VERSION } from '../queries/types.js';

export function printError(io: Io, json: boolean, error: unknown, debug = false): void {
  if (json) {
    io.stderr.write(`${escapeJsonText(JSON.stringify({ schemaVersion: OUTPUT_SCHEMA_VERSION, kind: 'error', error: errorObject(error) }))}\n`);
    return;
  }
  if (error instanceof KbInvalidError) {
    for (const i of error.issues.filter((x) => x.severity === 'error')) io.stderr.write(`${formatIssueLine(i)}\n`);
    io.stderr.write(`gptlineage: ${error.message}\n`);
    return;
  }
  if (error instanceof NotFoundError || error instanceof UsageError) {
    // Wrapped to the terminal, each line of the message (the usage line is its own) on its own.
    const lines = sanitize(`gptlineage: ${error.message}`).split('\n');
    for (const line of lines) io.stderr.write(`${wrapProse(line, Math.max(20, io.columns - 2), io.columns).join('\n  ')}\n`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`gptlineage: internal error: ${sanitize(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${sanitize(error.stack)}\n`);
  else io.stderr.write('This is a bug in gptlineage. Run again with --debug for a stack trace.\n');
}

function errorObject(error: unknown): object {
  if (error instanceof KbInvalidError) return { code: error.code, message: error.message, issues: error.issues };
  if (error instanceof NotFoundError) return { code: error.code, message: error.message, ...error.details };
  if (error instanceof UsageError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
