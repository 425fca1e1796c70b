/** Text for `validate`: one line per issue, errors before warnings, then a one-line summary. */
import { formatIssueLine } from '../kb/format-issue.js';
import type { KbIssue } from '../kb/issues.js';

export interface ValidationView {
  ok: boolean;
  files: number;
  entities: number | null;
  errors: number;
  warnings: number;
  issues: KbIssue[];
}

export async function renderValidation(view: ValidationView, options: { color: boolean }): Promise<string> {
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
  lines.push(view.ok ? c.green(`✔ ${scope}: ${counts}`) : c.red(`✖ ${scope}: ${counts}`));
  return `${lines.join('\n')}\n`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
