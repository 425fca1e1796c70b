/** Declarations of the query commands (trace, why, diff, …). Filled in with the query engine. */
import type { Command } from 'commander';
import type { CommandRunner } from './program.js';

export function declareQueryCommands(_program: Command, _runner: CommandRunner): void {}
