/**
 * Seals on pack cache entries, so that an entry this user's runs wrote is used without being
 * checked again (the full check is ~40% of a warm query on a 10k-model pack: 1.0 s of 2.6 s).
 * A seal is an HMAC-SHA256 of the entry's bytes under a secret of 32 random bytes kept in the
 * cache directory, readable by this user only. Someone who can write the directory but is not
 * this user can replace an entry or the secret, but cannot read the secret or make a file this
 * user owns: a seal that does not match, or a secret that is not a private file of this user's,
 * means the entry is checked in full, as before. Where there are no user ids (Windows), entries
 * are always checked.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const SECRET_BYTES = 32;
const SEAL_CHARS = 64;

/** This user's cache secret in `dir`, created on first use; undefined when it cannot be trusted. */
export function cacheSecret(dir: string): Buffer | undefined {
  const path = join(dir, 'seal.key');
  return readSecret(path) ?? createSecret(dir, path);
}

function readSecret(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const mine = typeof process.getuid === 'function' && st.uid === process.getuid();
    if (!st.isFile() || !mine || (st.mode & 0o077) !== 0 || st.size !== SECRET_BYTES) return undefined;
    const secret = Buffer.alloc(SECRET_BYTES);
    return readSync(fd, secret, 0, SECRET_BYTES, 0) === SECRET_BYTES ? secret : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A new secret, written only where no file of that name exists (never through a planted link). */
function createSecret(dir: string, path: string): Buffer | undefined {
  if (typeof process.getuid !== 'function') return undefined;
  const secret = randomBytes(SECRET_BYTES);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      if (writeSync(fd, secret) !== SECRET_BYTES) return undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined; // another run made one first, or the directory is not writable
  }
  return readSecret(path); // the file as it is now, with its owner and mode checked
}

/** An incremental seal over bytes written in pieces. */
export function sealer(secret: Buffer): { update(bytes: Buffer): void; digest(): string } {
  const hmac = createHmac('sha256', secret);
  return { update: (bytes) => void hmac.update(bytes), digest: () => hmac.digest('hex') };
}

/** Whether `seal` (the text of an entry's seal file) is the seal of `bytes` under `secret`. */
export function sealMatches(secret: Buffer, bytes: Buffer, seal: string | undefined): boolean {
  if (seal === undefined || seal.length !== SEAL_CHARS) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(bytes).digest('hex'));
  const given = Buffer.from(seal);
  return given.length === expected.length && timingSafeEqual(expected, given);
}
