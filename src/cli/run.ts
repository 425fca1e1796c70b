/** The CLI as a function: parse argv, run one command, print errors once, return the exit code. */
import { CommanderError } from 'commander';
import { EXIT, KbInvalidError, NotFoundError, UsageError } from '../errors.js';
import type { Io } from './io.js';
import { createProgram } from './program.js';
import { printError } from './print-error.js';
import { extractJsonFields } from './json-fields.js';

export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const json = argv.some((a) => a === '--json' || a.startsWith('--json='));
  const debug = argv.includes('--debug');
  try {
    const picked = extractJsonFields(argv);
    const program = createProgram(io, (code) => {
      exitCode = code;
    }, picked.fields);
    argv = picked.argv;
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io, json);
    if (error instanceof KbInvalidError || error instanceof NotFoundError || error instanceof UsageError) {
      printError(io, json, error);
      return error.exitCode;
    }
    printError(io, json, error, debug);
    return EXIT.internal;
  }
}

/** Help and version exit 0; every other commander error is a usage error (2). */
function commanderExit(error: CommanderError, io: Io, json: boolean): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
    return EXIT.ok;
  }
  if (error.exitCode === 0) return EXIT.ok;
  // The first line is commander's message; a second, when present, is the command's usage line.
  const [first = '', ...rest] = error.message.replace(/^error: /, '').split('\n');
  const usage = rest.filter((l) => l.startsWith('usage: '));
  const message = [[first, ...rest.filter((l) => l.trim() !== '' && !usage.includes(l))].join(' '), ...usage].join('\n');
  printError(io, json, new UsageError(message, screamingSnake(error.code.replace('commander.', ''))));
  return EXIT.usage;
}

/** commander's `unknownCommand` → `UNKNOWN_COMMAND`. */
function screamingSnake(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
