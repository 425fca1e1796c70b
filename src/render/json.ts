/** The JSON renderer: the result object itself, with `schemaVersion` first. */
import { OUTPUT_SCHEMA_VERSION, type QueryResult } from '../queries/types.js';
import { escapeJsonText } from './sanitize.js';

/** One JSON document, pretty-printed, ending in "\n"; controls JSON.stringify leaves raw are escaped. */
export function renderJson(result: QueryResult): string {
  return `${escapeJsonText(JSON.stringify({ schemaVersion: OUTPUT_SCHEMA_VERSION, ...result }, null, 2))}\n`;
}
