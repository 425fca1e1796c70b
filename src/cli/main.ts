/** Process entry: wires the real streams into run() and ends quietly on a closed pipe. */
import { run } from './run.js';

export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
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
