/** Read the completion spec off the declared program, so completion never drifts from the options. */
import type { Argument, Command, Option } from 'commander';
import type { CompletionSpec, OptionSpec, ValueSource } from '../render/completion/spec.js';

// Which ids an argument or option takes, by its name in the declarations.
const ID_NAMES: Record<string, ValueSource> = {
  model: { ids: 'model' },
  models: { ids: 'model' },
  a: { ids: 'model' },
  b: { ids: 'model' },
  capability: { ids: 'capability' },
  capabilities: { ids: 'capability' },
  id: { ids: 'any' },
  ids: { ids: 'any' },
  about: { ids: 'any' },
  kb: { files: true },
  dir: { files: true },
};

// commander adds --help itself, outside `options`.
const HELP: OptionSpec = { flags: ['-h', '--help'], description: 'display help for command', takesValue: false, value: null };

/** Commands, options and argument values of `program`; the ids are filled in from the knowledge. */
export function completionSpec(program: Command): Omit<CompletionSpec, 'ids'> {
  const names = program.commands.map((c) => c.name());
  // `schema [which]` takes a command name or a schema family; `help [topic]` a command name or concepts.
  const named: Record<string, ValueSource> = { which: { words: ['knowledge', 'output', ...names] }, topic: { words: [...names, 'concepts'] } };
  return {
    program: program.name(),
    globalOptions: [...program.options.map(optionSpec), HELP],
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      args: c.registeredArguments.map((a) => named[a.name()] ?? argumentValues(a)),
      variadic: c.registeredArguments.at(-1)?.variadic ?? false,
      options: c.options.map(optionSpec),
    })),
  };
}

function optionSpec(o: Option): OptionSpec {
  const flags = [o.short, o.long].filter((f): f is string => f !== undefined);
  const takesValue = o.required || o.optional;
  const value: ValueSource = !takesValue ? null : o.argChoices ? { words: o.argChoices } : (ID_NAMES[o.attributeName()] ?? null);
  return { flags, description: o.description, takesValue, value };
}

function argumentValues(a: Argument): ValueSource {
  return a.argChoices ? { words: a.argChoices } : (ID_NAMES[a.name()] ?? null);
}
