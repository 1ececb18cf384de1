/**
 * A light driver for a program in a real pseudo-terminal, for timing: every chunk of output is
 * stamped as it arrives, a key press is timed to its first byte and to a marker that says its
 * update is complete, and a headless xterm (optional) shows what the screen holds between presses.
 * Unlike test/helpers/pty.ts it imports no test framework and never throws on a timeout: a press
 * that times out is reported as such and the run goes on.
 */
import xterm from '@xterm/headless';
import { type IPty, spawn } from 'node-pty';
import { rssOf } from './proc.js';

/** How long one key press took, and what it cost. */
export interface KeyTiming {
  /** From the write of the key to the first byte of output after it, ms. */
  readonly firstByteMs: number;
  /** From the write of the key to the byte that completed the update, ms. */
  readonly lastByteMs: number;
  /** Bytes (UTF-8) written by the program for this key. */
  readonly bytes: number;
  /** Number of complete updates seen in the reply (1 for a reply that is one frame). */
  readonly frames: number;
}

/** What {@link startInPty} is given. */
export interface DriveOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Record<string, string>;
  readonly cols: number;
  readonly rows: number;
  /** Keep a headless terminal fed with the output, to read the screen. */
  readonly screen?: boolean;
}

/** A program running in a pty. */
export interface Driven {
  readonly pid: number;
  /** Time of `spawn()`, on the `performance.now()` clock. */
  readonly spawnedAt: number;
  /** Every output chunk's arrival time, with the output so far (for start-up timing). */
  waitOutput(done: (output: string) => boolean, timeoutMs: number): Promise<number | undefined>;
  /**
   * Writes `key`, then resolves when `done(reply)` holds for the output received since, with the
   * timing; undefined when it did not hold within `timeoutMs` or the program exited.
   */
  press(key: string, done: (reply: string) => boolean, timeoutMs: number): Promise<KeyTiming | undefined>;
  /** The screen's rows (trailing spaces trimmed), once the emulator has parsed every byte so far. */
  screen(): Promise<string[]>;
  /** Resident memory of the process, bytes (from /proc/PID/status), or undefined if unknown. */
  rss(): number | undefined;
  /** Bytes that arrived while no key was waiting for its reply (a late second frame would show here). */
  readonly unsolicitedBytes: number;
  /** Resolves when the program has exited. */
  readonly exited: Promise<void>;
  kill(signal?: string): void;
}

interface Waiter {
  readonly check: () => boolean;
}

/** Starts a program in a pty. */
export function startInPty(options: DriveOptions): Driven {
  const terminal = options.screen
    ? new xterm.Terminal({ cols: options.cols, rows: options.rows, allowProposedApi: true })
    : undefined;
  const spawnedAt = performance.now();
  const child: IPty = spawn(options.command, [...options.args], {
    name: 'xterm-256color',
    cols: options.cols,
    rows: options.rows,
    cwd: options.cwd,
    env: options.env,
  });
  let output = '';
  let reply: string | undefined;
  let replyBytes = 0;
  let firstAt: number | undefined;
  let lastAt = 0;
  let unsolicitedBytes = 0;
  let exited = false;
  const waiters = new Set<Waiter>();
  const notify = (): void => {
    for (const waiter of [...waiters]) if (waiter.check()) waiters.delete(waiter);
  };
  child.onData((data) => {
    const now = performance.now();
    lastAt = now;
    output += data;
    if (reply === undefined) unsolicitedBytes += Buffer.byteLength(data, 'utf8');
    else {
      firstAt ??= now;
      reply += data;
      replyBytes += Buffer.byteLength(data, 'utf8');
    }
    terminal?.write(data);
    notify();
  });
  const exitedPromise = new Promise<void>((resolve) => {
    child.onExit(() => {
      exited = true;
      notify();
      resolve();
    });
  });

  const waitFor = <T>(check: () => T | undefined, timeoutMs: number): Promise<T | undefined> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        resolve(undefined);
      }, timeoutMs);
      const waiter: Waiter = {
        check: () => {
          const value = check();
          if (value === undefined && !exited) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
      };
      if (!waiter.check()) waiters.add(waiter);
    });

  return {
    pid: child.pid,
    spawnedAt,
    waitOutput: (done, timeoutMs) => waitFor(() => (done(output) ? lastAt : undefined), timeoutMs),
    async press(key, done, timeoutMs) {
      reply = '';
      replyBytes = 0;
      firstAt = undefined;
      const sentAt = performance.now();
      child.write(key);
      const timing = await waitFor(
        () =>
          reply !== undefined && done(reply)
            ? {
                firstByteMs: (firstAt ?? lastAt) - sentAt,
                lastByteMs: lastAt - sentAt,
                bytes: replyBytes,
                frames: countOf(reply, '\u001B[?2026l'),
              }
            : undefined,
        timeoutMs,
      );
      reply = undefined;
      return timing;
    },
    screen: () =>
      new Promise((resolve) => {
        if (terminal === undefined) {
          resolve([]);
          return;
        }
        terminal.write('', () => {
          const buffer = terminal.buffer.active;
          const rows: string[] = [];
          for (let y = 0; y < terminal.rows; y++) {
            rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
          }
          resolve(rows);
        });
      }),
    rss: () => rssOf(child.pid),
    get unsolicitedBytes() {
      return unsolicitedBytes;
    },
    exited: exitedPromise,
    kill(signal) {
      if (exited) return;
      try {
        child.kill(signal);
      } catch {
        // Gone already.
      }
    },
  };
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
