/**
 * `matrix` as text. A grid (models × capabilities) when it fits the terminal; otherwise the
 * article's summary-table layout: one row per model with its training step and marked capabilities.
 */
import type { MatrixCell, MatrixResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish, hanging, visibleWidth } from './layout.js';
import { makeStyle, text, type Style } from './style.js';
import { fitWidths, table } from './table.js';

const SHORT = { none: '·', weak: 'weak', present: 'yes', strong: 'strong' } as const;

/** Render a matrix result. */
export function renderMatrixText(r: MatrixResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const cell = new Map(r.cells.map((c) => [`${c.model}\0${c.capability}`, c]));
  const heads = r.capabilities.map(shortName);
  const gridRows = r.rows.map((m) => [text(m.id), ...r.capabilities.map((c) => gridCell(st, cell.get(`${m.id}\0${c.id}`)))]);
  const natural = fitWidths(['model', ...heads], gridRows, Infinity);
  const fits = natural.reduce((a, b) => a + b, 0) + 2 * natural.length <= o.columns - 2;
  const out = fits ? table(st, ['model', ...heads], gridRows, o.columns) : articleLayout(st, r, cell, o.columns);
  const legend = 'Marks as in the summary table: + gained, ++ gained strongly, − lost some, −− lost much.';
  out.push('', ...hanging('', st.dim(fits && st.enabled ? `${legend} Inherited levels are dim.` : legend), o.columns, 0));
  if (r.hidden > 0) out.push(...hanging('', st.dim(`${r.hidden} cell(s) weaker than ${r.minConfidence} hidden.`), o.columns, 0));
  return finish(out);
}

/** The shortest of a capability's id and aliases that is still a word (3+ characters, no spaces). */
function shortName(c: MatrixResult['capabilities'][number]): string {
  const names = [c.id, ...c.aliases].filter((n) => n.length >= 3 && !/\s/.test(n));
  return text(names.sort((a, b) => a.length - b.length)[0] ?? c.id);
}

function gridCell(st: Style, c: MatrixCell | undefined): string {
  if (!c || c.level === null) return '';
  const body = `${c.mark ? `${c.mark} ` : ''}${SHORT[c.level]}`;
  return c.basis === 'explicit' ? body : st.dim(body);
}

function articleLayout(st: Style, r: MatrixResult, cell: Map<string, MatrixCell>, columns: number): string[] {
  const rows = r.rows.map((m) => {
    const marked = r.capabilities
      .map((c) => ({ c, x: cell.get(`${m.id}\0${c.id}`) }))
      .filter(({ x }) => x?.mark !== null && x?.mark !== undefined)
      .map(({ c, x }) => (/^[+\-−]*$/.test(x!.mark!) ? `${x!.mark}${shortName(c)}` : `${shortName(c)} (${text(x!.mark!)})`));
    const series = m.series ? st.dim(` (${text(m.series)})`) : '';
    const open = m.approximatedBy.map(text).join(', ') || st.dim('—');
    return [`${st.id(text(m.id))}${series}`, m.methods.map(text).join(' + ') || st.dim('—'), marked.join(', ') || st.dim('no change'), open];
  });
  const fitted = rows.map((row) => row.map((c) => (visibleWidth(c) > 0 ? c : ' ')));
  return table(st, ['model', 'trained by', 'capabilities', 'open approximations'], fitted, columns);
}
