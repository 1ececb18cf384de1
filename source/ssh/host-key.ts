/**
 * The server's host key: read it, or create it on first start. Clients remember it in
 * known_hosts, so it must survive restarts and stay private, as sshd insists.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ParsedKey } from 'ssh2';
import { utils } from './ssh2.js';

/** A loaded host key. */
export interface HostKey {
  /** The private key file's contents, as ssh2's `hostKeys` takes them. */
  readonly privateKey: Buffer;
  readonly key: ParsedKey;
  /** `SHA256:…`, as `ssh-keygen -lf` and the OpenSSH client print it. */
  readonly fingerprint: string;
  /** Whether this start created the file. */
  readonly created: boolean;
}

export type HostKeyResult =
  | { readonly ok: true; readonly hostKey: HostKey }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the host key at `path`, or, when nothing is there, generates an ed25519 key in OpenSSH
 * format and writes it atomically with mode 0600 (never half-written, never world-readable, and
 * never over a key another process created meanwhile). Refuses a key file that group or others
 * may read or write, as sshd does.
 */
export async function loadOrCreateHostKey(path: string): Promise<HostKeyResult> {
  let created = false;
  if (!(await exists(path))) {
    const made = await createKeyFile(path);
    if (!made.ok) return made;
    created = made.created;
  }
  const loaded = await readHostKey(path);
  return loaded.ok ? { ok: true, hostKey: { ...loaded.hostKey, created } } : loaded;
}

async function readHostKey(path: string): Promise<HostKeyResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(`host key ${path} is not a file; give the path of a private key file`);
    if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
      const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
      return fail(`host key ${path} is accessible by others (mode ${mode}); run: chmod 600 '${path}'`);
    }
    bytes = await readFile(path);
  } catch (error) {
    return fail(`host key ${path} cannot be read (${codeOf(error)}); check its owner and permissions`);
  }
  const parsed = utils.parseKey(bytes);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error || key === undefined) {
    const why = key instanceof Error ? key.message : 'no key in it';
    return fail(
      `host key ${path} is not a usable private key (${why}); give an unencrypted OpenSSH private key, or a new path to create one`,
    );
  }
  if (!key.isPrivateKey()) {
    return fail(`host key ${path} holds a public key; give the private key file (without .pub)`);
  }
  return {
    ok: true,
    hostKey: { privateKey: bytes, key, fingerprint: fingerprint(key.getPublicSSH()), created: false },
  };
}

/** Writes a fresh key to a temporary file, then links it into place (fails if one appeared meanwhile). */
async function createKeyFile(
  path: string,
): Promise<{ ok: true; created: boolean } | { ok: false; message: string }> {
  const pair = generateEd25519('briefing host key');
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(pair.private);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, path);
      await unlink(temporary);
      return { ok: true, created: true };
    } catch (error) {
      if (codeOf(error) === 'EEXIST') {
        // Another process created it first: use theirs, so both agree.
        await unlink(temporary);
        return { ok: true, created: false };
      }
      // Filesystems without hard links: rename is still atomic.
      await rename(temporary, path);
      return { ok: true, created: true };
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return fail(
      `host key ${path} cannot be created (${codeOf(error)}); check that its directory is writable, or give --host-key PATH`,
    );
  }
}

/**
 * A new ed25519 key pair in OpenSSH format that ssh2 can read back. ssh2 1.17 strips leading zero
 * bytes from the public key, so about one key in 256 comes out malformed
 * (https://github.com/mscdex/ssh2/issues/1390): generate again until both halves parse.
 */
export function generateEd25519(comment: string): { readonly private: string; readonly public: string } {
  for (let attempt = 0; attempt < 16; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519', { comment });
    const secret = utils.parseKey(pair.private);
    const open = utils.parseKey(pair.public);
    if (!(secret instanceof Error) && !(open instanceof Error)) return pair;
  }
  throw new Error('ssh2 could not generate a readable ed25519 key in 16 attempts');
}

/** The OpenSSH fingerprint of a public key blob: `SHA256:` and unpadded base64. */
export function fingerprint(publicKeyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob).digest('base64').replace(/=+$/, '')}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    return codeOf(error) !== 'ENOENT';
  }
}

function codeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
