/** The BibTeX renderer: one entry per source of a `cite` result, keyed by source id. */
import type { QueryResult, SourceView } from '../queries/types.js';
import { sanitizeLine } from './sanitize.js';

/** BibTeX entries, in source id order. */
export function renderBibtex(result: QueryResult): string {
  if (result.kind !== 'cite') throw new Error(`bibtex renders cite results, not ${result.kind}`);
  if (result.sources.length === 0) return '% no sources\n';
  return `${result.sources.map(entry).join('\n\n')}\n`;
}

function entry(s: SourceView): string {
  const isArticle = s.kind === 'paper' && s.venue !== null;
  const fields: [string, string | null][] = [
    ['title', `{${escape(s.title)}}`],
    // BibTeX spells a truncated author list "and others".
    ['author', s.authors.length > 0 ? s.authors.map((a) => (/^et al\.?$/i.test(a.trim()) ? 'others' : escape(a))).join(' and ') : null],
    ['year', s.year === null ? null : String(s.year)],
    [isArticle ? 'journal' : 'howpublished', s.venue === null ? null : escape(s.venue)],
    ['eprint', s.arxiv],
    ['archivePrefix', s.arxiv === null ? null : 'arXiv'],
    ['doi', s.doi],
    ['url', s.url === null ? null : sanitizeLine(s.url).replace(/[{}\s]/g, '')],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== null).map(([k, v]) => `  ${k} = {${v}}`);
  return `@${isArticle ? 'article' : 'misc'}{${s.id},\n${body.join(',\n')}\n}`;
}

/** Escape what BibTeX would read as markup. */
function escape(value: string): string {
  return sanitizeLine(value)
    .replace(/\\/g, '\\textbackslash ')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde ')
    .replace(/\^/g, '\\textasciicircum ');
}
