/** Help that reads by use: commands grouped (ask, compare, browse, export, maintain), global options listed once, usage lines on argument errors, and `help concepts`. */
import { CommanderError, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { wrapProse } from '../render/text/layout.js';
import type { CommandRunner } from './program.js';

/** `help [topic]`: a command's help, or `help concepts`, the terms the answers use. */
export function declareHelpCommand(program: Command, runner: CommandRunner): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('help for a command, or `help concepts`: the terms the answers use')
    .argument('[topic]', 'a command name, or concepts')
    .action((topic: string | undefined, _opts: object, cmd: Command) => {
      if (topic === undefined) return program.outputHelp();
      const sub = program.commands.find((c) => c.name() === topic && c.name() !== 'help');
      if (sub) return sub.outputHelp();
      if (topic !== 'concepts') throw new UsageError(`no help topic \`${topic}\`; use a command name or \`concepts\``, 'UNKNOWN_HELP_TOPIC');
      return runner(cmd, async (ctx) => (await import('../commands/concepts.js')).conceptsCommand(ctx));
    });
}

/** What every subcommand shares: its help group, errors that carry its usage line, output, and a pointer to the global options. */
export function finishCommand(program: Command, c: Command): void {
  c.helpGroup(`${HELP_GROUPS[c.name()] ?? 'Maintain'}:`)
    .exitOverride((error) => {
      throw withUsage(error, c);
    })
    .configureOutput(program.configureOutput())
    .configureHelp(program.configureHelp())
    .showSuggestionAfterError(true)
    .addHelpText('after', GLOBAL_HINT);
}

/** Commands grouped by what a user wants to do; a command not listed here is shown under Maintain. */
const HELP_GROUPS: Record<string, string> = {
  trace: 'Ask',
  why: 'Ask',
  questions: 'Ask',
  limits: 'Ask',
  impact: 'Ask',
  diff: 'Compare',
  matrix: 'Compare',
  show: 'Browse',
  list: 'Browse',
  search: 'Browse',
  lineage: 'Browse',
  tree: 'Browse',
  cite: 'Export',
  graph: 'Export',
  schema: 'Export',
  validate: 'Maintain',
  help: 'Maintain',
};

const GLOBAL_HINT = '\nGlobal options (--json, --kb, --no-pager, …): see `gptlineage --help`.\n';

/** A missing or bad argument names the command's usage line, so the user sees what it takes. */
function withUsage(error: CommanderError, c: Command): CommanderError {
  if (!ARGUMENT_ERRORS.has(error.code)) return error;
  return new CommanderError(error.exitCode, error.code, `${error.message}\nusage: gptlineage ${c.name()} ${c.usage()}`);
}

const ARGUMENT_ERRORS = new Set(['commander.missingArgument', 'commander.optionMissingArgument', 'commander.invalidArgument', 'commander.excessArguments', 'commander.missingMandatoryOptionValue']);


/** Help text fitted to the terminal: a line too long (an example, a narrow terminal) wraps, indented under itself. */
export function fitHelp(help: string, columns: number): string {
  return help
    .split('\n')
    .flatMap((line) => {
      if (line.length <= columns) return [line];
      const lead = /^ */.exec(line)![0];
      const [first = '', ...rest] = wrapProse(line.trim(), Math.max(10, columns - lead.length - 2), Math.max(10, columns - lead.length));
      return [`${lead}${first}`, ...rest.map((l) => `${lead}  ${l}`)];
    })
    .join('\n');
}
