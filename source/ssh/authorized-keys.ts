/**
 * Reading an OpenSSH authorized_keys file: one public key a line, `#` comments. Key options
 * (`from=`, `command=`, `restrict`…) cannot be honoured here, and ignoring a restriction would
 * let in more than the file says, so such a line is skipped with a warning, never half-applied.
 *
 * Warnings go to the server's log, so they never quote the line: a private key given by mistake
 * would otherwise leak into the log a piece at a time. A private key is refused as a whole.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ParsedKey } from 'ssh2';
import { fingerprint } from './host-key.js';
import { utils } from './ssh2.js';

/** One usable line of the file. */
export interface AuthorizedKey {
  readonly key: ParsedKey;
  /** The public key blob, as a client sends it during authentication. */
  readonly blob: Buffer;
  readonly fingerprint: string;
  readonly comment: string;
}

/** The usable keys, and a one-line warning (`file:line:col: what; what to do`) per skipped line. */
export interface AuthorizedKeys {
  readonly keys: readonly AuthorizedKey[];
  readonly warnings: readonly string[];
}

export type AuthorizedKeysResult =
  | ({ readonly ok: true } & AuthorizedKeys)
  | { readonly ok: false; readonly message: string };

/**
 * The marks of a private key file: PEM armour (`-----BEGIN OPENSSH PRIVATE KEY-----`, `RSA`, `EC`,
 * `ENCRYPTED`, PKCS#8), the OpenSSH format's magic as its base64 starts (`openssh-key-v1`), and
 * PuTTY's key files.
 */
const PRIVATE_KEY =
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----|openssh-key-v1|b3BlbnNzaC1rZXktdjE|^PuTTY-User-Key-File-/m;

// Types OpenSSH knows that ssh2 cannot verify: named in the warning, since the name is ours, not the line's.
const UNSUPPORTED_TYPES = [
  'ssh-dss',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'ssh-ed448',
];

// The key types ssh2 verifies; security-key (sk-) types are not among them.
const KEY_TYPES = new Set([
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
]);

/**
 * Reads and parses the file. Refuses, as sshd's StrictModes does, a file that group or others
 * may write: whoever can write it can let themselves in.
 */
export async function loadAuthorizedKeys(path: string): Promise<AuthorizedKeysResult> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile())
      return { ok: false, message: `authorized keys ${path} is not a file; give a file of public keys` };
    if (process.platform !== 'win32' && (info.mode & 0o022) !== 0) {
      const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
      return {
        ok: false,
        message: `authorized keys ${path} is writable by others (mode ${mode}); run: chmod 600 '${path}'`,
      };
    }
    text = await readFile(path, 'utf8');
    if (PRIVATE_KEY.test(text)) {
      return { ok: false, message: `${path} holds a private key; give the public key (${path}.pub)` };
    }
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    return {
      ok: false,
      message: `authorized keys ${path} cannot be read (${code}); check the path and its permissions`,
    };
  }
  return { ok: true, ...parseAuthorizedKeys(text, path) };
}

/** Parses the text of an authorized_keys file; `file` only names it in warnings. */
export function parseAuthorizedKeys(text: string, file: string): AuthorizedKeys {
  const keys: AuthorizedKey[] = [];
  const warnings: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${file}:${index + 1}:${raw.length - raw.trimStart().length + 1}`;
    const tokens = line.split(/\s+/);
    const [type, data, ...comment] = tokens;
    if (type === undefined || !KEY_TYPES.has(type)) {
      const unsupported = UNSUPPORTED_TYPES.find((known) => known === type);
      warnings.push(
        tokens.slice(1).some((token) => KEY_TYPES.has(token))
          ? `${where}: key options are not supported; line skipped, remove the options before the key type to allow this key`
          : unsupported !== undefined
            ? `${where}: ${unsupported} keys are not supported; give an ssh-ed25519, ssh-rsa or ecdsa-sha2-* public key`
            : `${where}: not a public key line; give "ssh-ed25519 AAAA… comment" (or ssh-rsa, ecdsa-sha2-*), one a line`,
      );
      return;
    }
    const parsed = utils.parseKey(`${type} ${data ?? ''}`);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key instanceof Error || key === undefined || key.type !== type) {
      warnings.push(`${where}: the ${type} key is malformed; copy the whole line from the .pub file again`);
      return;
    }
    const blob = key.getPublicSSH();
    keys.push({ key, blob, fingerprint: fingerprint(blob), comment: comment.join(' ') });
  });
  return { keys, warnings };
}
