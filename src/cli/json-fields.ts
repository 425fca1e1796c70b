/**
 * `--json=FIELDS` (gh's `--json number,title`, written with `=`): picks top-level fields of the
 * JSON document. Only the `=` form takes fields, so a bare `--json` keeps its meaning wherever it
 * stands (`--json trace cot` is still "trace cot as JSON").
 */
import { UsageError } from '../errors.js';

/** argv with `--json=a,b` turned into `--json`, and the fields asked for (undefined: the whole document). */
export function extractJsonFields(argv: string[]): { argv: string[]; fields?: string[] } {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  const given = options.filter((a) => a.startsWith('--json='));
  if (given.length === 0) return { argv };
  const fields = given.flatMap((a) => a.slice('--json='.length).split(',')).map((f) => f.trim());
  if (fields.some((f) => !/^[A-Za-z][A-Za-z0-9]*$/.test(f))) throw new UsageError('--json= takes top-level field names separated by commas, e.g. --json=origins,models', 'USAGE_JSON_FIELDS');
  const rest = options.map((a) => (a.startsWith('--json=') ? '--json' : a));
  return { argv: end < 0 ? rest : [...rest, ...argv.slice(end)], fields: [...new Set(fields)] };
}
