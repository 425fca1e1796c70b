/** Run the CLI on a pseudo-terminal through util-linux `script`, for the cases where stdout must be a TTY. */
import { spawnSync } from 'node:child_process';

/** Whether util-linux `script` is available to give the CLI a terminal. */
export const HAS_SCRIPT = (() => {
  try {
    return spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout.includes('util-linux');
  } catch {
    return false;
  }
})();

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Run `node bin args` with stdout on a terminal of `columns` columns; returns what the terminal received, with "\r\n" turned back into "\n". */
export function runOnTty(bin: string, args: string[], env: Record<string, string>, cwd: string, columns = 80): { code: number | null; output: string } {
  const command = `stty cols ${columns} rows 40; exec ${quote(process.execPath)} ${[bin, ...args].map(quote).join(' ')}`;
  // No pager unless a test asks for one: less would wait for a key on output longer than the screen.
  const r = spawnSync('script', ['-qefc', command, '/dev/null'], { cwd, env: { GPTLINEAGE_PAGER: 'cat', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  return { code: r.status, output: r.stdout.replace(/\r\n/g, '\n') };
}
