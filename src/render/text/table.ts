/** Borderless tables fitted to the terminal width, through cli-table3 with its own colours off. */
import Table from 'cli-table3';
import { hanging, stripAnsi, visibleWidth } from './layout.js';
import type { Style } from './style.js';

const NO_BORDER = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

/** Narrow enough for five columns in a 40-column terminal, wide enough to hold a short word. */
const MIN_WIDTH = 4;

/** A table with a bold head and a rule under it; the widest columns wrap so the whole fits in `columns`. */
export function table(st: Style, head: string[], rows: string[][], columns: number, indent = 2): string[] {
  const widths = fitWidths(head, rows, columns - indent);
  // Too many columns for the terminal even at their narrowest: one record per row instead.
  if (widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) > columns - indent) return records(st, head, rows, columns, indent);
  const t = new Table({
    chars: NO_BORDER,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  // cli-table3 does not carry colour across the lines of a wrapped cell, so a cell that will wrap goes plain.
  const safe = rows.map((row) => row.map((cell, i) => (longestLine(cell) > widths[i]! ? stripAnsi(cell) : cell)));
  t.push(head.map((h) => st.bold(h)), widths.map((w) => st.dim('─'.repeat(w))), ...safe);
  return t.toString().split('\n').map((l) => `${' '.repeat(indent)}${l.trimEnd()}`);
}

/**
 * Natural column widths, shrinking the widest column one step at a time until the row fits.
 * The first column holds ids, which users copy, so it shrinks only when nothing else can.
 */
export function fitWidths(head: string[], rows: string[][], room: number): number[] {
  const widths = head.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => longestLine(r[i] ?? ''))));
  const gaps = 2 * (head.length - 1);
  while (widths.reduce((a, b) => a + b, 0) + gaps > room) {
    const others = widths.map((w, i) => (i === 0 ? 0 : w));
    const widest = Math.max(...others) > MIN_WIDTH ? others.indexOf(Math.max(...others)) : widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_WIDTH) break;
    widths[widest]!--;
  }
  return widths;
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
