/**
 * The `serve` command's settings: defaults, the parsers for its flag values, and the check that
 * exactly one way of authenticating was chosen. Pure, so every rule is testable without a socket.
 */
import type { LogFormat } from './log.js';

/** Limits on what clients may use; every one is a flag (see docs/ssh.md). */
export interface Limits {
  /** Concurrent reader sessions on the whole server. */
  readonly maxSessions: number;
  /** Concurrent TCP connections on the whole server, authenticated or not. */
  readonly maxConnections: number;
  /** Concurrent connections from one IP address (one /64 for IPv6). */
  readonly maxConnectionsPerIp: number;
  /** New connections accepted from one IP address (one /64 for IPv6) in any 60 seconds. */
  readonly maxNewConnectionsPerMinute: number;
  /** Milliseconds from connecting to finishing authentication. */
  readonly preAuthTimeoutMs: number;
  /** Milliseconds without input (or resize) after which a session is closed; 0: never. */
  readonly idleTimeoutMs: number;
  /** Longest a session may last, in milliseconds; 0: no limit. */
  readonly maxSessionLengthMs: number;
  /** Input bytes per second a session may send; more is delayed (the client is slowed), not lost. */
  readonly maxInputBytesPerSecond: number;
}

/** The defaults, as docs/ssh.md lists them. */
export const DEFAULT_LIMITS: Limits = {
  maxSessions: 64,
  maxConnections: 128,
  maxConnectionsPerIp: 10,
  maxNewConnectionsPerMinute: 30,
  preAuthTimeoutMs: 20_000,
  idleTimeoutMs: 10 * 60_000,
  maxSessionLengthMs: 2 * 60 * 60_000,
  maxInputBytesPerSecond: 8192,
};

export const DEFAULT_PORT = 2222;
export const DEFAULT_LISTEN = '127.0.0.1';

/** Who may log in. */
export type AuthMode =
  | { readonly kind: 'open' }
  | {
      readonly kind: 'keys' /** The authorized_keys file, read at every attempt as sshd does. */;
      readonly file: string;
    };

/** The flags of `briefing serve`, as commander hands them over (values already parsed). */
export interface ServeFlags {
  readonly port: number;
  readonly listen: string;
  readonly hostKey?: string;
  readonly authorizedKeys?: string;
  readonly open?: boolean;
  readonly maxSessions: number;
  readonly maxConnections: number;
  readonly maxConnectionsPerIp: number;
  readonly maxNewConnectionsPerMinute: number;
  readonly preAuthTimeout: number;
  readonly idleTimeout: number;
  readonly maxSessionLength: number;
  readonly maxInputRate: number;
  readonly logFormat: LogFormat;
}

/** Everything `briefing serve` runs with, after checking. */
export interface ServeOptions {
  readonly port: number;
  readonly listen: string;
  /** Undefined: the default path under the user's data directory. */
  readonly hostKey: string | undefined;
  readonly auth: AuthMode;
  readonly limits: Limits;
  readonly logFormat: LogFormat;
}

/** A parsed flag value, or why it is wrong (one clause, said after the flag's name). */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/**
 * Checks the combination of flags: exactly one of `--authorized-keys` and `--open`.
 *
 * @returns the options, or a one-line message saying what is wrong and what to do.
 */
export function resolveServeOptions(flags: ServeFlags): Parsed<ServeOptions> {
  const open = flags.open === true;
  const keys = flags.authorizedKeys;
  if (open && keys !== undefined) {
    return fail('--open and --authorized-keys exclude each other; give one of them');
  }
  if (!open && keys === undefined) {
    return fail(
      'serve needs to know who may connect; give --authorized-keys FILE (public keys, one a line) or --open (anyone)',
    );
  }
  if (flags.preAuthTimeout === 0) return fail('--pre-auth-timeout must be more than 0');
  return {
    ok: true,
    value: {
      port: flags.port,
      listen: flags.listen,
      hostKey: flags.hostKey,
      auth: keys === undefined ? { kind: 'open' } : { kind: 'keys', file: keys },
      logFormat: flags.logFormat,
      limits: {
        maxSessions: flags.maxSessions,
        maxConnections: flags.maxConnections,
        maxConnectionsPerIp: flags.maxConnectionsPerIp,
        maxNewConnectionsPerMinute: flags.maxNewConnectionsPerMinute,
        preAuthTimeoutMs: flags.preAuthTimeout,
        idleTimeoutMs: flags.idleTimeout,
        maxSessionLengthMs: flags.maxSessionLength,
        maxInputBytesPerSecond: flags.maxInputRate,
      },
    },
  };
}

/** A TCP port, 0 to 65535 (0: any free port, printed at start). */
export function parsePort(text: string): Parsed<number> {
  const value = wholeNumber(text);
  return value !== undefined && value <= 65_535 ? ok(value) : fail('give a port number from 0 to 65535');
}

/** A whole number from 1 up. */
export function parseCount(text: string): Parsed<number> {
  const value = wholeNumber(text);
  return value !== undefined && value >= 1 && value <= 1_000_000
    ? ok(value)
    : fail('give a whole number from 1 to 1000000');
}

// setTimeout holds at most 2^31-1 ms (about 24.8 days); longer delays fire at once.
const MAX_DURATION_MS = 24 * 24 * 60 * 60_000;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration: a number with a unit, `ms`, `s`, `m`, `h` or `d` (`90s`, `10m`, `1.5h`); a bare
 * number is seconds. `0` means "no limit" where the flag allows it.
 *
 * @returns milliseconds.
 */
export function parseDuration(text: string): Parsed<number> {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  const unit = UNIT_MS[match?.[2] ?? 's'];
  if (!match || unit === undefined) return fail('give a duration such as 20s, 10m or 2h (0 for no limit)');
  const ms = Math.round(Number(match[1]) * unit);
  return ms <= MAX_DURATION_MS ? ok(ms) : fail('give a duration of at most 24d');
}

/** Bytes per second: a whole number, optionally with `k` (×1024). */
export function parseRate(text: string): Parsed<number> {
  const match = /^(\d+)(k|kb|kib)?$/i.exec(text.trim());
  const value = match ? Number(match[1]) * (match[2] ? 1024 : 1) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 64
    ? ok(value)
    : fail('give bytes per second, at least 64 (e.g. 8192 or 8k)');
}

/** The log format: `text` or `json`. */
export function parseLogFormat(text: string): Parsed<LogFormat> {
  return text === 'text' || text === 'json' ? ok(text) : fail('give text or json');
}

/** Describes a duration in milliseconds for people: `20 s`, `10 min`, `2 h`. */
export function describeDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

function wholeNumber(text: string): number | undefined {
  return /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}
