/**
 * The SSH session's parts, without a socket: the setup it gathers, what it refuses, how it closes a
 * channel, its timers, and a whole session driven through stand-ins for ssh2's session and channel.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ServerChannel, Session } from 'ssh2';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ExitCode } from '../../source/domain/exit-codes.js';
import { CrashGuard } from '../../source/ssh/crash-guard.js';
import { createLogger } from '../../source/ssh/log.js';
import { DEFAULT_LIMITS } from '../../source/ssh/options.js';
import { handleSession, type SessionHost } from '../../source/ssh/session.js';
import type { SessionIO } from '../../source/ssh/session-app.js';
import { closeChannel, REFUSALS, refuseShell } from '../../source/ssh/session-channel.js';
import { SessionSetup } from '../../source/ssh/session-setup.js';
import { SessionTimers, startLimitTimers } from '../../source/ssh/session-timers.js';

describe('SessionSetup', () => {
  test('a pty request is clamped and its TERM cleaned; TERM from env only counts without one', () => {
    const setup = new SessionSetup();
    expect(setup.hasPty).toBe(false);
    setup.acceptEnv('TERM', 'screen');
    expect(setup.terminal()).toEqual({ term: 'screen' });
    setup.acceptPty(10_000, 0, 'xterm-256color;\u001b[2J');
    expect(setup.hasPty).toBe(true);
    expect(setup.size).toEqual({ columns: 500, rows: 24 });
    expect(setup.terminal().term).toBe('xterm-256color2J');
  });

  test('only TERM, COLORTERM and the locale variables are taken; LC_ALL wins over LANG', () => {
    const setup = new SessionSetup();
    expect(setup.acceptEnv('LANG', 'C')).toBe(true);
    expect(setup.acceptEnv('LC_ALL', 'en_US.UTF-8')).toBe(true);
    expect(setup.acceptEnv('COLORTERM', 'truecolor')).toBe(true);
    expect(setup.acceptEnv('LD_PRELOAD', '/tmp/x.so')).toBe(false);
    expect(setup.terminal()).toEqual({ term: 'dumb', colorTerm: 'truecolor', locale: 'en_US.UTF-8' });
  });

  test('a window change needs a pty and a size', () => {
    const setup = new SessionSetup();
    expect(setup.windowChange(100, 30)).toBeUndefined();
    setup.acceptPty(80, 24, 'xterm');
    expect(setup.windowChange(0, 30)).toBeUndefined();
    expect(setup.windowChange('wide', 30)).toBeUndefined();
    expect(setup.windowChange(100, 1)).toEqual({ columns: 100, rows: 5 });
    expect(setup.size).toEqual({ columns: 100, rows: 5 });
  });
});

describe('refuseShell', () => {
  test('a pty first, then not shutting down, then a free place, taken only when the rest holds', () => {
    const reserve = vi.fn(() => true);
    expect(refuseShell({ hasPty: false, shuttingDown: false, reserve })).toBe('no-pty');
    expect(refuseShell({ hasPty: true, shuttingDown: true, reserve })).toBe('shutting-down');
    expect(reserve).not.toHaveBeenCalled();
    expect(refuseShell({ hasPty: true, shuttingDown: false, reserve: () => false })).toBe('max-sessions');
    expect(refuseShell({ hasPty: true, shuttingDown: false, reserve })).toBeUndefined();
    expect(reserve).toHaveBeenCalledTimes(1);
  });
});

/** A stand-in for ssh2's server channel: a readable stream with the calls a session makes. */
class FakeChannel extends PassThrough {
  readonly outgoing = { state: 'open' };
  readonly incoming = { window: 2 * 1024 * 1024 };
  readonly stderr = Object.assign(new EventEmitter(), {
    text: '',
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  });
  readonly written: string[] = [];
  exitStatus: number | undefined;
  ended = false;

  constructor() {
    super();
    this.on('error', () => undefined);
  }

  override write(chunk: unknown, callback?: unknown): boolean {
    this.written.push(String(chunk));
    if (typeof callback === 'function') callback();
    return true;
  }

  exit(status: number): void {
    this.exitStatus = status;
  }

  override end(): this {
    this.ended = true;
    this.outgoing.state = 'closed';
    return this;
  }
}

describe('closeChannel', () => {
  test('an open channel gets the line, the status and the end; input is let go either way', () => {
    const channel = new FakeChannel();
    const resume = vi.spyOn(channel, 'resume');
    closeChannel(channel as unknown as ServerChannel, 1, 'the server is full; try again later', false);
    expect(channel.stderr.text).toBe('briefing: the server is full; try again later\r\n');
    expect([channel.exitStatus, channel.ended]).toEqual([1, true]);
    expect(resume).toHaveBeenCalledTimes(1);
    closeChannel(channel as unknown as ServerChannel, 0, 'once more', true);
    expect(channel.stderr.text).not.toContain('once more');
    expect(resume).toHaveBeenCalledTimes(2);
  });

  test('after an app the line starts on a fresh row', () => {
    const channel = new FakeChannel();
    closeChannel(channel as unknown as ServerChannel, 0, 'bye', true);
    expect(channel.stderr.text).toBe('\r\nbriefing: bye\r\n');
  });
});

describe('session timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('the idle timeout and the session length end the session with their line; clear stops both', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const ends: string[] = [];
    const timers = new SessionTimers();
    const idle = startLimitTimers(
      timers,
      { idleTimeoutMs: 1000, maxSessionLengthMs: 5000 },
      createLogger((line) => lines.push(line), 'json'),
      'c1',
      (reason, message) => ends.push(`${reason}: ${message}`),
    );
    expect(timers.pending).toBe(2);
    vi.advanceTimersByTime(900);
    idle?.refresh();
    vi.advanceTimersByTime(900);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(ends).toEqual(['idle-timeout: closed after 1 s without input']);
    expect(lines.some((line) => line.includes('"what":"idle-timeout"'))).toBe(true);
    timers.clear();
    vi.advanceTimersByTime(10_000);
    expect(ends).toHaveLength(1);
    expect(timers.pending).toBe(0);
  });
});

/** A session on stand-ins: the ssh2 session is an event emitter, the app a recorder. */
function fakeSession(options: { maxSessions?: number } = {}) {
  const session = new EventEmitter();
  const logs: string[] = [];
  let places = 0;
  const started: SessionIO[] = [];
  let exitApp: (() => void) | undefined;
  let failApp: ((error: Error) => void) | undefined;
  const unmounted: boolean[] = [];
  const host: SessionHost = {
    log: createLogger((line) => logs.push(line), 'json'),
    guard: new CrashGuard(),
    limits: { ...DEFAULT_LIMITS, maxSessions: options.maxSessions ?? 10 },
    catalog: () => ({
      ids: new Set(['alpha']),
      startSession: (io) => {
        started.push(io);
        return {
          waitUntilExit: () =>
            new Promise((resolve, reject) => {
              exitApp = () => resolve(undefined);
              failApp = reject;
            }),
          unmount: () => unmounted.push(true),
        };
      },
    }),
    reserveSession: () => {
      if (places >= (options.maxSessions ?? 10)) return false;
      places += 1;
      return true;
    },
    releaseSession: () => {
      places -= 1;
    },
    shuttingDown: () => false,
  };
  const owner = { id: 'c1', user: 'alpha', started: vi.fn(), ended: vi.fn() };
  const handle = handleSession(session as unknown as Session, owner, host);
  const request = (
    event: string,
    info: Record<string, unknown> = {},
  ): { accepted: boolean; channel: FakeChannel } => {
    const channel = new FakeChannel();
    let accepted = false;
    session.emit(
      event,
      () => {
        accepted = true;
        return channel;
      },
      () => {
        accepted = false;
      },
      info,
    );
    return { accepted, channel };
  };
  return {
    request,
    handle,
    owner,
    logs,
    started,
    unmounted,
    places: () => places,
    exitApp: () => exitApp?.(),
    failApp: (error: Error) => failApp?.(error),
  };
}

describe('handleSession without a socket', () => {
  test('a shell without a pty is refused with one line and status 1', () => {
    const s = fakeSession();
    const { channel } = s.request('shell');
    expect(channel.stderr.text).toBe(`briefing: ${REFUSALS['no-pty']}\r\n`);
    expect(channel.exitStatus).toBe(1);
    expect(s.started).toEqual([]);
    expect(s.owner.ended).toHaveBeenCalledTimes(1);
  });

  test('a shell with a pty starts the app with the client’s terminal; its exit ends the channel with 0', async () => {
    const s = fakeSession();
    expect(s.request('pty', { cols: 100, rows: 30, term: 'xterm-kitty' }).accepted).toBe(true);
    expect(s.request('env', { key: 'LANG', val: 'C.UTF-8' }).accepted).toBe(true);
    expect(s.request('env', { key: 'PATH', val: '/bin' }).accepted).toBe(false);
    const { channel } = s.request('shell');
    expect(s.started).toHaveLength(1);
    const io = s.started[0];
    expect([io?.term, io?.locale, io?.user, io?.stdout.columns, io?.stdout.rows]).toEqual([
      'xterm-kitty',
      'C.UTF-8',
      'alpha',
      100,
      30,
    ]);
    expect(s.places()).toBe(1);
    // Setup is over: a second pty request is refused.
    expect(s.request('pty', { cols: 80, rows: 24, term: 'xterm' }).accepted).toBe(false);
    s.exitApp();
    await vi.waitFor(() => expect(channel.exitStatus).toBe(0));
    // Ink's own unmount after it exited is a no-op, and the session makes sure.
    expect(s.unmounted).toEqual([true]);
    expect(s.places()).toBe(0);
    expect(
      s.logs.some((line) => line.includes('"event":"session-end"') && line.includes('"reason":"exit"')),
    ).toBe(true);
  });

  test('an error in the app ends the session with the internal-error status and a line', async () => {
    const s = fakeSession();
    s.request('pty', { cols: 80, rows: 24, term: 'xterm' });
    const { channel } = s.request('shell');
    s.failApp(new Error('boom'));
    await vi.waitFor(() => expect(channel.exitStatus).toBe(ExitCode.internal));
    expect(channel.stderr.text).toContain('internal error');
    expect(s.unmounted).toEqual([true]);
  });

  test('ending from outside unmounts the app first, once, and frees the place', () => {
    const s = fakeSession();
    s.request('pty', { cols: 80, rows: 24, term: 'xterm' });
    const { channel } = s.request('shell');
    s.handle.end('shutdown', 'server shutting down');
    s.handle.end('shutdown', 'again');
    expect(s.unmounted).toEqual([true]);
    expect(channel.stderr.text).toBe('\r\nbriefing: server shutting down\r\n');
    expect(s.places()).toBe(0);
    expect(s.owner.ended).toHaveBeenCalledTimes(1);
  });

  test('a full server refuses the shell and logs the limit', () => {
    const s = fakeSession({ maxSessions: 0 });
    s.request('pty', { cols: 80, rows: 24, term: 'xterm' });
    const { channel } = s.request('shell');
    expect(channel.stderr.text).toBe(`briefing: ${REFUSALS['max-sessions']}\r\n`);
    expect(s.logs.some((line) => line.includes('"event":"limit"') && line.includes('"max":"0"'))).toBe(true);
  });
});
