/** `gptlineage init [DIR]`: start a knowledge pack that editors validate as you type. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { wrapProse } from '../render/text/layout.js';
import type { CommandContext } from './context.js';
import { print, printJson } from './context.js';
import { EXAMPLE_FILES, packReadme, SCHEMA_FILE } from './init-templates.js';

/** Write the schema, a README and one example file per section into `dir`; never overwrite a file. */
export async function initCommand(ctx: CommandContext, dir = '.'): Promise<number> {
  const target = resolve(ctx.io.cwd, dir);
  const schema = (await import('../kb/json-schema.js')).knowledgeJsonSchema();
  const files: Record<string, string> = { [SCHEMA_FILE]: `${JSON.stringify(schema, null, 2)}\n`, 'README.md': packReadme(basename(target)), ...EXAMPLE_FILES };
  const existing = Object.keys(files).filter((f) => existsSync(join(target, f)));
  if (existing.length > 0) throw new UsageError(`\`${dir}\` already has ${existing.join(', ')}; init writes only files that do not exist yet`, 'INIT_WOULD_OVERWRITE');
  mkdirSync(target, { recursive: true });
  // 'wx' fails rather than overwrite a file that appeared since the check.
  for (const [name, text] of Object.entries(files)) writeFileSync(join(target, name), text, { flag: 'wx' });
  const shown = relative(ctx.io.cwd, target) || '.';
  if (ctx.json) printJson(ctx, 'init', { directory: target, files: Object.keys(files) });
  else {
    // Wrapped to the terminal: a long path breaks across lines rather than past the edge.
    const fit = (line: string) => wrapProse(line, Math.max(20, ctx.io.columns - 2), ctx.io.columns).join('\n  ');
    print(ctx, [fit(`Created a knowledge pack in ${shown}:`), ...Object.keys(files).map((f) => `  ${f}`), '', fit(`Next: gptlineage validate --kb ${shown}`)].join('\n'));
  }
  return EXIT.ok;
}
