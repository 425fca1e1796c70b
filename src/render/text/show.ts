/** `show` as text: the entity's fields, where it is defined, its levels, and what refers to it. */
import type { ShowResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish, hanging } from './layout.js';
import { confidence, level, makeStyle, text } from './style.js';
import { table } from './table.js';
import { formatDate } from '../../kb/dates.js';
import type { FuzzyDate } from '../../kb/types.js';

/** Render a show result. */
export function renderShowText(r: ShowResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const label = ['name', 'title', 'question', 'statement'].map((k) => r.entity[k]).find((v) => typeof v === 'string');
  const out = [`${st.dim(r.entityKind)} ${st.id(text(r.id))}${label ? `  ${st.bold(text(String(label)))}` : ''}`];
  if (r.location) out.push(st.dim(`defined at ${text(r.location.file)}:${r.location.line}:${r.location.column}`));
  out.push('');
  for (const [key, value] of Object.entries(r.entity)) {
    if (key === 'id' || value === label || value === undefined) continue;
    out.push(...hanging(`  ${st.bold(`${key}:`)} `, describe(value), o.columns, 4));
  }
  if (r.levels.length > 0) {
    const rows = r.levels.map((l) => [text(r.entityKind === 'model' ? l.capability : l.model), level(st, l.level), l.basis, confidence(st, l.confidence)]);
    out.push('', st.heading('Levels'), ...table(st, [r.entityKind === 'model' ? 'capability' : 'model', 'level', 'basis', 'confidence'], rows, o.columns));
  }
  if (r.related.length > 0) {
    out.push('', st.heading('Related'));
    const roles = [...new Set(r.related.map((x) => x.role))];
    for (const role of roles) {
      const ids = r.related.filter((x) => x.role === role).map((x) => st.id(text(x.id)));
      out.push(...hanging(`  ${st.dim(`${role}:`)} `, ids.join(', '), o.columns, 4));
    }
  }
  return finish(out);
}

/** A field value on one (wrapped) line: scalars as they are, lists joined, objects as `key=value` pairs. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(describe).join('; ');
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
  if (typeof v.value === 'number' && typeof v.unit === 'string' && !('label' in v)) {
    return text(`${v.approximate ? '~' : ''}${compactNumber(v.value)} ${v.unit}`);
  }
  if (typeof v.source === 'string' && (keys === 'source' || keys === 'locator,source')) {
    return text(typeof v.locator === 'string' ? `${v.source} (${v.locator})` : v.source);
  }
  return undefined;
}

/** 175000000000 → "175B", 77000 → "77K". */
function compactNumber(n: number): string {
  for (const [size, suffix] of [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const) {
    if (n >= size && Number.isInteger((n / size) * 10)) return `${n / size}${suffix}`;
  }
  return String(n);
}
