/** Pieces every describe page (`show`) is built from: a header, sections, and hints of what to type next. */
import type { ShowResult } from '../../queries/types.js';
import { clip, hanging, visibleWidth } from './layout.js';
import { namesOf, shortCite, type Names } from './names.js';
import { text, type Style } from './style.js';

/** What a page renderer gets: the result, its names, style, width, and whether to show everything. */
export interface PageContext {
  r: ShowResult;
  st: Style;
  names: Names;
  columns: number;
  verbose: boolean;
  /** Whether ids are printed beside names (`--ids`). */
  ids: boolean;
}

/** Index a show result for a page renderer. */
export function pageContext(r: ShowResult, st: Style, columns: number, verbose: boolean, ids: boolean): PageContext {
  return { r, st, names: namesOf(r), columns, verbose, ids };
}

/** `title` over its lines, or nothing when there are none. */
export function section(st: Style, title: string, lines: string[], columns = 80): string[] {
  return lines.length === 0 ? [] : ['', ...hanging('', st.heading(title), columns, 2), ...lines];
}

/** The first lines of a page: `id — what it is`, then prose wrapped. */
export function header(p: PageContext, what: string, prose: (string | null | undefined)[]): string[] {
  const { st, r, columns } = p;
  const out = hanging(`${st.bold(st.id(text(r.id)))} — `, what, columns, 2);
  for (const line of prose) if (line) out.push(...hanging('', text(line), columns, 0));
  return out;
}

/** A source as a reader names it, with where in it: `Fu et al. 2022 §3.1`. */
export function cite(p: PageContext, source: string | null, locator?: string | null): string {
  const who = source ? shortCite(p.names.source(source), source) : 'no source';
  return `${who}${locator ? ` ${text(locator)}` : ''}${p.ids && source ? p.st.dim(` [${text(source)}]`) : ''}`;
}

/** A name, with its id beside it under `--ids`. */
export function named(p: PageContext, name: string, id: string): string {
  return p.ids && name !== id ? `${name} ${p.st.dim(`[${text(id)}]`)}` : name;
}

/** One clipped line of prose per item, then `… N more` when the page keeps only the first `max`. */
export function capped(p: PageContext, items: string[], max: number, more: string): string[] {
  const shown = p.verbose ? items : items.slice(0, max);
  const left = items.length - shown.length;
  return left > 0 ? [...shown, ...hanging('  ', p.st.dim(`… ${left} more: ${more}`), p.columns, 4)] : shown;
}

/** `→ gptlineage …` hints, one per line (wrapped, never cut: they are typed back). */
export function hints(st: Style, commands: string[], columns: number): string[] {
  return commands.length === 0 ? [] : ['', ...commands.flatMap((c) => hanging('', st.dim(`→ gptlineage ${text(c)}`), columns, 4))];
}

/** A one-line item: `lead` then prose clipped to the width (prose only; ids wrap elsewhere). */
export function oneLine(lead: string, prose: string, columns: number): string {
  return `${lead}${clip(prose, Math.max(10, columns - visibleWidth(lead)))}`;
}
