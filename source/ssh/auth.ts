/**
 * Deciding one authentication request. Passwords and keyboard-interactive are always refused
 * (there is no password to guess); with `--open` the `none` method is accepted, so clients log
 * in without a prompt; otherwise a public key must be in authorized_keys and its signature must
 * verify.
 */
import { timingSafeEqual } from 'node:crypto';
import type { AuthContext, ParsedKey } from 'ssh2';
import type { AuthorizedKey, AuthorizedKeysResult } from './authorized-keys.js';
import { fingerprint } from './host-key.js';
import { utils } from './ssh2.js';

/** Who may log in, as the server applies it. */
export type AuthPolicy =
  | { readonly kind: 'open' }
  | {
      readonly kind: 'keys';
      /** Reads authorized_keys; called at every attempt, so edits apply without a restart. */
      readonly load: () => Promise<AuthorizedKeysResult>;
    };

/** What was decided, for the log. */
export interface AuthDecision {
  /** `accepted`; `rejected` (a failed attempt); `probe` (the `none` method or a key offered unsigned: no attempt yet). */
  readonly result: 'accepted' | 'rejected' | 'probe';
  readonly method: string;
  readonly fingerprint?: string;
  /** Why, when rejected. */
  readonly reason?: string;
}

/**
 * Answers `ctx` (accept or reject) according to `policy` and says what was decided.
 * Never throws: a failure to read authorized_keys rejects.
 */
export async function decideAuthentication(ctx: AuthContext, policy: AuthPolicy): Promise<AuthDecision> {
  const methodsLeft: ('none' | 'publickey')[] =
    policy.kind === 'open' ? ['none', 'publickey'] : ['publickey'];
  const reject = (reason: string, extra: Partial<AuthDecision> = {}): AuthDecision => {
    ctx.reject(methodsLeft);
    return { result: 'rejected', method: ctx.method, reason, ...extra };
  };

  if (ctx.method === 'none') {
    if (policy.kind === 'open') {
      ctx.accept();
      return { result: 'accepted', method: 'none' };
    }
    ctx.reject(methodsLeft);
    return { result: 'probe', method: 'none' };
  }
  if (ctx.method !== 'publickey') return reject(`${ctx.method} is never accepted`);

  const offered = ctx.key.data;
  const print = fingerprint(offered);
  let key: ParsedKey | undefined;
  if (policy.kind === 'open') {
    key = parsePublicBlob(offered);
    if (!key) return reject('malformed public key', { fingerprint: print });
  } else {
    const loaded = await policy.load();
    if (!loaded.ok) return reject(loaded.message, { fingerprint: print });
    key = findKey(loaded.keys, offered)?.key;
    if (!key) return reject('key not in authorized keys', { fingerprint: print });
  }
  if (!ctx.signature || !ctx.blob) {
    // The client asks whether this key would do before signing with it (PK_OK).
    ctx.accept();
    return { result: 'probe', method: 'publickey', fingerprint: print };
  }
  if (key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) {
    return reject('signature does not verify', { fingerprint: print });
  }
  ctx.accept();
  return { result: 'accepted', method: 'publickey', fingerprint: print };
}

function findKey(keys: readonly AuthorizedKey[], blob: Buffer): AuthorizedKey | undefined {
  return keys.find((entry) => entry.blob.length === blob.length && timingSafeEqual(entry.blob, blob));
}

function parsePublicBlob(blob: Buffer): ParsedKey | undefined {
  const parsed = utils.parseKey(blob);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  return key instanceof Error ? undefined : key;
}
