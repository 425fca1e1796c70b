/** The JSON renderer: the result object itself, with `schemaVersion` first. */
import { UsageError } from '../errors.js';
import { OUTPUT_SCHEMA_VERSION, type QueryResult } from '../queries/types.js';
import type { RenderOptions } from './index.js';
import { escapeJsonText } from './sanitize.js';

/** One JSON document, pretty-printed, ending in "\n"; controls JSON.stringify leaves raw are escaped. */
export function renderJson(result: QueryResult, options?: Pick<RenderOptions, 'fields'>): string {
  return jsonDocument({ schemaVersion: OUTPUT_SCHEMA_VERSION, ...result }, options?.fields);
}

/** A document as JSON text, cut down to `fields` (with `schemaVersion` and `kind`, which every document keeps). */
export function jsonDocument(doc: Record<string, unknown>, fields?: readonly string[]): string {
  return `${escapeJsonText(JSON.stringify(fields === undefined ? doc : pickFields(doc, fields), null, 2))}\n`;
}

function pickFields(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const available = Object.keys(doc).filter((k) => k !== 'schemaVersion' && k !== 'kind');
  const unknown = fields.filter((f) => !available.includes(f));
  if (unknown.length > 0)
    throw new UsageError(`unknown JSON field ${unknown.map((f) => `\`${f}\``).join(', ')} for ${String(doc.kind)}; available: ${available.join(', ')}`, 'UNKNOWN_JSON_FIELD');
  return Object.fromEntries([['schemaVersion', doc.schemaVersion], ['kind', doc.kind], ...fields.map((f) => [f, doc[f]])]);
}
