/** Process entry: wires the real streams into run() and ends quietly on a closed pipe. */
import { EXIT } from '../errors.js';
import { run } from './run.js';

/** Run the CLI on the process's own streams, argv and environment. */
export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // A closed pipe (`| head -1`) is the reader having read enough.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Any other failed write (`> /dev/full`): one line, no stack, not one of the four answers.
      if (stream !== process.stderr) process.stderr.write(`gptlineage: cannot write the output (${error.code ?? error.message})\n`);
      process.exit(EXIT.internal);
    });
  }
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 80,
    env: process.env,
    cwd: process.cwd(),
  });
}
