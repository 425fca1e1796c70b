/** Running the built binary beside real third-party tools (bibtex, biber, rapper, bash…). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'gptlineage.js');

/** Whether every command is on PATH. */
export function haveTools(tools: string[]): boolean {
  return tools.every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0);
}

/**
 * CI installs the tools and builds first, so there a test always runs (and fails loudly if anything
 * is missing); elsewhere it is skipped, and says why.
 */
export function toolsReady(tools: string[], what: string): boolean {
  const built = spawnSync('node', [bin, '--version'], { stdio: 'ignore' }).status === 0;
  const ready = Boolean(process.env.CI) || (built && haveTools(tools));
  if (!ready) console.warn(`Skipping ${what}: run \`npm run build\` and install ${tools.join(', ')}.`);
  return ready;
}

/** Run a bash script in `cwd` with $GL set to the built binary; stdin closed so bash reads no rc file. */
export function sh(script: string, cwd = root): { code: number; stdout: string; stderr: string } {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: process.env.HOME ?? '/tmp', GL: `node ${bin}` };
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every id of one kind in the bundled knowledge, from the built binary. */
export function idsOf(kind: string): string[] {
  const r = sh(`$GL list ${kind} --json`);
  return (JSON.parse(r.stdout) as { items: { id: string }[] }).items.map((i) => i.id);
}
