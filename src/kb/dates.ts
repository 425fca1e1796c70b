/** Fuzzy dates as comparable bounds, and as text at their true precision. */
import type { FuzzyDate, Source } from './types.js';

/** Earliest and latest day a fuzzy date may mean, as YYYY-MM-DD strings (which sort as dates). */
export function dateBounds(date: FuzzyDate): [string, string] {
  if (typeof date === 'string') return [lowest(date), highest(date)];
  if ('circa' in date) return [lowest(date.circa), highest(date.circa)];
  if ('by' in date) return ['0000-01-01', highest(date.by)];
  return [lowest(date.from), highest(date.to)];
}

/** When a source appeared: its date, else its year; undefined when it gives neither. */
export function sourceDate(source: Pick<Source, 'date' | 'year'>): FuzzyDate | undefined {
  return source.date ?? (source.year === undefined ? undefined : String(source.year));
}

/** Whether something dated `date` may already exist on `day` (its earliest possible day is not later). */
export function existsBy(date: FuzzyDate | undefined, day: string): boolean {
  return date === undefined || dateBounds(date)[0] <= day;
}

/** "2022-11", "2022-04 – 2022-07", "c. 2022-03", "by 2022-01-27". */
export function formatDate(date: FuzzyDate): string {
  if (typeof date === 'string') return date;
  if ('circa' in date) return `c. ${date.circa}`;
  if ('by' in date) return `by ${date.by}`;
  return `${date.from} – ${date.to}`;
}

function lowest(point: string): string {
  return `${point}-01-01`.slice(0, 10);
}

function highest(point: string): string {
  if (point.length === 4) return `${point}-12-31`;
  if (point.length === 7) return `${point}-31`;
  return point;
}

/** The day a date is ordered by: its earliest; for "by" dates (no lower bound), the day itself. */
export function orderKey(date: FuzzyDate): string {
  const [earliest, latest] = dateBounds(date);
  return typeof date === 'object' && 'by' in date ? latest : earliest;
}
