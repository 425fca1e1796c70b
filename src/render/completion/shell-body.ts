/**
 * The body bash and zsh share: find the command and the argument position in the words typed so
 * far, then offer an option's value, an option, a command, or a positional argument's values.
 */
import { quote, shellSafe, type CommandSpec, type CompletionSpec, type IdKind, type OptionSpec, type ValueSource } from './spec.js';

/** How one shell reads the words typed and offers candidates. */
export interface Dialect {
  /** Shell code reading word `$i`, the word being completed, the one before it, and the loop bounds. */
  word: string;
  cur: string;
  prev: string;
  first: string;
  last: string;
  /** Offer the words in variable `w` (space-separated), or file names. */
  offerWords: string;
  offerFiles: string;
}

/** Variables holding the ids of each kind, named `<fn>_ids_<kind>`. */
export function idVariables(spec: CompletionSpec, fn: string): string[] {
  return (Object.keys(spec.ids) as IdKind[]).map((k) => `${fn}_ids_${k}=${quote(shellSafe(spec.ids[k]).join(' '))}`);
}

/** The completion function's body lines. */
export function shellBody(spec: CompletionSpec, fn: string, d: Dialect): string[] {
  const valued = (c: string, options: OptionSpec[]) => options.filter((o) => o.takesValue).flatMap((o) => o.flags.map((f) => `${c}:${f}`));
  const scanPatterns = [...valued('*', spec.globalOptions), ...spec.commands.flatMap((c) => valued(c.name, c.options))];
  return [
    `  local cur=${d.cur} prev=${d.prev} cmd='' pos=0 i w=''`,
    `  for ((i = ${d.first}; i < ${d.last}; i++)); do`,
    `    case ${d.word} in`,
    '      -*=*) ;;',
    // An option that takes a value swallows the next word.
    `      -*) case "$cmd:${d.word}" in ${scanPatterns.join('|')}) ((i++)) ;; esac ;;`,
    '      *) if [[ -z $cmd ]]; then cmd=' + d.word + '; else ((pos++)); fi ;;',
    '    esac',
    '  done',
    '  case "$cmd:$prev" in',
    ...valueCases(spec, fn, d),
    '  esac',
    '  if [[ $cur == -* ]]; then',
    '    case $cmd in',
    ...spec.commands.map((c) => `      ${c.name}) w=${quote(c.options.flatMap((o) => o.flags).join(' '))} ;;`),
    '    esac',
    `    w="$w "${quote(spec.globalOptions.flatMap((o) => o.flags).join(' '))}`,
    '  elif [[ -z $cmd ]]; then',
    `    w=${quote(spec.commands.map((c) => c.name).join(' '))}`,
    '  else',
    ...spec.commands.filter((c) => c.variadic).map((c) => `    [[ $cmd == ${c.name} ]] && ((pos > ${c.args.length - 1})) && pos=${c.args.length - 1}`),
    '    case "$cmd:$pos" in',
    ...spec.commands.flatMap((c) => c.args.map((v, i) => caseLine(`${c.name}:${i}`, v, fn, d))).filter((l) => l !== null),
    '    esac',
    '  fi',
    `  ${d.offerWords}`,
  ];
}

function valueCases(spec: CompletionSpec, fn: string, d: Dialect): string[] {
  const lines = (c: string, options: OptionSpec[]) =>
    options.filter((o) => o.takesValue).map((o) => caseLine(o.flags.map((f) => `${c}:${f}`).join('|'), o.value, fn, d, true) ?? `    ${o.flags.map((f) => `${c}:${f}`).join('|')}) return ;;`);
  return [...spec.commands.flatMap((c: CommandSpec) => lines(c.name, c.options)), ...lines('*', spec.globalOptions)];
}

/** One case arm: set `w` (and offer it at once when completing an option's value), or offer files. */
function caseLine(pattern: string, value: ValueSource, fn: string, d: Dialect, now = false): string | null {
  if (value === null) return null;
  if ('files' in value) return `    ${pattern}) ${d.offerFiles}; return ;;`;
  const words = 'ids' in value ? `"$${fn}_ids_${value.ids}"` : quote(shellSafe(value.words).join(' '));
  return `    ${pattern}) w=${words}${now ? `; ${d.offerWords}; return` : ''} ;;`;
}
