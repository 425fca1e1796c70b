/** Process entry: wires the real streams into run(), pages long output on a terminal, and ends quietly on a closed pipe. */
import { Writable } from 'node:stream';
import { EXIT } from '../errors.js';
import { page, pagerFor } from './pager.js';
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
  const argv = process.argv.slice(2);
  const pager = pagerFor(argv, process.env, process.stdout.isTTY === true);
  // With a pager, the output is collected (renderers build it whole anyway) and handed over at the end.
  const chunks: string[] = [];
  const collected = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  process.exitCode = await run(argv, {
    stdout: pager ? collected : process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 80,
    env: process.env,
    cwd: process.cwd(),
  });
  const text = chunks.join('');
  if (pager && text !== '' && !(await page(pager, text, process.env))) process.stdout.write(text);
}
