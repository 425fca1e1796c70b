/** Cases about the files themselves: missing, special, unreadable, too large, badly encoded. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, openSync, symlinkSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { model, y, type Case } from './case.js';

const VALID = y('models:', model('rb-valid'));

/** Write `megabytes` MB of plausible knowledge YAML in 1 MB chunks, so the test never holds 50 MB in one string. */
function writeBig(path: string, megabytes: number): void {
  const entry = '  - id: rb-big\n    name: A model repeated to make the file big\n';
  const chunk = entry.repeat(Math.ceil(1048576 / entry.length)).slice(0, 1048576);
  const fd = openSync(path, 'w');
  writeSync(fd, 'models:\n');
  for (let i = 0; i < megabytes; i++) writeSync(fd, chunk);
  closeSync(fd);
}

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const FILE_CASES: Case[] = [
  { name: 'missing path', kb: ['does-not-exist.yaml'], exit: 3, codes: ['FILE_NOT_FOUND'], at: { file: 'does-not-exist.yaml', line: null }, query: true },
  { name: 'directory without yaml files', files: { 'notes.txt': 'not knowledge\n' }, exit: 3, codes: ['NO_KNOWLEDGE_FILES'], at: { file: '.', line: null } },
  {
    name: 'a symlink named like a yaml file, pointing at a directory',
    files: { 'ok.yaml': VALID },
    setup: (dir) => symlinkSync('/', join(dir, 'root.yaml')),
    exit: 3,
    codes: ['FILE_UNREADABLE'],
    at: { file: 'root.yaml', line: null },
  },
  {
    name: 'a directory named like a yaml file is walked, not read',
    setup: (dir) => {
      mkdirSync(join(dir, 'sub.yaml'));
      writeFileSync(join(dir, 'sub.yaml', 'inner.yaml'), VALID);
    },
    exit: 0,
    codes: [],
  },
  {
    name: 'unreadable file (mode 000)',
    files: { 'secret.yaml': VALID },
    setup: (dir) => chmodSync(join(dir, 'secret.yaml'), 0o000),
    exit: 3,
    codes: ['FILE_UNREADABLE'],
    at: { file: 'secret.yaml', line: null },
    unprivileged: true,
    query: true,
  },
  {
    name: 'unreadable directory (mode 000)',
    setup: (dir) => {
      mkdirSync(join(dir, 'locked'));
      writeFileSync(join(dir, 'locked', 'a.yaml'), VALID);
      chmodSync(join(dir, 'locked'), 0o000);
    },
    kb: ['locked'],
    exit: 3,
    codes: ['FILE_UNREADABLE'],
    at: { file: 'locked', line: null },
    unprivileged: true,
  },
  {
    name: 'a FIFO named like a knowledge file (would block forever if opened)',
    setup: (dir) => execFileSync('mkfifo', [join(dir, 'pipe.yaml')]),
    kb: ['pipe.yaml'],
    exit: 3,
    codes: ['FILE_UNREADABLE'],
    at: { file: 'pipe.yaml', line: null },
    query: true,
    skip: hasMkfifo() ? undefined : 'mkfifo is not available',
  },
  {
    name: 'a symlink to /dev/zero inside a pack (would never end if read)',
    files: { 'ok.yaml': VALID },
    setup: (dir) => symlinkSync('/dev/zero', join(dir, 'zero.yaml')),
    exit: 3,
    codes: ['FILE_UNREADABLE'],
    at: { file: 'zero.yaml', line: null },
    query: true,
  },
  {
    name: 'a symlink pointing at itself',
    setup: (dir) => symlinkSync('self.yaml', join(dir, 'self.yaml')),
    kb: ['self.yaml'],
    exit: 3,
    codes: ['FILE_UNREADABLE'],
    at: { file: 'self.yaml', line: null },
  },
  {
    name: 'two symlinks to the pack directory itself (an exponential walk if followed)',
    files: { 'ok.yaml': VALID },
    setup: (dir) => {
      symlinkSync('.', join(dir, 'loop-a'));
      symlinkSync('.', join(dir, 'loop-b'));
    },
    exit: 0,
    codes: [],
  },
  {
    name: 'a 50 MB file, generated at test time',
    setup: (dir) => writeBig(join(dir, 'huge.yaml'), 50),
    exit: 3,
    codes: ['FILE_TOO_LARGE'],
    at: { file: 'huge.yaml', line: null },
    query: true,
  },
  {
    name: 'just under 8 MB, but 4 million tiny YAML tokens',
    setup: (dir) => writeFileSync(join(dir, 'tokens.yaml'), `models: [${'1,'.repeat(3_900_000)}1]\n`),
    exit: 3,
    codes: ['FILE_TOO_LARGE'],
    at: { file: 'tokens.yaml', line: 1, column: 200_006 }, // where the 300,001st token starts (3 tokens per `1,`)
  },
  {
    name: 'an 8 MB double-quoted string (within the byte cap)',
    setup: (dir) => writeFileSync(join(dir, 'string.yaml'), `rb-big: "${'a'.repeat(8_000_000)}"\n`),
    exit: 3,
    codes: ['UNKNOWN_KEY'],
    at: { file: 'string.yaml', line: 1, column: 1 },
  },
  {
    name: 'invalid UTF-8 on line 3',
    files: { 'latin1.yaml': Buffer.concat([Buffer.from('models:\n  - id: rb-a\n    name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) },
    exit: 3,
    codes: ['FILE_ENCODING'],
    at: { file: 'latin1.yaml', line: 3, column: 14 },
    query: true,
  },
  {
    name: 'UTF-16 with a byte-order mark',
    files: { 'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]) },
    exit: 3,
    codes: ['FILE_ENCODING'],
    at: { file: 'utf16.yaml', line: 1, column: 1 },
  },
  { name: 'empty file', files: { 'empty.yaml': '' }, exit: 0, codes: ['EMPTY_FILE'], at: { file: 'empty.yaml', line: 1, column: 1 }, query: true },
  { name: 'only comments and blank lines', files: { 'comments.yaml': y('# nothing here', '', '   ', '# still nothing') }, exit: 0, codes: ['EMPTY_FILE'], at: { file: 'comments.yaml', line: 1, column: 1 } },
  { name: 'UTF-8 byte-order mark, otherwise valid', files: { 'bom.yaml': `\uFEFF${VALID}` }, exit: 0, codes: [], query: true },
  { name: 'CRLF line endings, otherwise valid', files: { 'crlf.yaml': VALID.replace(/\n/g, '\r\n') }, exit: 0, codes: [] },
  {
    name: 'CRLF line endings with an error on line 3',
    files: { 'crlf-bad.yaml': y('models:', '  - id: rb-crlf', '    name: C', '    nmae: typo').replace(/\n/g, '\r\n') },
    exit: 3,
    codes: ['UNKNOWN_KEY'],
    at: { file: 'crlf-bad.yaml', line: 4, column: 5 },
  },
  {
    name: 'a byte-order mark in the middle of the file',
    files: { 'midbom.yaml': y('models:', model('rb-midbom'), '\uFEFFmethods: []') },
    exit: 3,
    codes: ['UNKNOWN_KEY'],
    at: { file: 'midbom.yaml', line: 3, column: 1 },
  },
  // The yaml package accepts C0 controls inside scalars; they are data, neutralised on output (tests/terminal).
  { name: 'a NUL byte and a bell inside a scalar', files: { 'nul.yaml': y('models:', '  - id: rb-nul', '    name: a\u0000b\u0007c') }, exit: 0, codes: [] },
];
