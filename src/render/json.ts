/** The JSON renderer: the result object itself, with `schemaVersion` first. */
import { OUTPUT_SCHEMA_VERSION, type QueryResult } from '../queries/types.js';

/** One JSON document, pretty-printed, ending in "\n". */
export function renderJson(result: QueryResult): string {
  return `${JSON.stringify({ schemaVersion: OUTPUT_SCHEMA_VERSION, ...result }, null, 2)}\n`;
}
