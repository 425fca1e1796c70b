/**
 * Text for a Mermaid quoted label or comment. Mermaid reads its whole text for `%%{init: …}%%`
 * directives (a label could restyle or script the diagram) and decodes `#name;` and `#123;`
 * entities inside labels, so `%`, `#`, quotes, markup characters and backslashes are all
 * written as entity codes; what the reader sees is the text as the knowledge has it.
 */
import { sanitizeLine } from './sanitize.js';

const NAMED: Record<string, string> = { '"': '#quot;', '<': '#lt;', '>': '#gt;' };

/** One line of knowledge text, safe inside `["…"]`, `|"…"|` or after `%%`. */
export function escapeMermaid(text: string): string {
  return sanitizeLine(text).replace(/[#%"<>&\\`{}|]/g, (c) => NAMED[c] ?? `#${c.charCodeAt(0)};`);
}
