/** Neutralise control characters in text from knowledge files before it reaches a terminal. */

// C0 controls except tab and newline, DEL, and C1 controls (which include the 8-bit CSI and OSC).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides can reorder what a terminal shows.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves raw of the above.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replace control characters with a visible escape such as `\x1b`, so nothing is interpreted. */
export function sanitize(text: string): string {
  return text.replace(CONTROL, escapeChar).replace(BIDI, escapeChar);
}

/** Like sanitize, but also folds newlines and tabs: for one-line cells and messages. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\n\t]+/g, ' ');
}

/**
 * JSON text with DEL, C1 controls (the 8-bit CSI among them) and bidi overrides written as \u
 * escapes: JSON.stringify escapes only C0. They occur only inside strings, so the value is unchanged.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
