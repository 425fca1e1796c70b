/** Typed errors that carry their exit code; one boundary in the CLI prints them. */
import type { KbIssue } from './kb/issues.js';

export const EXIT = { ok: 0, notFound: 1, usage: 2, invalidKb: 3, internal: 70 } as const;

/** A command ran but found nothing to answer with (exit 1). */
export class NotFoundError extends Error {
  readonly exitCode = EXIT.notFound;
  constructor(
    message: string,
    readonly code = 'NOT_FOUND',
    readonly details: { query?: string; kind?: string; suggestions?: string[] } = {},
  ) {
    super(message);
  }
}

/** The command line itself is wrong (exit 2). */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(
    message: string,
    readonly code = 'USAGE',
  ) {
    super(message);
  }
}

/** The knowledge base has errors (exit 3); the issues say where. */
export class KbInvalidError extends Error {
  readonly exitCode = EXIT.invalidKb;
  readonly code = 'KB_INVALID';
  constructor(readonly issues: KbIssue[]) {
    super(`the knowledge base has ${issues.filter((i) => i.severity === 'error').length} error(s); run \`gptlineage validate\` for details`);
  }
}
