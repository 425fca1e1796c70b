/**
 * Neutralise characters in text from knowledge files before it reaches a terminal or a file a
 * tool will read: the one definition of what is unsafe, used by every output format.
 */

// C0 controls except tab and newline, DEL, and C1 controls (which include the 8-bit CSI and OSC).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Invisible characters that change what a terminal shows: bidirectional marks, embeddings,
 * overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), line and
 * paragraph separators (U+2028, U+2029: a line break to some viewers, none to others), zero-width
 * space, word joiner and invisible operators (U+200B, U+2060–U+2064), the byte-order mark and
 * interlinear annotations (U+FEFF, U+FFF9–U+FFFB). Joiners U+200C/U+200D stay: scripts need them.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
// What JSON.stringify leaves raw of the above (it escapes only C0).
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** Replace control and invisible characters with a visible escape such as `\x1b` or `\u202e`, so nothing is interpreted. */
export function sanitize(text: string): string {
  return text.replace(CONTROL, escapeChar).replace(INVISIBLE, escapeChar);
}

/** Like sanitize, but also folds newlines and tabs: for one-line cells and messages. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\n\t]+/g, ' ');
}

/**
 * A copy of `value` with every string sanitized (objects and arrays walked, iteratively so a
 * deep result cannot overflow the stack): what every non-JSON renderer is given.
 */
export function sanitizeDeep<T>(value: T): T {
  const root = { value: value as unknown };
  const pending: Array<[Record<string | number, unknown>, string | number]> = [[root, 'value']];
  while (pending.length > 0) {
    const [holder, key] = pending.pop()!;
    const item = holder[key];
    if (typeof item === 'string') holder[key] = sanitize(item);
    else if (Array.isArray(item)) {
      const copy = item.slice();
      holder[key] = copy;
      for (let i = 0; i < copy.length; i++) pending.push([copy as unknown as Record<number, unknown>, i]);
    } else if (item !== null && typeof item === 'object') {
      const copy = { ...(item as Record<string, unknown>) };
      holder[key] = copy;
      for (const k of Object.keys(copy)) pending.push([copy, k]);
    }
  }
  return root.value as T;
}

/**
 * JSON text with DEL, C1 controls (the 8-bit CSI among them) and the invisible characters above
 * written as \u escapes: JSON.stringify escapes only C0. They occur only inside strings, so the
 * value is unchanged.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
