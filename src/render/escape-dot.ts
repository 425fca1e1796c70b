/**
 * A Graphviz DOT double-quoted string. Lines are escaped one by one and joined with DOT's own
 * `\n`, so text that merely looks like an escape (a literal `\x00` or `\n` in a name) stays text;
 * backslashes (`\N`, `\G`, `\l` are label escapes), quotes and `&` (Graphviz decodes `&lt;` and
 * `&#60;` in labels) are escaped.
 */
import { sanitizeLine } from './sanitize.js';

/** `"…"` for DOT: each "\n" of `text` becomes a line break of the label, nothing else does. */
export function escapeDot(text: string): string {
  return `"${text.split('\n').map(escapeLine).join('\\n')}"`;
}

function escapeLine(line: string): string {
  return sanitizeLine(line).replace(/&/g, '&amp;').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
