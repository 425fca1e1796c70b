import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceView } from '../../src/queries/types.js';
import { renderBibtex } from '../../src/render/bibtex.js';
import { dateParts, entryType, isOrganisation } from '../../src/render/bibtex-fields.js';
import { encodeUrl } from '../../src/render/url.js';
import { latexText } from '../../src/render/latex-text.js';

const source = (over: Partial<SourceView>): SourceView => ({
  id: 's', kind: 'paper', title: 'T', authors: [], year: null, date: null, venue: null, arxiv: null, doi: null, url: null, ...over,
});
const cite = (s: SourceView, unicode = false) => renderBibtex({ kind: 'cite', entries: [], sources: [s] }, { unicode });

/** Braces never close more than they opened, and all are closed at the end. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('latexText', () => {
  it('keeps every field brace-balanced, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (s, unicode) => balanced(latexText(s, unicode))));
    expect(latexText('a } b {{')).toBe('a {\\textbraceright} b {\\textbraceleft}{\\textbraceleft}');
  });

  it('writes accented letters and punctuation as LaTeX commands, or keeps them with unicode', () => {
    expect(latexText('Trębacz – Kianté ß ï')).toBe("Tr{\\k{e}}bacz -- Kiant{\\'{e}} {\\ss} {\\\"{\\i}}");
    expect(latexText('Trębacz', true)).toBe('Trębacz');
    expect(latexText('50% & $x_1#')).toBe('50\\% \\& \\$x\\_1\\#');
  });
});

describe('BibTeX fields', () => {
  it('chooses the entry type from the kind and venue', () => {
    expect(entryType(source({ venue: 'NeurIPS 2020' })).type).toBe('inproceedings');
    expect(entryType(source({ venue: 'JMLR 21(140):1–67, 2020' })).type).toBe('article');
    expect(entryType(source({ venue: 'arXiv preprint' })).type).toBe('misc');
    expect(entryType(source({ kind: 'blog-post', venue: 'ICLR blog' })).type).toBe('misc');
  });

  it('braces organisations, not people', () => {
    expect(['Stanford CRFM', 'OpenAI', 'Smith and Sons Ltd', 'AT&T Labs'].every(isOrganisation)).toBe(true);
    expect(['Quoc V. Le', 'Henrique Ponde de Oliveira Pinto', 'Ed Chi'].some(isOrganisation)).toBe(false);
    expect(cite(source({ authors: ['Smith and Sons Ltd', 'Jo Bloggs', 'et al.'] }))).toContain('author = {{Smith and Sons Ltd} and Jo Bloggs and others}');
  });

  it('gives a year from every date form and keeps a full date', () => {
    expect(dateParts('2023-02-15', 2023)).toEqual({ year: '2023', month: 'feb', day: '15' });
    expect(dateParts({ circa: '2023-11' }, null)).toEqual({ year: '2023' });
    expect(dateParts({ from: '2022', to: '2023' }, null)).toEqual({ year: '2022' });
    expect(dateParts({ by: '2022-01-27' }, null)).toEqual({ year: '2022' });
    expect(cite(source({}))).toContain('date = {XXXX}');
    expect(cite(source({ date: '2022-11' }))).toMatch(/year = \{2022\},\n {2}month = nov/);
  });

  it('percent-encodes what a URL may not hold, and drops nothing', () => {
    expect(encodeUrl('https://x.org/a b{c}/é?q=%zz&r=%20')).toBe('https://x.org/a%20b%7Bc%7D/%C3%A9?q=%25zz&r=%20');
  });
});
