/**
 * `matrix` as text. A grid (models × capabilities) when it fits the terminal; otherwise the
 * article's summary-table layout: one row per model with its training step and marked capabilities.
 */
import type { MatrixCell, MatrixResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish, hanging, visibleWidth } from './layout.js';
import { confidenceMark, makeStyle, text, type Style } from './style.js';
import { fitWidths, table } from './table.js';

const SHORT = { unknown: '?', none: '·', weak: 'weak', present: 'yes', strong: 'strong' } as const;

/** Render a matrix result. */
export function renderMatrixText(r: MatrixResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const cell = new Map(r.cells.map((c) => [`${c.model}\0${c.capability}`, c]));
  const heads = r.capabilities.map(shortName);
  const gridRows = r.rows.map((m) => [text(m.id), ...r.capabilities.map((c) => gridCell(st, cell.get(`${m.id}\0${c.id}`)))]);
  const natural = fitWidths(['model', ...heads], gridRows, Infinity);
  const fits = natural.reduce((a, b) => a + b, 0) + 2 * natural.length <= o.columns - 2;
  const out = fits ? table(st, ['model', ...heads], gridRows, o.columns) : articleLayout(st, r, cell, o.columns);
  const legend = 'Marks as in the summary table (only on the cells it marks): + gained, ++ gained strongly, − lost some, −− lost much.';
  out.push('', ...hanging('', st.dim(legend), o.columns, 0));
  if (r.cells.some((c) => c.basis === 'inferred')) out.push(...hanging('', st.dim('~ inferred along the lineage, with its confidence (●●●● established … ○○○○ open); ? unknown: no claim and nothing to inherit.'), o.columns, 0));
  for (const a of r.assumptions) out.push(...hanging('', st.dim(`Inferred cells assume: ${text(a.statement)} (never above ${a.cap})`), o.columns, 0));
  if (r.hidden > 0) out.push(...hanging('', st.dim(`${r.hidden} cell(s) weaker than ${r.minConfidence} hidden.`), o.columns, 0));
  return finish(out);
}

/** The shortest of a capability's id and aliases that is still a word (3+ characters, no spaces). */
function shortName(c: MatrixResult['capabilities'][number]): string {
  const names = [c.id, ...c.aliases].filter((n) => n.length >= 3 && !/\s/.test(n));
  return text(names.sort((a, b) => a.length - b.length)[0] ?? c.id);
}

function gridCell(st: Style, c: MatrixCell | undefined): string {
  if (!c) return '';
  if (c.basis === 'inferred') return `${st.dim(`~${SHORT[c.level]}`)} ${confidenceMark(st, c.confidence)}`;
  return c.basis === 'unknown' ? st.dim(SHORT.unknown) : `${c.mark ? `${c.mark} ` : ''}${SHORT[c.level]}`;
}

/** A row the table does not mark lists what is known of it: claimed levels, and inferred ones with `~` and their confidence. */
function knownCells(st: Style, r: MatrixResult, cell: Map<string, MatrixCell>, model: string): string {
  const cells = r.capabilities.map((c) => ({ c, x: cell.get(`${model}\0${c.id}`) })).filter(({ x }) => x && x.basis !== 'unknown');
  const listed = cells.map(({ c, x }) => `${x!.basis === 'inferred' ? '~' : ''}${shortName(c)} ${x!.level}${x!.basis === 'inferred' ? ` ${confidenceMark(st, x!.confidence)}` : ''}`);
  const unknown = r.capabilities.length - cells.length;
  return [...listed, unknown > 0 ? st.dim(`${unknown} unknown`) : ''].filter(Boolean).join(', ');
}

function articleLayout(st: Style, r: MatrixResult, cell: Map<string, MatrixCell>, columns: number): string[] {
  const rows = r.rows.map((m) => {
    const marked = r.capabilities
      .map((c) => ({ c, x: cell.get(`${m.id}\0${c.id}`) }))
      .filter(({ x }) => x?.mark !== null && x?.mark !== undefined)
      .map(({ c, x }) => (/^[+\-−]*$/.test(x!.mark!) ? `${x!.mark}${shortName(c)}` : `${shortName(c)} (${text(x!.mark!)})`));
    const series = m.series ? st.dim(` (${text(m.series)})`) : '';
    const open = m.approximatedBy.map(text).join(', ') || st.dim('—');
    const shown = marked.length > 0 ? marked.join(', ') : knownCells(st, r, cell, m.id);
    return [`${st.id(text(m.id))}${series}`, m.methods.map(text).join(' + ') || st.dim('—'), shown || st.dim('nothing known'), open];
  });
  const fitted = rows.map((row) => row.map((c) => (visibleWidth(c) > 0 ? c : ' ')));
  return table(st, ['model', 'trained by', 'capabilities', 'open approximations'], fitted, columns);
}
