/**
 * The second round of hostile packs: identifier fields carrying terminal escapes or BibTeX,
 * the kernel's files behind symlinks, quadratic did-you-mean, YAML 1.1, impossible dates, and
 * the variants found while fixing them. Query-side cases (cite, graph, search, long text, the
 * cache) are in ../round-two.test.ts.
 */
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colOf, model, y, type Case } from './case.js';

const OSC52 = '10.1234/x\u001b]52;c;ZXZpbA==\u0007';
const BIBTEX = '10.1234/x}},@misc{evil,title={\\immediate\\write18{id}}}';
const source = (field: string) => y('sources:', '  - id: rb-src', '    kind: paper', '    title: A source', `    ${field}`);
const PROC = existsSync('/proc/self/pagemap') ? undefined : 'no /proc/self/pagemap on this machine';
const SYS = existsSync('/sys/kernel') ? undefined : 'no /sys on this machine';
/** A relative path from any case directory to `/` and then `absolute` (`--kb` arguments are relative to the case). */
const fromRoot = (absolute: string) => `${'../'.repeat(12)}${absolute.slice(1)}`;

/** 2,000 ids of 60 characters and 3,000 references that each miss one by two edits: 101 s of did-you-mean before. */
function danglingPack(dir: string): void {
  const id = (i: number) => `m${String(i).padStart(5, '0')}-${'x'.repeat(53)}`;
  const lines = ['models:'];
  for (let i = 0; i < 2000; i++) lines.push(`  - { id: ${id(i)}, name: M }`);
  lines.push('questions:');
  for (let i = 0; i < 3000; i++) lines.push(`  - { id: q${i}, question: Q, about: [${id(i % 2000).replace('x', 'y')}q] }`);
  writeFileSync(join(dir, 'dangling.yaml'), `${lines.join('\n')}\n`);
}

/** 8,000 models (just under the token cap), each with a key one letter off an allowed one: one suggestion per entity. */
function typoPack(dir: string): void {
  const lines = ['models:'];
  for (let i = 0; i < 8_000; i++) lines.push(`  - { id: rb-t${i}, name: T, paramters: 1 }`);
  writeFileSync(join(dir, 'typos.yaml'), `${lines.join('\n')}\n`);
}

export const ROUND_TWO_CASES: Case[] = [
  // 1. identifier fields: terminal escapes and BibTeX injection
  { name: 'doi carrying an OSC 52 clipboard write', files: { 's.yaml': source(`doi: "${OSC52.replace('\u001b', '\\e').replace('\u0007', '\\a')}"`) }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 10 }, query: true },
  { name: 'doi closing the BibTeX entry and adding @misc{evil}', files: { 's.yaml': source(`doi: '${BIBTEX}'`) }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 10 } },
  { name: 'doi with a C1 CSI (8-bit ESC [)', files: { 's.yaml': source('doi: "10.1234/\\x9b2J"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 10 } },
  { name: 'doi of 100,000 characters', files: { 's.yaml': source(`doi: 10.1234/${'a'.repeat(100_000)}`) }, exit: 3, codes: ['OUT_OF_RANGE'], at: { file: 's.yaml', line: 5, column: 10 } },
  { name: 'arxiv id (the BibTeX eprint) with a brace', files: { 's.yaml': source('arxiv: "2201.11903},note={x"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 12 } },
  { name: 'url setting the window title', files: { 's.yaml': source('url: "https://example.com/\\e]0;pwned\\a"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 10 } },
  { name: 'url with braces and a space', files: { 's.yaml': source('url: "https://example.com/}} @misc{x"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 10 } },
  { name: 'language tag with a newline', files: { 's.yaml': source('language: "en\\n\\e[2J"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 's.yaml', line: 5, column: 15 } },
  { name: 'alias with a right-to-left mark', files: { 'm.yaml': y('models:', model('rb-a', 'aliases: ["gpt\\u200f3"]')) }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'm.yaml', line: 2, column: colOf(model('rb-a', 'aliases: ["gpt\\u200f3"]'), '"gpt') } },
  { name: 'alias with a line separator U+2028', files: { 'm.yaml': y('models:', model('rb-a', 'aliases: ["a\\u2028b"]')) }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'm.yaml', line: 2, column: colOf(model('rb-a', 'aliases: ["a\\u2028b"]'), '"a') } },
  { name: 'derivation account with ESC', files: { 'd.yaml': y('derivations:', '  - id: rb-d', '    to: davinci', '    methods: [base-pretraining]', '    account: "fig\\e[31m"', '    confidence: likely') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'd.yaml', line: 5, column: 14 }, alsoAllowed: ['CLAIM_WITHOUT_EVIDENCE'] },
  // 2. the kernel's files and other reads that never end
  { name: 'a symlink to /proc/self/pagemap inside a pack', files: { 'ok.yaml': y('models:', model('rb-ok')) }, setup: (dir) => symlinkSync('/proc/self/pagemap', join(dir, 'x.yaml')), exit: 3, codes: ['FILE_UNREADABLE'], at: { file: 'x.yaml', line: null }, query: true, skip: PROC },
  { name: '--kb /proc/self/pagemap', kb: [fromRoot('/proc/self/pagemap')], exit: 3, codes: ['FILE_UNREADABLE'], query: true, skip: PROC },
  { name: '--kb a symlink to /proc/self/pagemap', setup: (dir) => symlinkSync('/proc/self/pagemap', join(dir, 'link.yaml')), kb: ['link.yaml'], exit: 3, codes: ['FILE_UNREADABLE'], at: { file: 'link.yaml', line: null }, skip: PROC },
  { name: '--kb /proc/self/environ (small, regular, and secret)', setup: (dir) => symlinkSync('/proc/self/environ', join(dir, 'env.yaml')), kb: ['env.yaml'], exit: 3, codes: ['FILE_UNREADABLE'], at: { file: 'env.yaml', line: null }, skip: PROC },
  { name: 'a symlink to /sys inside a pack', files: { 'ok.yaml': y('models:', model('rb-ok')) }, setup: (dir) => symlinkSync('/sys/kernel/uevent_seqnum', join(dir, 'sys.yaml')), exit: 3, codes: ['FILE_UNREADABLE'], at: { file: 'sys.yaml', line: null }, skip: SYS },
  { name: '--kb /proc (a directory of the kernel, not a pack)', kb: [fromRoot('/proc')], exit: 3, codes: ['FILE_UNREADABLE'], skip: PROC },
  { name: '--kb /sys (thousands of kernel directories)', kb: [fromRoot('/sys')], exit: 3, codes: ['FILE_UNREADABLE'], skip: SYS },
  { name: 'a symlink to a valid file outside the pack', files: { 'ok.yaml': y('models:', model('rb-ok')) }, setup: (dir) => { writeFileSync(join(dir, '..', 'outside-rb.yaml'), y('models:', model('rb-out'))); symlinkSync('../outside-rb.yaml', join(dir, 'out.yaml')); }, exit: 3, codes: ['FILE_UNREADABLE'], at: { file: 'out.yaml', line: null } },
  { name: 'a symlink to a file inside the pack is loaded once (no DUPLICATE_ID)', files: { 'real.yaml': y('models:', model('rb-real')) }, setup: (dir) => symlinkSync('real.yaml', join(dir, 'again.yaml')), exit: 0, codes: [], query: true },
  { name: 'the same pack given twice', files: { 'm.yaml': y('models:', model('rb-twice')) }, kb: ['.', '.', 'm.yaml'], exit: 0, codes: [], query: true },
  { name: '.YAML and .Yml files are read (an error in one proves it)', files: { 'A.YAML': y('models:', '  - id: rb-upper', '    nmae: typo'), 'b.Yml': y('models:', model('rb-yml')) }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'A.YAML', line: 3, column: 5 }, alsoAllowed: ['MISSING_FIELD'] },
  // 3. quadratic did-you-mean
  { name: 'one id of 40,000 characters and a reference one edit away', files: { 'long.yaml': y('models:', `  - id: ${'a'.repeat(40_000)}`, '    name: L', 'questions:', `  - { id: rb-q, question: Q, about: [${'a'.repeat(39_999)}b] }`) }, exit: 3, codes: ['OUT_OF_RANGE'], at: { file: 'long.yaml', line: 2, column: 9 }, alsoAllowed: ['DANGLING_REF'] },
  { name: '3,000 dangling references against 2,000 ids of 60 characters', setup: danglingPack, exit: 3, codes: ['DANGLING_REF'], at: { file: 'dangling.yaml', line: 2003, column: colOf('  - { id: q0, question: Q, about: [m', 'm') }, query: true },
  { name: '8,000 entities with a mistyped key each', setup: typoPack, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'typos.yaml', line: 2, column: colOf('  - { id: rb-t0, name: T, paramters: 1 }', 'paramters') } },
  // 5. YAML 1.1
  { name: '%YAML 1.1 turning yes into true', files: { 'v.yaml': y('%YAML 1.1', '---', 'models:', model('rb-v', 'openWeights: yes')) }, exit: 3, codes: ['YAML_VERSION'], at: { file: 'v.yaml', line: 1, column: 1 }, query: true },
  { name: '%YAML 1.1 with a sexagesimal 33:40', files: { 'v.yaml': y('%YAML 1.1', '---', 'models:', model('rb-v', 'parameters: { value: 33:40, unit: parameters }')) }, exit: 3, codes: ['YAML_VERSION'], at: { file: 'v.yaml', line: 1, column: 1 } },
  { name: 'a %TAG directive', files: { 't.yaml': y('%TAG !e! tag:example.com,2000:', '---', 'models:', model('rb-t')) }, exit: 3, codes: ['YAML_TAG'], at: { file: 't.yaml', line: 1, column: 1 } },
  { name: 'a << merge key hiding a repeated key', files: { 'merge.yaml': y('models:', '  - id: rb-m', '    name: A', '    <<: { name: B }') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'merge.yaml', line: 4, column: 5 } },
  { name: 'yes under YAML 1.2 is a string, not true', files: { 'yes.yaml': y('%YAML 1.2', '---', 'models:', '  - id: rb-y', '    name: Y', '    openWeights: yes') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'yes.yaml', line: 6, column: 18 } },
  // 12. impossible dates
  { name: 'released on 2022-02-30', files: { 'd.yaml': y('models:', '  - id: rb-d', '    name: D', '    released: "2022-02-30"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'd.yaml', line: 4, column: 15 }, query: true },
  { name: '2023-02-29 inside { circa }', files: { 'd.yaml': y('models:', '  - id: rb-d', '    name: D', '    trainingCutoff: { circa: "2023-02-29" }') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'd.yaml', line: 4, column: 30 } },
  { name: '2022-04-31 at the end of a range', files: { 'd.yaml': y('models:', '  - id: rb-d', '    name: D', '    released: { from: "2022-04", to: "2022-04-31" }') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'd.yaml', line: 4, column: colOf('    released: { from: "2022-04", to: "2022-04-31" }', '"2022-04-31"') } },
  { name: '2024-02-29 is a real day', files: { 'd.yaml': y('models:', '  - id: rb-d', '    name: D', '    released: "2024-02-29"') }, exit: 0, codes: [] },
];
