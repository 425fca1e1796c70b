/**
 * The command-line declarations. Each action imports its command module lazily, so `--help`
 * and `--version` load commander and nothing else.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { dateBounds } from '../kb/dates.js';
import { declareHelpCommand, finishCommand, fitHelp } from './help.js';
import { CONFIDENCES } from '../kb/scales.js';
import type { CommandContext } from '../commands/context.js';
import { declareQueryCommands } from './query-commands.js';
import { declareToolCommands } from './tool-commands.js';
import type { Io } from './io.js';
import { shouldColor } from './color.js';
import { UsageError } from '../errors.js';
import { resolve } from 'node:path';

export const VERSION = '0.1.0';

/** What an action hands back to `run`: the exit code of the command it ran. */
export type CommandRunner = (cmd: Command, body: (ctx: CommandContext) => Promise<number>) => Promise<void>;

/** Build a fresh program bound to `io`; `onExit` receives each command's exit code. */
export function createProgram(io: Io, onExit: (code: number) => void, jsonFields?: string[]): Command {
  const program = new Command('gptlineage')
    .description('Where did this language model capability come from, and how sure are we?')
    .version(VERSION, '-V, --version')
    .option('--json', 'print one JSON document on stdout (errors as JSON on stderr); --json=a,b keeps only fields a and b')
    .option('--kb <path>', 'add a knowledge pack: a YAML file or a directory (repeatable; also GPTLINEAGE_KB)', collect)
    .option('--no-bundled', 'load only the --kb packs, without the bundled knowledge')
    .addOption(new Option('--min-confidence <level>', 'hide conclusions weaker than this').choices(CONFIDENCES))
    .addOption(new Option('--as-of <date>', 'answer with what was known by then: YYYY, YYYY-MM or YYYY-MM-DD').argParser(parseAsOf))
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also NO_COLOR=1)')
    .option('-v, --verbose', 'text: every piece of evidence and every item, not only what fits a screen')
    .option('--ids', 'text: print the ids of sources, claims and steps beside their names')
    .option('--no-pager', 'never page long output (paged on a terminal through $GPTLINEAGE_PAGER, $PAGER or less -FRX)')
    .option('--debug', 'show stack traces for unexpected errors')
    .showSuggestionAfterError(true)
    .addHelpText('after', TOP_HELP)
    .configureHelp({ minWidthToWrap: 20 })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(fitHelp(s, io.columns)),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => io.columns,
      getErrHelpWidth: () => io.columns,
      outputError: () => undefined, // usage errors are printed by run(), as text or JSON
    });

  const runner: CommandRunner = async (cmd, body) => onExit(await body({ ...contextFor(cmd, io), fields: jsonFields }));

  // Declared in the order of the help's groups: ask, compare, browse, export, maintain.
  declareQueryCommands(program, runner);
  program
    .command('validate')
    .description('check the knowledge base and report every problem at file:line:column')
    .option('--strict', 'treat warnings as errors (exit 3)')
    .option('--no-cache', 're-run the whole pipeline even on bundled files the build already validated byte for byte')
    .addHelpText('after', examples(['gptlineage validate', 'gptlineage validate --kb ./my-pack --json | jq .issues']))
    .action((opts: { strict?: boolean; cache?: boolean }, cmd: Command) =>
      runner(cmd, async (ctx) => (await import('../commands/validate.js')).validateCommand(ctx, opts)),
    );

  program
    .command('schema')
    .description('print the JSON Schema of the knowledge files, or of a command\'s JSON output')
    .argument('[which]', 'knowledge (default), output, or a command name such as trace')
    .addHelpText('after', examples(['gptlineage schema > knowledge.schema.json', 'gptlineage schema trace']))
    .action((which: string | undefined, _opts: object, cmd: Command) =>
      runner(cmd, async (ctx) => (await import('../commands/schema.js')).schemaCommand(ctx, which)),
    );
  declareToolCommands(program, runner);
  declareHelpCommand(program, runner);
  program.commands.forEach((c) => finishCommand(program, c));
  return program;
}

function contextFor(cmd: Command, io: Io): CommandContext {
  const opts = cmd.optsWithGlobals<{ json?: boolean; kb?: string[]; bundled?: boolean; minConfidence?: CommandContext['minConfidence']; asOf?: string; color?: boolean; debug?: boolean; verbose?: boolean; ids?: boolean }>();
  const fromEnv = (io.env.GPTLINEAGE_KB ?? '').split(':').filter(Boolean);
  const json = opts.json === true;
  // An empty --kb would silently mean "the current directory", which nobody types on purpose.
  if ((opts.kb ?? []).some((p) => p.trim() === '')) throw new UsageError('--kb needs a path to a YAML file or a directory', 'EMPTY_KB_PATH');
  return {
    io,
    json,
    color: shouldColor(io, { json, color: colorFlag(cmd) }),
    kbPaths: [...fromEnv, ...(opts.kb ?? [])].map((p) => resolve(io.cwd, p)),
    bundled: opts.bundled !== false,
    minConfidence: opts.minConfidence,
    asOf: opts.asOf,
    debug: opts.debug === true,
    verbose: opts.verbose === true,
    ids: opts.ids === true,
  };
}

/** `--color`/`--no-color` when given on the command line, else undefined (auto). */
function colorFlag(cmd: Command): boolean | undefined {
  let c: Command | null = cmd;
  while (c) {
    if (c.getOptionValueSource('color') === 'cli') return c.getOptionValue('color') as boolean;
    c = c.parent;
  }
  return undefined;
}

/** `--as-of 2022`, `2022-12` or `2022-12-11`: the last day that date can mean (everything known by its end). */
function parseAsOf(value: string): string {
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value)) throw new InvalidArgumentError('a date is YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-12-11');
  return dateBounds(value)[1];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Help text listing examples, shared by every command. */
export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

const TOP_HELP = `${examples(['gptlineage trace cot', 'gptlineage diff code-davinci-002 text-davinci-002', 'gptlineage matrix', 'gptlineage trace icl --json | jq .'])}
Exit codes: 0 answered, 1 nothing found, 2 usage error,
3 invalid knowledge base.
`;
