/** The BibTeX renderer: one entry per source of a `cite` result, keyed by source id. */
import type { QueryResult, SourceView } from '../queries/types.js';
import { dateParts, entryType, isOrganisation } from './bibtex-fields.js';
import type { RenderOptions } from './index.js';
import { latexText } from './latex-text.js';
import { encodeUrl } from './url.js';

/** BibTeX entries, in source id order; `unicode` keeps non-ASCII as UTF-8 (for biber, lualatex, xelatex). */
export function renderBibtex(result: QueryResult, options?: Pick<RenderOptions, 'unicode'>): string {
  if (result.kind !== 'cite') throw new Error(`bibtex renders cite results, not ${result.kind}`);
  if (result.sources.length === 0) return '% no sources\n';
  const text = (v: string) => latexText(v, options?.unicode === true);
  return `${result.sources.map((s) => entry(s, text)).join('\n\n')}\n`;
}

function entry(s: SourceView, text: (v: string) => string): string {
  const { type, venueField } = entryType(s);
  const date = dateParts(s.date, s.year);
  const fields: [string, string | null | undefined][] = [
    ['title', `{${text(s.title)}}`],
    ['author', authors(s.authors, text)],
    // BibTeX sorts an entry without authors by its key.
    ['key', s.authors.length === 0 ? s.id : null],
    [venueField, s.venue === null ? null : text(s.venue)],
    ['year', date.year],
    ['month', date.month],
    ['day', date.day],
    // Undated: ISO 8601-2's "unspecified year", which biber accepts as the date it requires.
    ['date', date.year === undefined ? 'XXXX' : null],
    ['eprint', s.arxiv],
    ['archiveprefix', s.arxiv === null ? null : 'arXiv'],
    ['doi', s.doi === null ? null : text(s.doi)],
    ['url', s.url === null ? null : encodeUrl(s.url)],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== null && f[1] !== undefined).map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`);
  return `@${type}{${s.id},\n${body.join(',\n')}\n}`;
}

/** Authors joined by "and"; an organisation is braced whole, "et al." is BibTeX's "others". */
function authors(names: string[], text: (v: string) => string): string | null {
  if (names.length === 0) return null;
  return names.map((a) => (/^et al\.?$/i.test(a.trim()) ? 'others' : isOrganisation(a) ? `{${text(a)}}` : text(a))).join(' and ');
}
