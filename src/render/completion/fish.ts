/** The fish completion script: one `complete` line per command, option and argument set. */
import { quote, shellSafe, type CompletionSpec, type OptionSpec, type ValueSource } from './spec.js';

/** A script to `source`, or to save as ~/.config/fish/completions/gptlineage.fish. */
export function renderFishCompletion(spec: CompletionSpec): string {
  const p = spec.program;
  const names = spec.commands.map((c) => c.name).join(' ');
  const lines = [`# fish completion for ${p}: ${p} completion fish > ~/.config/fish/completions/${p}.fish`, `complete -c ${p} -f`];
  for (const c of spec.commands) lines.push(`complete -c ${p} -n ${quote(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${quote(c.description)}`);
  for (const o of spec.globalOptions) lines.push(option(p, '', o, spec));
  for (const c of spec.commands) {
    const when = `-n ${quote(`__fish_seen_subcommand_from ${c.name}`)}`;
    for (const o of c.options) lines.push(option(p, when, o, spec));
    // fish has no notion of argument position here: offer what any of the command's arguments takes.
    const args = c.args.map((v) => values(v, spec)).filter((v) => v !== '').join(' ');
    if (args !== '') lines.push(`complete -c ${p} ${when} -a ${quote(args)}`);
  }
  return `${lines.join('\n')}\n`;
}

function option(p: string, when: string, o: OptionSpec, spec: CompletionSpec): string {
  const spell = o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
  const value = o.value !== null && 'files' in o.value ? ' -r -F' : o.takesValue ? ` -x -a ${quote(values(o.value, spec))}` : '';
  return `complete -c ${p} ${when ? `${when} ` : ''}${spell}${value} -d ${quote(o.description)}`;
}

function values(v: ValueSource, spec: CompletionSpec): string {
  if (v === null || 'files' in v) return '';
  return shellSafe('ids' in v ? spec.ids[v.ids] : v.words).join(' ');
}
