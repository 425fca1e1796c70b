/**
 * Pipes: a reader that stops early (`| head -c 100`, `| head -1`) ends the CLI quietly, with no
 * error output; a reader that keeps reading, however slowly, gets the whole output. The packs are
 * big enough (hundreds of KB of output) that the pipe buffer fills and the early close really
 * produces EPIPE.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredCommands, notYet } from '../robustness/support/commands.js';
import { runCli, stackLines } from '../robustness/support/run-cli.js';
import { createSandbox, REPO, requireBuild, type Sandbox } from '../robustness/support/sandbox.js';

requireBuild();
const COMMANDS = declaredCommands(join(REPO, 'bin/gptlineage.js'));
const HAS_SHELL = spawnSync('sh', ['-c', 'command -v head'], { encoding: 'utf8' }).status === 0;
const MODELS = 1_200;

/** A valid pack: a binary tree of models below davinci, two claims per model; split into files that each stay under the YAML token cap. */
function bigPack(): Record<string, string> {
  const id = (i: number) => `pipe-model-${String(i).padStart(4, '0')}`;
  const ev = '[{ source: base-paper, stance: supports, kind: documentation, note: "Generated for the pipe tests, long enough to make the output big." }]';
  const models = Array.from({ length: MODELS }, (_, i) => `  - { id: ${id(i)}, name: "Pipe model number ${i} with a reasonably long display name" }`);
  const derivations = Array.from({ length: MODELS }, (_, i) => `  - { id: d-${id(i)}, from: [${i === 0 ? 'davinci' : id(Math.floor((i - 1) / 2))}], to: ${id(i)}, methods: [base-tuning], confidence: likely, evidence: ${ev} }`);
  const claims = (level: string) =>
    Array.from({ length: MODELS }, (_, i) => `  - { id: c-${level}-${id(i)}, kind: exhibits, model: ${id(i)}, capability: base-icl, level: ${level}, statement: "Pipe model ${i} shows in-context learning (${level})", confidence: ${level === 'weak' ? 'speculative' : 'likely'}, evidence: ${ev} }`);
  return {
    'models.yaml': ['models:', ...models].join('\n'),
    'derivations.yaml': ['derivations:', ...derivations].join('\n'),
    'claims-weak.yaml': ['claims:', ...claims('weak')].join('\n'),
    'claims-strong.yaml': ['claims:', ...claims('strong')].join('\n'),
  };
}

/** A pack with one error per entity, so `validate --json` prints a few hundred KB. */
function brokenPack(): string {
  return `models:\n${Array.from({ length: 2_000 }, (_, i) => `  - { id: broken-${i}, name: ${i} }`).join('\n')}\n`;
}

let sandbox: Sandbox;
let big: string;
let broken: string;
beforeAll(async () => {
  sandbox = createSandbox();
  big = join(sandbox.scratch, 'big');
  broken = join(sandbox.scratch, 'broken');
  mkdirSync(big);
  mkdirSync(broken);
  for (const [name, text] of Object.entries(bigPack())) writeFileSync(join(big, name), `${text}\n`);
  writeFileSync(join(broken, 'broken.yaml'), brokenPack());
  // Warm the pack cache once, so the pipe tests time the output, not the YAML.
  if (COMMANDS.has('tree')) await runCli(sandbox.bin, ['tree', '--kb', big], { env: sandbox.env, cwd: sandbox.scratch });
}, 300_000);
afterAll(() => (process.env.KEEP_SANDBOX ? console.log(sandbox.root) : sandbox?.remove()));

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `node bin args 2>err | reader` in sh, returning the CLI's exit status, its stderr and what the reader printed. */
function pipeInto(args: string[], reader: string): { status: number; stderr: string; read: string } {
  const err = join(sandbox.scratch, `stderr-${Math.random().toString(36).slice(2)}`);
  const cli = [process.execPath, sandbox.bin, ...args].map(quote).join(' ');
  // POSIX sh has no PIPESTATUS: the CLI's status is written from inside the pipeline.
  const script = `{ ${cli} 2>${quote(err)}; echo $? > ${quote(`${err}.status`)}; } | ${reader}`;
  const r = spawnSync('sh', ['-c', script], { cwd: sandbox.scratch, env: sandbox.env, encoding: 'utf8', timeout: 120_000 });
  return { status: Number(readFileSync(`${err}.status`, 'utf8')), stderr: readFileSync(err, 'utf8'), read: r.stdout };
}

describe.skipIf(!HAS_SHELL)(`a reader that stops early${HAS_SHELL ? '' : ' (skipped: no sh/head)'}`, () => {
  it('validate --json (a few hundred KB) | head -c 100: quiet, exit 3 or the EPIPE exit', () => {
    const r = pipeInto(['validate', '--json', '--kb', broken], 'head -c 100');
    expect(r.read).toHaveLength(100);
    expect(r.stderr).toBe('');
    expect([0, 3]).toContain(r.status);
  });

  it.skipIf(!COMMANDS.has('list'))(`list claims --json | head -c 100: no error output${COMMANDS.has('list') ? '' : ` (skipped: ${notYet('list')})`}`, () => {
    const r = pipeInto(['list', 'claims', '--json', '--kb', big], 'head -c 100');
    expect(r.read).toHaveLength(100);
    expect(r.read.startsWith('{')).toBe(true);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!COMMANDS.has('tree'))(`tree | head -1: no error output${COMMANDS.has('tree') ? '' : ` (skipped: ${notYet('tree')})`}`, () => {
    const r = pipeInto(['tree', '--kb', big], 'head -1');
    expect(r.read.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

/** Read the child's stdout slowly (a pause after every chunk), so the CLI's writes meet a full pipe. */
async function readSlowly(args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(process.execPath, [sandbox.bin, ...args], { cwd: sandbox.scratch, env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const chunks: Buffer[] = [];
  for await (const chunk of child.stdout) {
    chunks.push(chunk as Buffer);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { code: await closed, stdout: Buffer.concat(chunks), stderr };
}

describe('a reader that keeps reading gets everything', () => {
  it('validate --json through a slow pipe: the whole document, the same as to a file', async () => {
    const slow = await readSlowly(['validate', '--json', '--kb', broken]);
    expect(slow.code).toBe(3);
    expect(slow.stderr).toBe('');
    const report = JSON.parse(slow.stdout.toString('utf8')) as { issues: unknown[] };
    expect(report.issues.length).toBeGreaterThanOrEqual(2_000);
    const file = join(sandbox.scratch, 'validate.json');
    spawnSync('sh', ['-c', `${quote(process.execPath)} ${quote(sandbox.bin)} validate --json --kb ${quote(broken)} > ${quote(file)}`], { cwd: sandbox.scratch, env: sandbox.env });
    expect(readFileSync(file)).toEqual(slow.stdout);
  });

  it.skipIf(!COMMANDS.has('list'))('list claims --json through a slow pipe: every claim', async () => {
    const slow = await readSlowly(['list', 'claims', '--json', '--kb', big]);
    expect(slow.code).toBe(0);
    expect(stackLines(slow.stderr)).toEqual([]);
    const doc = JSON.parse(slow.stdout.toString('utf8')) as Record<string, unknown>;
    expect(slow.stdout.length).toBeGreaterThan(200_000);
    expect(JSON.stringify(doc)).toContain(`c-strong-pipe-model-${String(MODELS - 1).padStart(4, '0')}`);
  });

  it.skipIf(!COMMANDS.has('tree'))('tree through a slow pipe: the last model is there, and the text ends with a newline', async () => {
    const slow = await readSlowly(['tree', '--kb', big]);
    expect(slow.code).toBe(0);
    const text = slow.stdout.toString('utf8');
    expect(text.length).toBeGreaterThan(65_536);
    expect(text).toContain(`pipe-model-${String(MODELS - 1).padStart(4, '0')}`);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe.skipIf(!HAS_SHELL || !existsSync('/dev/full'))('a failing write (stdout on a full device)', () => {
  it('validate --json > /dev/full: one line on stderr, no stack, exit 70 (not one of the four answers)', () => {
    const cli = [process.execPath, sandbox.bin, 'validate', '--json', '--kb', broken].map(quote).join(' ');
    const r = spawnSync('sh', ['-c', `${cli} > /dev/full`], { cwd: sandbox.scratch, env: sandbox.env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(70);
    expect(stackLines(r.stderr)).toEqual([]);
    expect(r.stderr).toBe('gptlineage: cannot write the output (ENOSPC)\n');
  });
});

