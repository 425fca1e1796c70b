/** Borderless tables fitted to the terminal width, through cli-table3 with its own colours off. */
import Table from 'cli-table3';
import { carryStyles, hanging, stripAnsi, visibleWidth, WORD_GAP, wrapProse } from './layout.js';
import type { Style } from './style.js';

const NO_BORDER = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

/** Narrow enough for five columns in a 40-column terminal, wide enough to hold a short word. */
const MIN_WIDTH = 4;
/** A column narrower than its words (up to this many columns) reads as slivers: below it, records instead. */
const WORD_FLOOR = 12;

/** A table with a bold head and a rule under it; the widest columns wrap so the whole fits in `columns`. */
export function table(st: Style, head: string[], rows: string[][], columns: number, indent = 2): string[] {
  const widths = fitWidths(head, rows, columns - indent);
  // Too many columns for the terminal without chopping words into slivers: one record per row instead.
  const floors = head.map((h, i) => Math.min(WORD_FLOOR, Math.max(longestWord(h), ...rows.map((r) => longestWord(r[i] ?? '')))));
  if (floors.reduce((a, b) => a + b, 0) + 2 * (head.length - 1) > columns - indent) return records(st, head, rows, columns, indent);
  const t = new Table({
    chars: NO_BORDER,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colWidths: widths,
    wordWrap: false,
  });
  // Cells are wrapped here, not by cli-table3, which would cut a long id short with "…"; and a
  // row per line, since cli-table3 measures a cell of several lines as one string and then shortens
  // it a character at a time (`show` of a model with 300 capabilities: 4.9 s).
  const wrapped = rows.flatMap((row) => lineRows(row.map((cell, i) => wrapCell(cell, widths[i]!))));
  t.push(...lineRows(head.map((h, i) => st.bold(wrapCell(h, widths[i]!)))), widths.map((w) => st.dim('─'.repeat(w))), ...wrapped);
  return t.toString().split('\n').map((l) => `${' '.repeat(indent)}${l.trimEnd()}`);
}

/** A row of wrapped cells as rows of one line each, blank where a cell has no more lines. */
function lineRows(cells: string[]): string[][] {
  const lines = cells.map((c) => c.split('\n'));
  const height = Math.max(1, ...lines.map((l) => l.length));
  return Array.from({ length: height }, (_, k) => lines.map((l) => l[k] ?? ''));
}

/**
 * Natural column widths, shrinking the widest column one step at a time until the row fits:
 * first only down to each column's longest word, so ids and aliases stay whole on one line,
 * and only then further. The first column holds ids, which users copy: it shrinks last.
 */
export function fitWidths(head: string[], rows: string[][], room: number): number[] {
  const widths = head.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => longestLine(r[i] ?? ''))));
  const words = head.map((h, i) => Math.max(longestWord(h), ...rows.map((r) => longestWord(r[i] ?? ''))));
  const gaps = 2 * (head.length - 1);
  const total = () => widths.reduce((a, b) => a + b, 0) + gaps;
  for (const floor of [(i: number) => words[i]!, () => MIN_WIDTH]) {
    while (total() > room) {
      const shrinkable = widths.map((w, i) => (w > floor(i) ? w : 0));
      const others = shrinkable.map((w, i) => (i === 0 ? 0 : w));
      const pick = Math.max(...others) > 0 ? others : shrinkable;
      const widest = pick.indexOf(Math.max(...pick));
      if (pick[widest]! <= 0) break;
      widths[widest]!--;
    }
  }
  return widths;
}

/** Whether a table fits in `room` with no word broken: every column at least as wide as its longest word. */
export function fitsWhole(head: string[], rows: string[][], room: number): boolean {
  const words = head.map((h, i) => Math.max(longestWord(h), ...rows.map((r) => longestWord(r[i] ?? ''))));
  return words.reduce((a, b) => a + b, 0) + 2 * (head.length - 1) <= room;
}

function longestWord(cell: string): number {
  return Math.max(0, ...cell.split(WORD_GAP).map(visibleWidth));
}

/** A cell's lines wrapped to `width`, colour closed and reopened across the breaks. */
function wrapCell(cell: string, width: number): string {
  return carryStyles(cell.split('\n').flatMap((line) => wrapProse(line, width))).join('\n');
}

function longestLine(cell: string): number {
  return Math.max(0, ...cell.split('\n').map(visibleWidth));
}

/** Each row as its first cell, then `head: cell` lines, for terminals too narrow for the table. */
function records(st: Style, head: string[], rows: string[][], columns: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return rows.flatMap((row, r) => [
    ...(r > 0 ? [''] : []),
    ...hanging(pad, st.bold(stripAnsi(row[0] ?? '')), columns, indent),
    ...row.slice(1).flatMap((cell, i) => (stripAnsi(cell).trim() === '' ? [] : hanging(`${pad}  ${st.dim(`${head[i + 1]}:`)} `, stripAnsi(cell), columns, indent + 4))),
  ]);
}
