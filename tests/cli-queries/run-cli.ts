/** Run the CLI in-process with captured streams, as a non-TTY with no colour variables set. */
import { Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** `gptlineage …args` with 80 columns; `env` adds variables (e.g. FORCE_COLOR). */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out = sink();
  const err = sink();
  const code = await run(args, { stdout: out.stream, stderr: err.stream, isTTY: false, columns: 80, env: { ...env }, cwd: process.cwd() });
  return { code, stdout: out.text(), stderr: err.text() };
}
