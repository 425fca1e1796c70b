/**
 * Paging long output on a terminal, as git and gh do: through $GPTLINEAGE_PAGER, $PAGER or
 * `less -FRX` (which quits at once when the output fits one screen). Never in a pipe, never
 * under --json or --no-pager, and never when the chosen pager is empty or `cat`.
 */
import { spawn } from 'node:child_process';

/** The pager command line to use for this run, or undefined to write straight to stdout. */
export function pagerFor(argv: readonly string[], env: Record<string, string | undefined>, isTTY: boolean): string | undefined {
  if (!isTTY || argv.includes('--no-pager') || argv.some((a) => a === '--json' || a.startsWith('--json='))) return undefined;
  const chosen = env.GPTLINEAGE_PAGER ?? env.PAGER ?? 'less -FRX';
  return chosen.trim() === '' || chosen.trim() === 'cat' ? undefined : chosen;
}

/** Write `text` through the pager and wait for it to close; false when the pager could not be started. */
export function page(command: string, text: string, env: Record<string, string | undefined>): Promise<boolean> {
  return new Promise((done) => {
    // Like git: less gets -FRX unless the user has set LESS, so colour passes and short output just prints.
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', LV: '-c', ...env } });
    let settled = false;
    const settle = (ok: boolean) => {
      if (!settled) done(ok);
      settled = true;
    };
    child.on('error', () => settle(false));
    // A shell that cannot find the pager says so with 127: the caller prints the text itself.
    child.on('close', (code) => settle(code !== 127));
    child.stdin.on('error', () => undefined); // the reader quit the pager early: not an error
    child.stdin.end(text);
  });
}
