/** Run the CLI in-process at a given width, as a pipe or as a colour terminal, and measure what it printed. */
import { Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';

/** Columns a line takes on a terminal: colour codes ignored, wide characters counted twice. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}|\u200d/u.test(ch)) continue;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f300;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Stdout and stderr of `gptlineage …args` at `columns`, on a (colour) terminal or in a pipe. */
export async function runAt(args: string[], columns: number, terminal = false): Promise<{ code: number; stdout: string; stderr: string }> {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) => new Writable({ write: (c: Buffer | string, _e, done) => (into.push(String(c)), done()) });
  const env = terminal ? { TERM: 'xterm-256color' } : {};
  const code = await run(args, { stdout: sink(chunks.out), stderr: sink(chunks.err), isTTY: terminal, columns, env, cwd: process.cwd() });
  return { code, stdout: chunks.out.join(''), stderr: chunks.err.join('') };
}
