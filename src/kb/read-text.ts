/**
 * Read one knowledge file as strict UTF-8, refusing anything that is not an ordinary file of
 * knowledge size. The size cap holds whatever `st_size` says: procfs reports 0 for files that
 * never end (/proc/self/pagemap), so the read itself stops at the cap.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statfsSync, statSync, type Stats } from 'node:fs';
import { issue, type KbIssue } from './issues.js';

/** The whole article's knowledge is well under 1 MB; a larger file is a mistake or an attack. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; issue: KbIssue };

/**
 * Kernel pseudo filesystems (statfs magic numbers): their "regular files" are views of process
 * or kernel state, may never end or block on read, and are never knowledge.
 */
const PSEUDO_FILESYSTEMS = new Map<number, string>([
  [0x9fa0, 'procfs'],
  [0x62656572, 'sysfs'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x62656570, 'configfs'],
  [0xde5e81e4, 'efivarfs'],
  [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'],
]);

/**
 * Why `path` cannot be a knowledge file (missing, unreadable, not a regular file, on a pseudo
 * filesystem, too large), or undefined; checked without opening it. A FIFO or a device such as
 * /dev/zero would block or never end, so only regular files pass.
 */
export function fileProblem(path: string, display: string): KbIssue | undefined {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return accessIssue(error, display);
  }
  return statProblem(stat, path, display);
}

function statProblem(stat: Stats, path: string, display: string): KbIssue | undefined {
  if (!stat.isFile()) {
    return issue('FILE_UNREADABLE', `not a regular file (${stat.isDirectory() ? 'a directory' : 'a device, pipe or socket'}); give a YAML file or a directory of them`, { file: display });
  }
  const pseudo = pseudoFilesystem(path);
  if (pseudo) return issue('FILE_UNREADABLE', `a file of the kernel's ${pseudo}, not knowledge; give a YAML file or a directory of them`, { file: display });
  return stat.size > MAX_FILE_BYTES ? tooLarge(display, `file is ${(stat.size / 1048576).toFixed(1)} MB`) : undefined;
}

/** The name of the kernel pseudo filesystem `path` is on (procfs, sysfs, …), or undefined. */
export function pseudoFilesystem(path: string): string | undefined {
  try {
    return PSEUDO_FILESYSTEMS.get(Number(statfsSync(path).type));
  } catch {
    return undefined; // statfs unsupported here: the bounded read still holds
  }
}

/** Read one knowledge file as strict UTF-8 (see readBytes). */
export function readText(path: string, display: string): ReadResult {
  const read = readBytes(path, display);
  return read.ok ? decode(read.bytes, display) : read;
}

/**
 * A knowledge file's bytes, at most MAX_FILE_BYTES. Opened without blocking (a file swapped for
 * a FIFO after listing cannot hang the run) and checked again on the open descriptor.
 */
export function readBytes(path: string, display: string): { ok: true; bytes: Buffer } | { ok: false; issue: KbIssue } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { ok: false, issue: accessIssue(error, display) };
  }
  try {
    const stat = fstatSync(fd);
    const problem = statProblem(stat, path, display);
    if (problem) return { ok: false, issue: problem };
    const bytes = readBounded(fd, MAX_FILE_BYTES, stat.size);
    return bytes ? { ok: true, bytes } : { ok: false, issue: tooLarge(display, 'the file grew past the cap while being read') };
  } catch (error) {
    return { ok: false, issue: accessIssue(error, display) };
  } finally {
    closeSync(fd);
  }
}

/**
 * At most `cap` bytes from `fd`; undefined when there are more. Never trusts the size the file
 * claims: `expected` (its st_size) only sizes the first buffer, one byte larger to notice growth,
 * so that a 180 MB cache entry is read without a second copy.
 */
export function readBounded(fd: number, cap: number, expected = 0): Buffer | undefined {
  const first = Buffer.allocUnsafe(Math.min(cap, Math.max(0, expected)) + 1);
  let filled = 0;
  while (filled < first.length) {
    const n = readSync(fd, first, filled, first.length - filled, null);
    if (n === 0) return first.subarray(0, filled);
    filled += n;
  }
  const chunks: Buffer[] = [first];
  let total = filled;
  for (;;) {
    if (total > cap) return undefined;
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
}

function decode(bytes: Buffer, display: string): ReadResult {
  try {
    // fatal: invalid UTF-8 is an error, not silently replaced with U+FFFD. A BOM is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return { ok: false, issue: issue('FILE_ENCODING', 'the file is not valid UTF-8; save it as UTF-8', { file: display, line, column }) };
  }
}

function tooLarge(display: string, what: string): KbIssue {
  return issue('FILE_TOO_LARGE', `${what}; knowledge files may be at most ${MAX_FILE_BYTES / 1048576} MB — split it into several files`, { file: display });
}

function accessIssue(error: unknown, display: string): KbIssue {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return issue('FILE_NOT_FOUND', 'no such file or directory; check the --kb path or GPTLINEAGE_KB', { file: display });
  return issue('FILE_UNREADABLE', `cannot read the file (${code ?? 'unknown error'}); check its permissions`, { file: display });
}

/** Line and column of the first byte sequence that is not UTF-8 (lenient decoding marks it U+FFFD). */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  const lenient = bytes.toString('utf8');
  const at = Math.max(0, lenient.indexOf('\uFFFD'));
  const before = lenient.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
