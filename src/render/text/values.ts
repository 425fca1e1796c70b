/** Knowledge values written as a reader would: dates, quantities, source references, lists. */
import { formatDate } from '../../kb/dates.js';
import type { FuzzyDate, Quantity } from '../../kb/types.js';
import { text } from './style.js';

/** A field value on one (wrapped) line: scalars as they are, lists joined, objects as `key=value` pairs. */
export function describe(value: unknown, separator = '; '): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => describe(v)).join(separator);
  const known = describeKnownShape(value);
  if (known !== undefined) return known;
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}=${describe(v)}`)
      .join(', ');
  return text(String(value));
}

/** Dates, quantities and source references, written as a reader would: "c. 2021-07", "~175B parameters", "wei2022-cot (§3)". */
function describeKnownShape(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).sort().join(',');
  if (keys === 'from,to' || keys === 'circa' || keys === 'by') return text(formatDate(v as FuzzyDate));
  if (typeof v.value === 'number' && typeof v.unit === 'string' && !('label' in v)) return quantity(v as Quantity);
  if (typeof v.source === 'string' && (keys === 'source' || keys === 'locator,source')) {
    return text(typeof v.locator === 'string' ? `${v.source} (${v.locator})` : v.source);
  }
  return undefined;
}

/** `~12B parameters`, `159 GB`. */
export function quantity(q: Quantity): string {
  return text(`${q.approximate ? '~' : ''}${compactNumber(q.value)} ${q.unit}`);
}

/** 175000000000 → "175B", 77000 → "77K". */
function compactNumber(n: number): string {
  for (const [size, suffix] of [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const) {
    if (n >= size && Number.isInteger((n / size) * 10)) return `${n / size}${suffix}`;
  }
  return String(n);
}
