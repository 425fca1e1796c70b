/** Word an issue for a terminal: `file:line:column  CODE  message`. */
import { sanitizeLine } from '../render/sanitize.js';
import type { KbIssue } from './issues.js';

export function formatIssueLine(issue: KbIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return `${sanitizeLine(where)}  ${issue.code}  ${sanitizeLine(issue.message)}`;
}
