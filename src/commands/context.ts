/** What every command receives from the CLI layer: streams, output mode and the packs to load. */
import type { Io } from '../cli/io.js';
import type { Confidence } from '../kb/scales.js';
import { OUTPUT_SCHEMA_VERSION } from '../queries/types.js';
import { jsonDocument } from '../render/json.js';

export interface CommandContext {
  io: Io;
  /** Print one JSON document on stdout instead of text. */
  json: boolean;
  /** With json: only these top-level fields (`--json=a,b`). */
  fields?: string[];
  /** Whether text output may use colour (decided once by the CLI). */
  color: boolean;
  /** Extra knowledge packs (files or directories), absolute paths, in the order given. */
  kbPaths: string[];
  /** Whether the bundled knowledge is loaded under the packs (`--no-bundled` turns it off). */
  bundled: boolean;
  /** Hide conclusions weaker than this. */
  minConfidence?: Confidence;
  /** Answer with what was known by this day (YYYY-MM-DD), from `--as-of`. */
  asOf?: string;
  debug: boolean;
  /** Text: everything, not only what fits the length budget. */
  verbose?: boolean;
  /** Text: ids beside names. */
  ids?: boolean;
}

/** Write text to stdout, ending with exactly one newline. */
export function print(ctx: CommandContext, text: string): void {
  ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Write a result as the one JSON document of this run. */
export function printJson(ctx: CommandContext, kind: string, result: object): void {
  ctx.io.stdout.write(jsonDocument({ schemaVersion: OUTPUT_SCHEMA_VERSION, kind, ...result }, ctx.fields));
}
