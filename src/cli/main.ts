/** Process entry: wires the real streams into run(), pages long output on a terminal, and ends quietly on a closed pipe. */
import type { Output } from './io.js';
import { directStdout, lazyStderr, watched } from './output.js';
import { page, pagerFor } from './pager.js';
import { run } from './run.js';

/** Run the CLI on the process's own streams, argv and environment. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const direct = directStdout();
  const stdout = direct ?? watched(process.stdout, true);
  const isTTY = direct === undefined && process.stdout.isTTY === true;
  const pager = pagerFor(argv, process.env, isTTY);
  // With a pager, the output is collected (renderers build it whole anyway) and handed over at the end.
  const chunks: string[] = [];
  const collected: Output = { write: (chunk: string) => chunks.push(chunk) > 0 };
  process.exitCode = await run(argv, {
    stdout: pager ? collected : stdout,
    stderr: lazyStderr(),
    isTTY,
    columns: (isTTY && process.stdout.columns) || Number(process.env.COLUMNS) || 80,
    env: process.env,
    cwd: process.cwd(),
  });
  const text = chunks.join('');
  if (pager && text !== '' && !(await page(pager, text, process.env))) stdout.write(text);
}
