/**
 * The content hashes of pack files, remembered between runs so that an unchanged file is not read
 * again only to be hashed: a warm query on a 100k-model pack read and hashed 144 MB of YAML to
 * find its cache entry (0.3 s). A hash is reused only while the file's size, modification time,
 * change time and inode all match what they were when it was hashed, and only if that change
 * time was already two seconds old then: every write or chmod moves the change time, which no
 * user can set, and a file changed within the timestamps' granularity of its hashing is hashed
 * again. The record (`{seal, body}`, JSON) is sealed like a cache entry (cache-seal.ts), so no
 * one else can plant one.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomically } from './cache-write.js';
import { sealMatches, sealer } from './cache-seal.js';
import { readBounded } from './read-text.js';

/** Size, mtime, ctime, inode (nanoseconds, as decimal strings) and the sha256 of the bytes. */
type Known = [size: string, mtime: string, ctime: string, ino: string, sha256: string];

const SETTLED_NS = 2_000_000_000n;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export interface PackHashes {
  /** The sha256 and size of `path` when they are known and the file is unchanged since; else undefined. */
  known(path: string): { sha256: string; size: number } | undefined;
  /** Remember the hash of `path`, just computed from its bytes. */
  learn(path: string, sha256: string): void;
  /** Write what was learnt, when anything was; never throws. */
  save(): void;
}

/** Nanoseconds since the epoch; a parameter so tests can be two seconds later without waiting. */
const wallClock = () => BigInt(Date.now()) * 1_000_000n;

/** The remembered hashes for the packs named by `scope` (a key over their paths) in cache `dir`. */
export function packHashes(dir: string, scope: string, secret: Buffer, clock = wallClock): PackHashes {
  const path = join(dir, `hashes-${scope}.json`);
  const before = readRecord(path, secret);
  const now: Record<string, Known> = Object.create(null);
  let learnt = false;
  return {
    known(file) {
      const was = Object.hasOwn(before, file) ? before[file] : undefined;
      const stat = statOf(file);
      if (!was || !stat || stat.join() !== was.slice(0, 4).join()) return undefined;
      now[file] = was;
      return { sha256: was[4], size: Number(was[0]) };
    },
    learn(file, sha256) {
      const stat = statOf(file);
      if (!stat) return;
      learnt = true;
      // Not yet settled: hash it again next time rather than trust a change within the same tick.
      if (clock() - BigInt(stat[2]) >= SETTLED_NS) now[file] = [...stat, sha256];
    },
    save() {
      if (!learnt) return;
      const body = JSON.stringify(now);
      const seal = sealer(secret);
      seal.update(Buffer.from(body));
      const text = JSON.stringify({ seal: seal.digest(), body });
      atomically(path, (temp) => writeFileSync(temp, text, { flag: 'wx', mode: 0o600 }));
    },
  };
}

function statOf(file: string): [string, string, string, string] | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return [String(s.size), String(s.mtimeNs), String(s.ctimeNs), String(s.ino)];
  } catch {
    return undefined;
  }
}

/** The sealed record at `path`, or nothing when it is missing, damaged or not this user's. */
function readRecord(path: string, secret: Buffer): Record<string, Known> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return {};
  }
  try {
    const bytes = readBounded(fd, MAX_RECORD_BYTES);
    const { seal, body } = (bytes ? JSON.parse(bytes.toString('utf8')) : {}) as { seal?: unknown; body?: unknown };
    if (typeof seal !== 'string' || typeof body !== 'string' || !sealMatches(secret, Buffer.from(body), seal)) return {};
    const record = JSON.parse(body) as unknown;
    return isRecord(record) ? record : {};
  } catch {
    return {};
  } finally {
    closeSync(fd);
  }
}

function isRecord(value: unknown): value is Record<string, Known> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => Array.isArray(v) && v.length === 5 && v.every((x) => typeof x === 'string'));
}

/** The sha256 of `bytes`, as the record keeps it. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
