import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Through the built binary, with the real jq and Graphviz (CI installs both and builds first).
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gptlineage.js');
const built = spawnSync('node', [bin, '--version'], { stdio: 'ignore' }).status === 0;
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

// stdin is closed: a socket on stdin would make bash read ~/.bashrc as if it were a remote shell.
function sh(script: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd: root, env: { ...env, GL: `node ${bin}` }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// CI installs jq and Graphviz and builds first, so there these tests always run (and fail loudly if
// anything is missing); on a machine without them they are skipped, and say why.
const tools = ['jq', 'dot'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0);
const ready = Boolean(process.env.CI) || (built && tools);
if (!ready) console.warn('Skipping the end-to-end tests with jq and Graphviz: run `npm run build` and install jq and graphviz.');

describe.runIf(ready)('the built binary with jq and Graphviz', () => {
  it('trace cot --json is read by jq', () => {
    const r = sh('$GL trace cot --json | jq -e \'.schemaVersion == 1 and .kind == "trace" and (.origins | length > 0) and (.models | length > 0)\'');
    expect(r).toMatchObject({ code: 0, stdout: 'true\n' });
  });

  it('why, diff and matrix --json are read by jq', () => {
    expect(sh('$GL why chatgpt icl --json | jq -e \'.model == "chatgpt" and (.lines | length > 0)\'').code).toBe(0);
    expect(sh('$GL diff code-davinci-002 text-davinci-002 --json | jq -e \'[.differences[] | select(.capability == "chain-of-thought")] | length == 1\'').code).toBe(0);
    expect(sh('$GL matrix --json | jq -e \'(.rows | length) > 5 and (.cells | length) > 0\'').code).toBe(0);
  });

  it.each([['graph --format dot'], ['trace cot --format dot'], ['lineage chatgpt --format dot'], ['diff code-davinci-002 text-davinci-002 --format dot']])(
    '%s is rendered by dot',
    (args) => {
      const r = sh(`$GL ${args} | dot -Tsvg`);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('<svg');
    },
  );

  it('ends quietly on a closed pipe', () => {
    const r = sh('$GL tree | head -1');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n')).toHaveLength(2);
  });

  it('prints one screen of text for trace cot with no colour in a pipe', () => {
    const out = execFileSync('node', [bin, 'trace', 'cot'], { env, encoding: 'utf8' });
    expect(out).toMatch(/Where it first appears/);
    expect(out).not.toMatch(/\u001b/);
  });
});
