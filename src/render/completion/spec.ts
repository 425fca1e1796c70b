/** What shell completion knows: each command, its options and positional arguments, and what each takes. */

/** Kinds of id the knowledge offers for completion. */
export type IdKind = 'model' | 'capability' | 'any';

/** The words an option or argument takes: a fixed list, ids of a kind, file names, or nothing to offer. */
export type ValueSource = { words: readonly string[] } | { ids: IdKind } | { files: true } | null;

/** An option: every spelling (`-m`, `--model`), a description, and what its value is (null: a flag). */
export interface OptionSpec {
  flags: string[];
  description: string;
  takesValue: boolean;
  value: ValueSource;
}

/** A command: its positional arguments in order (the last may repeat) and its own options. */
export interface CommandSpec {
  name: string;
  description: string;
  args: ValueSource[];
  variadic: boolean;
  options: OptionSpec[];
}

/** The whole command line, and the ids of the loaded knowledge by kind. */
export interface CompletionSpec {
  program: string;
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
  ids: Record<IdKind, string[]>;
}

/** Words that a shell can offer as one word without quoting. */
export function shellSafe(words: readonly string[]): string[] {
  return words.filter((w) => /^[\w.+@%,=/-]+$/.test(w));
}

/** A string in single quotes, for any POSIX-like shell and fish. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
