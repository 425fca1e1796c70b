/** Declarations of the commands that fit gptlineage into other tools: shell completion and pack scaffolding. */
import { Argument, type Command } from 'commander';
import { completionSpec } from './completion-spec.js';
import { examples, type CommandRunner } from './program.js';

/** Add `completion` and `init` to `program`. */
export function declareToolCommands(program: Command, runner: CommandRunner): void {
  program
    .command('completion')
    .description('a shell completion script, with the ids of the loaded knowledge')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', examples(['eval "$(gptlineage completion bash)"   # in ~/.bashrc', 'gptlineage completion fish > ~/.config/fish/completions/gptlineage.fish']))
    .action((shell: 'bash' | 'zsh' | 'fish', _opts: object, cmd: Command) =>
      runner(cmd, async (ctx) => (await import('../commands/completion.js')).completionCommand(ctx, shell, completionSpec(program))),
    );

  program
    .command('init')
    .description('start a knowledge pack that editors validate as you type')
    .argument('[dir]', 'where to write the pack (created if missing; default: the current directory)')
    .addHelpText('after', examples(['gptlineage init my-pack', 'gptlineage validate --kb my-pack']))
    .action((dir: string | undefined, _opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/init.js')).initCommand(ctx, dir)));
}
