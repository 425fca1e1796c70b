/**
 * Fitting text to the terminal: wrapping, breaking, clipping (widths from string-width, in width.ts).
 * The wrapping is ours, not wrap-ansi 10.0.2's, for measured reasons (Node 20, this machine):
 * wrap-ansi cuts a long id anywhere (`exhibits-code-c` / `ushman-001-…`) where we break after a
 * hyphen, and it is slower — 7 MB of short words at 40 columns 930 ms against our 576 ms;
 * 300,000 coloured words 1,406 ms against 136 ms; a 40,000-character CJK paragraph 1,352 ms
 * against 22 ms (it measures whole words with string-width, quadratic there; see width.ts).
 */

import { clusterWidth, graphemes, stripAnsi, visibleWidth, widthUpTo } from './width.js';

export { stripAnsi, visibleWidth };

/** What separates words: spaces, tabs and newlines, but not a no-break space (U+00A0), which keeps `▼ lowered` whole. */
export const WORD_GAP = /[ \t\n\r]+/;

/**
 * Split prose into lines of at most `width` columns. A word longer than a line (an id, a URL) is
 * broken after a hyphen, slash or dot where it can be, never cut short: users type ids back.
 * One pass over the words, so it stays linear on very long text.
 */
export function wrapProse(prose: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  const room = () => Math.max(1, lines.length === 0 ? firstWidth : width);
  let line = '';
  let lineWidth = 0;
  for (const word of prose.split(WORD_GAP)) {
    if (word === '') continue;
    const w = widthUpTo(word, Math.max(room(), width));
    if (line !== '' && lineWidth + 1 + w <= room()) {
      line = `${line} ${word}`;
      lineWidth += 1 + w;
      continue;
    }
    if (line !== '') lines.push(line);
    // A word that fits on a fresh line moves there whole; only a longer one is broken.
    const pieces = w <= room() ? [word] : breakWord(word, Math.min(room(), Math.max(1, width)));
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces.at(-1)!;
    lineWidth = visibleWidth(line);
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** A word in pieces of at most `width` columns, split after `-`, `/` or `.` where possible (colour codes kept whole). */
export function breakWord(word: string, width: number): string[] {
  if (widthUpTo(word, width) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  let lastBreak = -1; // index in `piece` just after the last break character
  for (const token of tokens(word)) {
    const w = token.startsWith('\u001b') ? 0 : clusterWidth(token);
    if (pieceWidth + w > width && pieceWidth > 0) {
      const cut = lastBreak > 0 ? lastBreak : piece.length;
      pieces.push(piece.slice(0, cut));
      piece = piece.slice(cut);
      pieceWidth = visibleWidth(piece);
      lastBreak = -1;
    }
    piece += token;
    pieceWidth += w;
    if (/[-/.]/.test(token)) lastBreak = piece.length;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** A word's colour codes, whole, and the grapheme clusters between them, so a cut never splits an emoji or an accent from its letter. */
function* tokens(word: string): Generator<string> {
  for (const [, code, text] of word.matchAll(/(\u001b\[[0-9;]*m)|([^\u001b]+|\u001b)/g)) {
    if (code !== undefined) yield code;
    else yield* graphemes(text!);
  }
}

/**
 * `lead` followed by prose wrapped to `columns`, continuation lines indented by `indent` spaces.
 * At most two elements, the first line and the rest joined by "\n": callers spread the result
 * into `push`, which overflows the stack past ~125,000 arguments (a 7 MB description at 40 columns).
 */
export function hanging(lead: string, prose: string, columns: number, indent: number): string[] {
  const room = Math.max(20, columns - indent);
  // A lead that leaves no room for prose (a long id in a narrow terminal) gets lines of its own.
  if (visibleWidth(lead) > columns - 10) {
    const leads = visibleWidth(lead) > columns ? wrapProse(lead, columns) : [lead.trimEnd()];
    return carryStyles([...leads, ...wrapProse(prose, room).map((l) => `${' '.repeat(indent)}${l}`)]);
  }
  const first = columns - visibleWidth(lead);
  const [h = '', ...t] = carryStyles(wrapProse(prose, room, first));
  const margin = ' '.repeat(indent);
  return t.length === 0 ? [`${lead}${h}`] : [`${lead}${h}`, t.map((l) => `${margin}${l}`).join('\n')];
}

// SGR codes that end an attribute, and the openers each one ends.
const CLOSES: Record<string, RegExp> = { '22': /^(1|2)$/, '23': /^3$/, '24': /^4$/, '27': /^7$/, '39': /^(3\d|9\d)$/, '49': /^(4\d|10\d)$/ };

/** Close styles still open at the end of a wrapped line and reopen them on the next, so colour never bleeds into indentation. */
export function carryStyles(lines: string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const prefix = open.map((c) => `\u001b[${c}m`).join('');
    for (const [, code] of line.matchAll(/\u001b\[([0-9;]*)m/g)) {
      if (code === '0' || code === '') open = [];
      else if (CLOSES[code!]) open = open.filter((c) => !CLOSES[code!]!.test(c));
      else open.push(code!);
    }
    return `${prefix}${line}${open.length > 0 ? '\u001b[0m' : ''}`;
  });
}

/** Plain prose cut to one line of `width` columns, ending in "…" when cut; never for ids, which wrap instead. */
export function clip(prose: string, width: number): string {
  if (widthUpTo(prose, width) <= width) return prose;
  let out = '';
  let used = 0;
  for (const ch of graphemes(stripAnsi(prose))) {
    const w = clusterWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** Pad to a visible width. */
export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleWidth(s)));
}

/** Join lines into the renderer's output, ending in exactly one "\n". */
export function finish(lines: string[]): string {
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
