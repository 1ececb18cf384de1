/**
 * Admission and rate limits: connections per address and per minute, input bytes per second,
 * window sizes. Each is a small class or function of plain numbers and a clock, so the rules are
 * tested without sockets.
 */
import { isIPv6 } from 'node:net';

/** The smallest and largest terminal a session is laid out for; larger requests are clamped. */
export const WINDOW_LIMITS = { minColumns: 10, minRows: 5, maxColumns: 500, maxRows: 200 } as const;

/** The size used when a client sends none (0 or nonsense). */
export const FALLBACK_WINDOW = { columns: 80, rows: 24 } as const;

/** A terminal size clamped to {@link WINDOW_LIMITS}; non-numbers and 0 become {@link FALLBACK_WINDOW}. */
export function clampWindow(columns: unknown, rows: unknown): { columns: number; rows: number } {
  return {
    columns: clamp(columns, FALLBACK_WINDOW.columns, WINDOW_LIMITS.minColumns, WINDOW_LIMITS.maxColumns),
    rows: clamp(rows, FALLBACK_WINDOW.rows, WINDOW_LIMITS.minRows, WINDOW_LIMITS.maxRows),
  };
}

function clamp(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** Why a connection was turned away. */
export type Refusal = 'max-connections' | 'max-connections-per-ip' | 'max-new-connections-per-minute';

/** Settings of {@link ConnectionLimiter}. */
export interface ConnectionLimits {
  readonly maxConnections: number;
  readonly maxConnectionsPerIp: number;
  readonly maxNewConnectionsPerMinute: number;
}

interface SourceState {
  active: number;
  /** Times of the connections admitted in the last minute, oldest first. */
  recent: number[];
}

const MINUTE_MS = 60_000;

/**
 * Counts connections per source and in total. `admit` says yes (with the release to call when
 * the connection closes) or why not. A source is one IPv4 address or one IPv6 /64, since one
 * host usually owns a whole /64.
 */
export class ConnectionLimiter {
  readonly #limits: ConnectionLimits;
  readonly #now: () => number;
  readonly #sources = new Map<string, SourceState>();
  #active = 0;

  constructor(limits: ConnectionLimits, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Connections admitted and not yet released. */
  get active(): number {
    return this.#active;
  }

  /** Admits a connection from `address`, or says which limit it hits. */
  admit(
    address: string,
  ): { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly refusal: Refusal } {
    const now = this.#now();
    const key = sourceKey(address);
    const state = this.#sources.get(key) ?? { active: 0, recent: [] };
    dropOlderThan(state.recent, now - MINUTE_MS);
    if (this.#active >= this.#limits.maxConnections) return { ok: false, refusal: 'max-connections' };
    if (state.active >= this.#limits.maxConnectionsPerIp)
      return { ok: false, refusal: 'max-connections-per-ip' };
    if (state.recent.length >= this.#limits.maxNewConnectionsPerMinute) {
      return { ok: false, refusal: 'max-new-connections-per-minute' };
    }
    state.active += 1;
    state.recent.push(now);
    this.#sources.set(key, state);
    this.#active += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        state.active -= 1;
        this.#active -= 1;
        this.#forgetIfIdle(key, state);
      },
    };
  }

  /** Forgets sources with no open connection and no admission in the last minute; call now and then. */
  prune(): void {
    const cutoff = this.#now() - MINUTE_MS;
    for (const [key, state] of this.#sources) {
      dropOlderThan(state.recent, cutoff);
      this.#forgetIfIdle(key, state);
    }
  }

  #forgetIfIdle(key: string, state: SourceState): void {
    if (state.active === 0 && state.recent.length === 0) this.#sources.delete(key);
  }
}

function dropOlderThan(times: number[], cutoff: number): void {
  let drop = 0;
  while (drop < times.length && (times[drop] ?? 0) <= cutoff) drop += 1;
  if (drop > 0) times.splice(0, drop);
}

/**
 * The key an address is counted under: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 as its
 * first four groups (the /64).
 */
export function sourceKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - left.length - right.length);
  const groups = tail === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups.map((group) => (group.includes('.') ? group : Number.parseInt(group, 16).toString(16)));
}

/**
 * A token bucket over input bytes: `rate` bytes a second, with a burst of one second's worth.
 * `take` always lets the bytes through (cutting a chunk could split an escape sequence) and
 * returns how long to pause reading so that the average stays at the rate.
 */
export class InputThrottle {
  readonly #rate: number;
  readonly #now: () => number;
  #tokens: number;
  #last: number;

  constructor(bytesPerSecond: number, now: () => number = Date.now) {
    this.#rate = bytesPerSecond;
    this.#now = now;
    this.#tokens = bytesPerSecond;
    this.#last = now();
  }

  /** Spends `bytes`; returns 0, or the milliseconds to wait before reading again. */
  take(bytes: number): number {
    const now = this.#now();
    this.#tokens = Math.min(this.#rate, this.#tokens + ((now - this.#last) * this.#rate) / 1000);
    this.#last = now;
    this.#tokens -= bytes;
    return this.#tokens >= 0 ? 0 : Math.ceil((-this.#tokens * 1000) / this.#rate);
  }
}

/**
 * The shortest time between two window changes passed to an app. Each new size lays the reader out
 * and draws it again (tens of ms, more at 500x200); taken one by one, 1,000 window changes a second
 * from one client stalled the whole server for over 20 s (test/ssh/abuse.test.ts).
 */
export const RESIZE_INTERVAL_MS = 100;

/**
 * Thins a stream of window sizes: the first goes to `apply` at once, then at most one per
 * `intervalMs`, always the latest, so the last size asked for is the one that stays.
 *
 * @param schedule runs `fire` after `ms` (the session's timers, which are cleared when it ends).
 * @returns the function to offer each size to.
 */
export function resizeGate<Size>(
  apply: (size: Size) => void,
  schedule: (ms: number, fire: () => void) => unknown,
  intervalMs = RESIZE_INTERVAL_MS,
): (size: Size) => void {
  let waiting = false;
  let pending: { readonly size: Size } | undefined;
  const flush = (): void => {
    const next = pending;
    pending = undefined;
    waiting = next !== undefined;
    if (next === undefined) return;
    apply(next.size);
    schedule(intervalMs, flush);
  };
  return (size) => {
    pending = { size };
    if (!waiting) flush();
  };
}
