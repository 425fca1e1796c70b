/**
 * The second round of hostile packs, query side, through the built CLI: BibTeX and terminal
 * output of hostile sources, Mermaid and DOT labels, a 7 MB description at 40 and 80 columns (and one in many scripts),
 * a 20,000-word search, one pack given twice, and forged, special or short cache entries. Each
 * run: its exit code, no stack trace, nothing raw, and that it ends (a kill timeout that only
 * catches hangs). Validation cases of the same round are in cases/round-two.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, stackLines, type RunResult } from './support/run-cli.js';
import { createSandbox, type Sandbox } from './support/sandbox.js';

const HANG_MS = 120_000;
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const HAS_DOT = spawnSync('sh', ['-c', 'command -v dot'], { stdio: 'ignore' }).status === 0;

const HOSTILE = `sources:
  - id: rb-hsrc
    kind: paper
    title: "Title \\e]52;c;ZXZpbA==\\a with {braces} and \\u202e reversed"
    authors: ["Eve \\e[31m Red", "Bob \\u2028 Line"]
    venue: "Venue \\u200f rtl \\u061c alm \\u200e ltr \\u2029 para"
    year: 2022
    doi: "10.1234/ok.<1>[2]"
    arxiv: "2201.11903"
    url: "https://example.com/a?b=1&c=%7B"
models:
  - id: rb-hm
    name: "%%{init: {'theme':'dark'}}%% #1; #quot; \\\\n \\\\x00 &lt; \\e[2J \\u200e\\u200f\\u061c\\u2028\\u2029 end"
    description: "desc \\u202e\\u2066"
derivations:
  - id: rb-hd
    from: [davinci]
    to: rb-hm
    methods: [base-pretraining]
    confidence: likely
    evidence: [{ source: rb-hsrc, stance: supports, kind: documentation, note: "note \\e[5m" }]
`;

let sandbox: Sandbox;
const dirs = { hostile: '', long: '', mixed: '', words: '', small: '' };
const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' ');
beforeAll(() => {
  sandbox = createSandbox();
  for (const name of Object.keys(dirs) as Array<keyof typeof dirs>) mkdirSync((dirs[name] = join(sandbox.scratch, name)));
  writeFileSync(join(dirs.hostile, 'h.yaml'), HOSTILE);
  // ~7 MB of description: 1.45 million short words.
  const prose = Array.from({ length: 1_450_000 }, (_, i) => `w${i % 997}`).join(' ');
  writeFileSync(join(dirs.long, 'l.yaml'), `models:\n  - id: rb-long\n    name: Long\n    description: "${prose}"\n`);
  // ~7 MB of CJK, emoji (ZWJ families, flags), combining accents, Hangul and Devanagari: every width path, and segmenting.
  const unit = '思维链推理能力来自代码训练 👨‍👩‍👧 cafe\u0301 🇨🇳 한국어 क्षत्रिय exhibits-code-cushman-001 ';
  writeFileSync(join(dirs.mixed, 'm.yaml'), `models:\n  - id: rb-mixed\n    name: Mixed\n    description: "${unit.repeat(Math.floor(7e6 / Buffer.byteLength(unit)))}"\n`);
  writeFileSync(join(dirs.words, 'w.yaml'), `models:\n  - id: rb-words\n    name: Words\n    description: "${words}"\n`);
  writeFileSync(join(dirs.small, 'm.yaml'), 'models:\n  - id: rb-small\n    name: Small\n');
});
afterAll(() => sandbox?.remove());

async function run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const r = await runCli(sandbox.bin, args, { env: { ...sandbox.env, ...env }, cwd: sandbox.scratch, killAfterMs: HANG_MS });
  expect(r.timedOut, 'a hang').toBe(false);
  expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  expect(r.stderr).not.toMatch(/internal error|RangeError|TypeError|Maximum call stack/);
  expect(r.stdout + r.stderr).not.toMatch(RAW);
  return r;
}

describe.concurrent('round two, through queries', () => {
  it.each([
    [['cite', 'rb-hsrc', '--format', 'bibtex']],
    [['cite', 'rb-hsrc']],
    [['show', 'rb-hm']],
    [['show', 'rb-hm', '--json']],
    [['lineage', 'rb-hm']],
  ])('%j of a hostile source and model: nothing raw', async (args) => {
    const r = await run([...args, '--kb', dirs.hostile]);
    expect(r.code).toBe(0);
  }, HANG_MS);

  it('bibtex keeps the identifier fields whole (they cannot hold a brace or a control character)', async () => {
    const r = await run(['cite', 'rb-hsrc', '--format', 'bibtex', '--kb', dirs.hostile]);
    expect(r.stdout).toContain('doi = {10.1234/ok.<1>[2]}');
    expect(r.stdout).toContain('eprint = {2201.11903}');
    expect(r.stdout).not.toContain('@misc{evil');
  }, HANG_MS);

  it('mermaid: no %%{ directive survives, and entity-like text stays text', async () => {
    const r = await run(['lineage', 'rb-hm', '--format', 'mermaid', '--kb', dirs.hostile]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/%%\s*\{/);
    const label = r.stdout.split('\n').find((l) => l.includes('rb-hm') && l.includes('init'))!;
    expect(label).toContain('#35;1;');
    expect(label).toContain('#35;quot;');
    expect(label).toContain('#92;n');
    expect(label).not.toMatch(/(^|[^;\d])#1;|#quot;\s#/);
  }, HANG_MS);

  it.skipIf(!HAS_DOT)(`dot: a literal \\x00 or \\n in a name is text, not a line break (checked by Graphviz)${HAS_DOT ? '' : ' (skipped: no Graphviz)'}`, async () => {
    const r = await run(['lineage', 'rb-hm', '--format', 'dot', '--kb', dirs.hostile]);
    const svg = spawnSync('dot', ['-Tsvg'], { input: r.stdout, encoding: 'utf8' });
    expect(svg.status, svg.stderr).toBe(0);
    const texts = [...svg.stdout.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const name = texts.find((t) => t.includes('init'))!;
    expect(name).toContain('#1; #quot; \\n \\x00 &amp;lt;'); // one SVG line: nothing in the name broke it
    expect(name.endsWith(' end')).toBe(true);
  }, HANG_MS);

  it.each([40, 80])('show on a 7 MB description at %i columns ends, wrapped, with no stack overflow', async (columns) => {
    const r = await run(['show', 'rb-long', '--kb', dirs.long], { COLUMNS: String(columns) });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(50_000);
    const prose = lines.filter((l) => /^\s*w\d+ /.test(l));
    expect(prose.length).toBeGreaterThan(50_000);
    expect(prose.filter((l) => l.length > columns)).toEqual([]);
  }, HANG_MS);

  it('show on a 7 MB description in many scripts ends, every line within 80 columns as string-width counts them', async () => {
    const r = await run(['show', 'rb-mixed', '--kb', dirs.mixed], { COLUMNS: '80' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.includes('👨‍👩‍👧 cafe\u0301 🇨🇳')).length).toBeGreaterThan(50_000);
    expect(lines.filter((l) => stringWidth(l) > 80)).toEqual([]);
  }, HANG_MS);

  it('search with 20,000 words finds the entity holding them all', async () => {
    const r = await run(['search', words, '--json', '--kb', dirs.words]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hits.map((h: { id: string }) => h.id)).toEqual(['rb-words']);
  }, HANG_MS);

  it('search with 20,000 words that match nothing says so (exit 1)', async () => {
    const r = await run(['search', words.replace(/w/g, 'q'), '--kb', dirs.small]);
    expect(r.code).toBe(1);
  }, HANG_MS);

  it('the same pack in GPTLINEAGE_KB and --kb is loaded once', async () => {
    const r = await run(['show', 'rb-small', '--json', '--kb', dirs.small], { GPTLINEAGE_KB: `${dirs.small}:${join(dirs.small, 'm.yaml')}` });
    expect(r.code, r.stderr).toBe(0);
    const v = await run(['validate', '--json', '--kb', dirs.small], { GPTLINEAGE_KB: dirs.small });
    expect(JSON.parse(v.stdout).issues).toEqual([]);
  }, HANG_MS);
});

/** The pack cache: each bad entry is survived, then replaced by a sound one. */
describe('round two, the pack cache', () => {
  const cacheDir = () => join(sandbox.cache, 'gptlineage');
  const entryPath = () => join(cacheDir(), readdirSync(cacheDir()).find((n) => /^kb-.*\.json$/.test(n))!);
  const args = () => ['show', 'rb-small', '--json', '--kb', dirs.small];
  const query = () => run(args());
  let good = '';
  let answer = '';
  beforeAll(async () => {
    rmSync(cacheDir(), { recursive: true, force: true });
    answer = (await query()).stdout;
    good = readFileSync(entryPath(), 'utf8');
  }, HANG_MS);

  const forgeries: Array<[string, (kb: Record<string, Array<Record<string, unknown>>>) => void]> = [
    ['{} appended to models', (kb) => void kb.models!.push({})],
    ['from: "davinci" (a string, not a list)', (kb) => void (kb.derivations!.find((d) => Array.isArray(d.from))!.from = 'davinci')],
    ['evidence: 5', (kb) => void (kb.claims![0]!.evidence = 5)],
    ['a reference to no model', (kb) => void (kb.derivations![0]!.to = 'no-such-model')],
    ['models out of order', (kb) => void kb.models!.reverse()],
  ];
  it.each(forgeries)('a forged entry with %s is discarded and rebuilt', async (_, forge) => {
    const entry = JSON.parse(good) as { key: string; kb: Record<string, Array<Record<string, unknown>>> };
    forge(entry.kb);
    writeFileSync(entryPath(), JSON.stringify(entry));
    const r = await query();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(answer);
    expect(readFileSync(entryPath(), 'utf8')).toBe(good);
  }, HANG_MS);

  it('a forged entry that is valid knowledge (a raw escape in a name) is used, and prints nothing raw', async () => {
    const entry = JSON.parse(good) as { key: string; kb: { models: Array<{ id: string; name: string }> } };
    entry.kb.models.find((m) => m.id === 'rb-small')!.name = 'Small \u001b]0;pwned\u0007';
    writeFileSync(entryPath(), JSON.stringify(entry));
    for (const json of [true, false]) {
      const r = await run(json ? args() : args().filter((a) => a !== '--json'));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(json ? 'Small \\u001b]0;pwned\\u0007' : 'Small \\x1b]0;pwned\\x07');
    }
    writeFileSync(entryPath(), good);
  }, HANG_MS);

  it.each([
    ['a FIFO (would block forever)', (path: string) => spawnSync('mkfifo', [path]).status === 0],
    ['a symlink to /dev/zero (would grow to gigabytes)', (path: string) => (symlinkSync('/dev/zero', path), true)],
    ['a directory', (path: string) => (mkdirSync(path), true)],
    ['truncated', (path: string) => (writeFileSync(path, good.slice(0, 100)), true)],
  ])('an entry that is %s: the query still answers', async (_, plant) => {
    const path = entryPath();
    rmSync(path, { recursive: true, force: true });
    if (!plant(path)) return;
    const r = await query();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(answer);
    rmSync(path, { recursive: true, force: true });
    writeFileSync(path, good);
  }, HANG_MS);

  it('under ulimit -f (a short write), no truncated entry is renamed into place', async () => {
    rmSync(cacheDir(), { recursive: true, force: true });
    // One block of 512 bytes: the entry (the base knowledge and the pack) is larger.
    expect(good.length).toBeGreaterThan(512);
    const r = spawnSync('/bin/sh', ['-c', 'ulimit -f 1 && exec "$@"', 'sh', process.execPath, sandbox.bin, ...args()], { cwd: sandbox.scratch, env: sandbox.env, encoding: 'utf8', timeout: HANG_MS });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(answer);
    const left = existsSync(cacheDir()) ? readdirSync(cacheDir()) : [];
    // Entries parse (the secret and seals beside them are not JSON).
    for (const name of left.filter((n) => n.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(cacheDir(), name), 'utf8'))).not.toThrow();
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, HANG_MS);
});
