/** Text for `validate`: one line per issue, errors before warnings, then a one-line summary. */
import { formatIssueLine } from '../kb/format-issue.js';
import type { KbIssue } from '../kb/issues.js';
import { wrapProse } from './text/layout.js';

export interface ValidationView {
  ok: boolean;
  files: number;
  entities: number | null;
  errors: number;
  warnings: number;
  issues: KbIssue[];
}

export async function renderValidation(view: ValidationView, options: { color: boolean; columns?: number }): Promise<string> {
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const i of view.issues.filter((x) => x.severity === severity)) {
      const line = formatIssueLine(i);
      lines.push(line.replace(`  ${i.code}  `, `  ${severity === 'error' ? c.red(i.code) : c.yellow(i.code)}  `));
    }
  }
  const counts = `${plural(view.errors, 'error')}, ${plural(view.warnings, 'warning')}`;
  const scope = `${plural(view.files, 'file')}${view.entities === null ? '' : `, ${plural(view.entities, 'entity', 'entities')}`}`;
  if (lines.length > 0) lines.push('');
  // The summary is read, so it fits the terminal; issue lines stay whole, one per line, for grep and editors.
  const summary = wrapProse(`${view.ok ? '✔' : '✖'} ${scope}: ${counts}`, Math.max(20, (options.columns ?? 80) - 2), options.columns ?? 80).join('\n  ');
  lines.push(view.ok ? c.green(summary) : c.red(summary));
  return `${lines.join('\n')}\n`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
