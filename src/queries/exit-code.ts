/** The exit code a result earns: 0 when it answered, 1 when nothing matched. */
import type { QueryResult } from './types.js';

/** 1 for an empty answer (no hits, nothing listed, no model with the capability), else 0. */
export function exitCodeFor(result: QueryResult): 0 | 1 {
  switch (result.kind) {
    case 'trace':
      return result.models.length === 0 && result.lines.every((l) => l.steps.length === 0) ? 1 : 0;
    case 'search':
      return result.hits.length === 0 ? 1 : 0;
    case 'list':
      return result.items.length === 0 ? 1 : 0;
    case 'questions':
      return result.questions.length === 0 ? 1 : 0;
    case 'limits':
      return result.limitations.length === 0 ? 1 : 0;
    case 'cite':
      return result.sources.length === 0 ? 1 : 0;
    case 'matrix':
      return result.rows.length === 0 || result.capabilities.length === 0 ? 1 : 0;
    default:
      return 0;
  }
}
