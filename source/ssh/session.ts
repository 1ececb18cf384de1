/**
 * One SSH session channel: collects the pty size, TERM and COLORTERM, refuses what this server
 * does not do (exec, subsystems, X11 and agent forwarding, a shell without a pty), and runs the
 * app on the channel's streams until it exits, the client leaves, or a limit ends it. Whatever
 * way it ends, `finish` runs once and leaves no app, timer or listener of ours behind.
 */
import type { ServerChannel, Session } from 'ssh2';
import { ExitCode } from '../domain/exit-codes.js';
import { ChannelInput, ChannelOutput } from './channel-streams.js';
import { lateCrashLogger, ReleasableOwner } from './crash-guard.js';
import { pumpInput } from './input-pump.js';
import { clampWindow, resizeGate } from './limits.js';
import { clientWord, errorText, logSafe } from './log.js';
import { describeDuration } from './options.js';
import type { SessionApp } from './session-app.js';
import type { SessionHandle, SessionHost, SessionOwner } from './session-host.js';
import { guardWindow } from './window-guard.js';

export type { Catalog, SessionHandle, SessionHost, SessionOwner } from './session-host.js';

/** Why a request is refused, with the line the client sees. */
const REFUSALS = {
  exec: 'this server only serves the briefing reader; connect without a command',
  'no-pty': 'this server needs a terminal; connect with plain ssh (not -T, a command or a pipe)',
  'second-session': 'one session per connection; open a new connection for another',
  'max-sessions': 'the server is full; try again later',
  'shutting-down': 'server shutting down',
} as const;

/**
 * Takes charge of a session channel. With `second` set it is an extra session on a connection that
 * already has one: it only answers a shell or exec with a refusal.
 */
export function handleSession(
  session: Session,
  owner: SessionOwner,
  host: SessionHost,
  second = false,
): SessionHandle {
  const { log } = host;
  const conn = owner.id;
  let phase: 'setup' | 'running' | 'ended' = 'setup';
  let pty: { columns: number; rows: number; term: string } | undefined;
  let envTerm: string | undefined;
  let colorTerm: string | undefined;
  const locale: { LC_ALL?: string; LC_CTYPE?: string; LANG?: string } = {};
  let channel: ServerChannel | undefined;
  let app: SessionApp | undefined;
  let output: ChannelOutput | undefined;
  let input: ChannelInput | undefined;
  let reserved = false;
  let startedAt = 0;
  const timers = new Set<NodeJS.Timeout>();
  const detachers: (() => void)[] = [];
  let idleTimer: NodeJS.Timeout | undefined;

  const timer = (ms: number, fire: () => void): NodeJS.Timeout => {
    const handle = setTimeout(() => {
      timers.delete(handle);
      fire();
    }, ms);
    handle.unref();
    timers.add(handle);
    return handle;
  };

  const crashOwner = new ReleasableOwner({
    crash(error) {
      log.event('session-crash', { conn, error: errorText(error) });
      finish(
        'crash',
        ExitCode.internal,
        'the reader stopped on an internal error; it has been logged, please reconnect',
      );
    },
  });

  /**
   * Runs app code as this session's: errors thrown now end the session here, and errors thrown
   * later (timers, promises) reach the process handler still carrying the session (CrashGuard).
   */
  const runApp = (fn: () => void): void => {
    try {
      host.guard.run(crashOwner, fn);
    } catch (error) {
      crashOwner.crash(error);
    }
  };

  const refuse = (
    what: keyof typeof REFUSALS,
    ch: ServerChannel,
    fields: Record<string, string> = {},
  ): void => {
    log.event(what === 'max-sessions' ? 'limit' : 'refused', { conn, what, ...fields });
    channel = ch;
    owner.started();
    finish(what, 1, REFUSALS[what]);
  };

  function finish(reason: string, status: number, message?: string): void {
    if (phase === 'ended') return;
    const wasRunning = phase === 'running';
    phase = 'ended';
    for (const handle of timers) clearTimeout(handle);
    timers.clear();
    for (const detach of detachers.splice(0)) detach();
    if (app) {
      const running = app;
      app = undefined;
      // Unmount before the message, so the app gives the screen back and the line lands below it.
      // (A crash while unmounting is logged; finish is already under way.)
      runApp(() => running.unmount());
    }
    crashOwner.release(lateCrashLogger(log, conn));
    output?.detach();
    input?.destroy();
    if (channel && isOpen(channel)) {
      // After a running app, start on a fresh line: the cursor may sit at the end of the frame.
      if (message !== undefined) channel.stderr.write(`${wasRunning ? '\r\n' : ''}briefing: ${message}\r\n`);
      channel.exit(status);
      channel.end();
    }
    // Input the app never read (up to ssh2's 2 MiB window and as much again in the stream's
    // buffer, after a paste) is let go now, not when the client finally disconnects.
    channel?.resume();
    if (reserved) {
      reserved = false;
      host.releaseSession();
    }
    if (wasRunning) {
      log.event('session-end', {
        conn,
        reason,
        status,
        duration: `${((Date.now() - startedAt) / 1000).toFixed(1)}s`,
      });
    }
    owner.ended();
  }

  const touch = (): void => {
    idleTimer?.refresh();
  };

  const start = (ch: ServerChannel): void => {
    channel = ch;
    if (!pty) {
      refuse('no-pty', ch);
      return;
    }
    if (host.shuttingDown()) {
      refuse('shutting-down', ch);
      return;
    }
    if (!host.reserveSession()) {
      refuse('max-sessions', ch, { max: String(host.limits.maxSessions) });
      return;
    }
    reserved = true;
    phase = 'running';
    startedAt = Date.now();
    owner.started();
    const catalog = host.catalog();
    const briefingId = catalog.ids.has(owner.user) ? owner.user : undefined;
    const term = pty.term || envTerm || 'dumb';
    const user = clientWord(owner.user, 64, /[^\p{L}\p{N}._@+-]/gu);
    log.event('session-start', {
      conn,
      user,
      briefing: briefingId ?? '(picker)',
      term,
      colorterm: colorTerm,
      size: `${pty.columns}x${pty.rows}`,
    });

    const out = new ChannelOutput((bytes, done) => {
      if (!isOpen(ch)) return done();
      ch.write(bytes, () => done());
    }, pty);
    const inp = new ChannelInput();
    output = out;
    input = inp;
    const stopInput = pumpInput(ch, {
      bytesPerSecond: host.limits.maxInputBytesPerSecond,
      drainSource: inp,
      deliver: (chunk) => {
        let room = true;
        // A stream delivers to its listeners synchronously: an app's key handler runs inside this call.
        runApp(() => {
          room = inp.write(chunk);
        });
        return room;
      },
      onInput: touch,
      onThrottled: () => log.event('limit', { conn, what: 'input-rate' }),
      onEnd: () => finish('client-eof', 0),
    });
    detachers.push(stopInput);

    const limits = host.limits;
    if (limits.idleTimeoutMs > 0) {
      idleTimer = timer(limits.idleTimeoutMs, () => {
        log.event('limit', { conn, what: 'idle-timeout' });
        finish('idle-timeout', 1, `closed after ${describeDuration(limits.idleTimeoutMs)} without input`);
      });
    }
    if (limits.maxSessionLengthMs > 0) {
      timer(limits.maxSessionLengthMs, () => {
        log.event('limit', { conn, what: 'max-session-length' });
        finish(
          'max-session-length',
          1,
          `session time limit (${describeDuration(limits.maxSessionLengthMs)}) reached`,
        );
      });
    }

    const io = {
      stdin: inp as unknown as NodeJS.ReadStream,
      stdout: out as unknown as NodeJS.WriteStream,
      term,
      user,
      ...(colorTerm === undefined ? {} : { colorTerm }),
      ...localeOf(locale),
    };
    runApp(() => {
      const started = catalog.startSession(io, briefingId);
      app = started;
      started.waitUntilExit().then(
        () => finish('exit', 0),
        (error: unknown) => crashOwner.crash(error),
      );
    });
  };

  const onClose = (): void => finish('closed', 0);
  session.on('close', onClose);
  session.on('error', (error: Error) => log.event('session-error', { conn, error: errorText(error) }));
  detachers.push(() => session.off('close', onClose));

  session.on('pty', (accept, reject, info) => {
    if (phase !== 'setup') return reject?.();
    pty = { ...clampWindow(info.cols, info.rows), term: clientWord(info.term, 64, /[^A-Za-z0-9._+-]/g) };
    accept?.();
  });
  // Each new size lays the reader out and draws it again: a flood of window changes is thinned.
  const offerSize = resizeGate((size: { columns: number; rows: number }) => {
    const out = output;
    if (phase === 'running' && out) runApp(() => out.resize(size));
  }, timer);
  session.on('window-change', (accept, reject, info) => {
    if (!pty || typeof info.cols !== 'number' || info.cols < 1 || info.rows < 1) return reject?.();
    const size = clampWindow(info.cols, info.rows);
    pty = { ...pty, ...size };
    accept?.();
    if (phase === 'running' && output) {
      touch();
      offerSize(size);
    }
  });
  session.on('env', (accept, reject, info) => {
    const value = clientWord(String(info.val), 64, /[^A-Za-z0-9._+-]/g);
    if (phase !== 'setup') return reject?.();
    if (info.key === 'TERM') envTerm = value;
    else if (info.key === 'COLORTERM') colorTerm = value;
    else if (info.key === 'LC_ALL' || info.key === 'LC_CTYPE' || info.key === 'LANG')
      locale[info.key] = value;
    else return reject?.();
    accept?.();
  });
  session.on('x11', (_accept, reject) => {
    log.event('refused', { conn, what: 'x11-forwarding' });
    reject?.();
  });
  session.on('auth-agent', (_accept, reject) => {
    log.event('refused', { conn, what: 'agent-forwarding' });
    reject?.();
  });
  session.on('signal', (_accept, reject) => reject?.());
  session.on('subsystem', (_accept, reject, info) => {
    log.event('refused', { conn, what: 'subsystem', name: info.name });
    reject?.();
  });
  session.on('exec', (accept, _reject, info) => {
    const ch = accept();
    if (ch) refuse(second ? 'second-session' : 'exec', watchChannel(ch), { command: logSafe(info.command) });
  });
  session.on('shell', (accept) => {
    const ch = accept();
    if (!ch) return;
    if (second) refuse('second-session', watchChannel(ch));
    else start(watchChannel(ch));
  });

  /** An `error` listener on the channel and its stderr: an unhandled one would end the server. */
  function watchChannel(ch: ServerChannel): ServerChannel {
    const onError = (error: Error): void => {
      log.event('channel-error', { conn, error: errorText(error) });
      finish('channel-error', 1);
    };
    ch.on('error', onError);
    ch.stderr.on('error', onError);
    guardWindow(ch, () => {
      log.event('limit', { conn, what: 'input-window' });
      finish(
        'input-window',
        1,
        'the client sent input past the SSH window; closed (use a standard SSH client)',
      );
    });
    return ch;
  }

  return { end: (reason, message) => finish(reason, 1, message) };
}

function isOpen(channel: ServerChannel): boolean {
  const outgoing = channel.outgoing as { state?: string } | undefined;
  return channel.writable && outgoing?.state === 'open';
}

/** The locale that decides the character set: the first of LC_ALL, LC_CTYPE, LANG that is set. */
function localeOf(sent: { LC_ALL?: string; LC_CTYPE?: string; LANG?: string }): { locale?: string } {
  const locale = [sent.LC_ALL, sent.LC_CTYPE, sent.LANG].find((value) => value !== undefined && value !== '');
  return locale === undefined ? {} : { locale };
}
