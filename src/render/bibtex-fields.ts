/** How a source's facts become BibTeX fields: entry type, names, dates and URLs. */
import type { FuzzyDate } from '../kb/types.js';
import type { SourceView } from '../queries/types.js';

/** A BibTeX entry type and the field its venue goes in. */
export interface EntryType {
  type: 'inproceedings' | 'article' | 'misc';
  venueField: 'booktitle' | 'journal' | 'howpublished';
}

// Venue words that mark a conference or a journal; anything else (a preprint, a blog) is @misc.
const CONFERENCE = /\b(conference|proceedings|workshop|symposium|NeurIPS|NIPS|ICLR|ICML|ACL|EMNLP|NAACL|EACL|COLING|AAAI|IJCAI|CVPR|ICCV|ECCV|KDD|COLM)\b/i;
const JOURNAL = /\b(journal|transactions|JMLR|TMLR|letters|review)\b/i;

/** Papers at a conference are @inproceedings, in a journal @article; every other source is @misc. */
export function entryType(s: SourceView): EntryType {
  if (s.kind === 'paper' && s.venue !== null && !/\bpreprint\b/i.test(s.venue)) {
    if (CONFERENCE.test(s.venue)) return { type: 'inproceedings', venueField: 'booktitle' };
    if (JOURNAL.test(s.venue)) return { type: 'article', venueField: 'journal' };
  }
  return { type: 'misc', venueField: 'howpublished' };
}

// An organisation, not a person: one word, a word in capitals (CRFM), an organisation word, or
// "and"/"&", which BibTeX would otherwise read as two authors.
const CAPITALS = /\b[A-Z]{2,}\b/;
const ORGANISATION_WORD = /\b(inc|ltd|llc|corp|co|gmbh|team|lab|labs|group|university|institute|foundation|research|center|centre|project|and)\b|&|\d/i;

/** Whether an author name is an organisation, which BibTeX must take as one indivisible name. */
export function isOrganisation(name: string): boolean {
  return !/\s/.test(name.trim()) || CAPITALS.test(name) || ORGANISATION_WORD.test(name);
}

/** Year, month and day: a point date keeps its precision; a range, circa or "by" gives only a year. */
export function dateParts(date: FuzzyDate | null, year: number | null): { year?: string; month?: string; day?: string } {
  if (date === null || typeof date !== 'string') {
    // BibTeX and biber take only a whole year here, so a range is written as its first year.
    const fuzzy = date === null ? null : 'circa' in date ? date.circa : 'by' in date ? date.by : date.from;
    return { year: year === null ? fuzzy?.slice(0, 4) : String(year) };
  }
  const [y, m, d] = date.split('-');
  return { year: y!, ...(m ? { month: MONTHS[Number(m) - 1] } : {}), ...(d ? { day: String(Number(d)) } : {}) };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
