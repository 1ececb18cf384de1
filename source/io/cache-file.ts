import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import envPaths from 'env-paths';

/**
 * Files of the cache directory (the code cache, parsed briefings): only ever an aid, so reading one
 * that is missing, damaged or not trustworthy gives `undefined` and the caller does the work itself.
 *
 * A cache file is trusted only if it is a regular file (a symbolic link is not followed), owned by
 * this user and writable by nobody else (as sshd's StrictModes), under the size cap, and its
 * content matches the SHA-256 digest written before it (a file cut short by a full disk or a crash,
 * or changed by hand, is refused). Files are written to a temporary name and renamed into place, so
 * a reader never sees half of one.
 */

/** The user's cache directory for briefing: `~/.cache/briefing` on Linux (`$XDG_CACHE_HOME`). */
export function cacheDirectory(): string {
  return envPaths('briefing', { suffix: '' }).cache;
}

const MAGIC = Buffer.from('briefing-cache 1\n', 'latin1');
const DIGEST_BYTES = 32;
/** No cache file is larger: a parsed briefing of 5 MiB is about 12 MiB, a code cache about 4 MiB. */
export const MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024;

/** The payload of a trustworthy cache file at `path`, or undefined. */
export function readCacheFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_CACHE_FILE_BYTES || info.size < MAGIC.length + DIGEST_BYTES) {
      return undefined;
    }
    if ((info.mode & 0o022) !== 0) return undefined;
    if (typeof process.getuid === 'function' && info.uid !== process.getuid()) return undefined;
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) return undefined;
      read += got;
    }
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const digest = bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES);
    const payload = bytes.subarray(MAGIC.length + DIGEST_BYTES);
    return createHash('sha256').update(payload).digest().equals(digest) ? payload : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** What {@link writeCacheFile} also does. */
export interface WriteOptions {
  /** Other files of the directory matching this are removed: the versions this file replaces. */
  readonly replaces?: { test(name: string): boolean };
}

/**
 * Writes `payload` to `path` (directory mode 0700, file 0600), atomically. Returns false when it
 * could not (a read-only or full disk): a cache that is not written only makes a later start slower.
 */
export function writeCacheFile(path: string, payload: Uint8Array, options: WriteOptions = {}): boolean {
  if (payload.length + MAGIC.length + DIGEST_BYTES > MAX_CACHE_FILE_BYTES) return false;
  const dir = dirname(path);
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const digest = createHash('sha256').update(payload).digest();
    writeFileSync(temporary, Buffer.concat([MAGIC, digest, payload]), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The directory itself is not there, or not a directory: nothing was left behind.
    }
    return false;
  }
  if (options.replaces !== undefined) removeReplaced(dir, basename(path), options.replaces);
  return true;
}

function removeReplaced(dir: string, keep: string, pattern: { test(name: string): boolean }): void {
  try {
    for (const name of readdirSync(dir)) {
      if (name !== keep && pattern.test(name)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // Left for the next write to remove.
  }
}
