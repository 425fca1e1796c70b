/** Which commands the built CLI declares: query tests run only once their command exists. */
import { execFileSync } from 'node:child_process';

/** Command names listed by `gptlineage --help` of the install at `bin`. */
export function declaredCommands(bin: string): Set<string> {
  const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  // Commands are listed under group headings (Ask:, Compare:, …); options and examples are not commands.
  const sections = help.split(/^(?=\S[^\n]*:$)/m).filter((s) => !/^(Usage|Options|Examples|Global options)/i.test(s));
  return new Set(sections.flatMap((section) => [...section.matchAll(/^ {2}(\w[\w-]*)/gm)].map((m) => m[1]!)));
}

/** The message a test prints when it skips because a command is not there yet. */
export function notYet(command: string): string {
  return `\`${command}\` is not declared by the built CLI yet (src/cli/query-commands.ts); rebuild once it exists`;
}
