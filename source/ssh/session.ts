/**
 * One SSH session channel: collects the pty size, TERM and COLORTERM (./session-setup.ts), refuses
 * what this server does not do (exec, subsystems, X11 and agent forwarding, a shell without a pty),
 * and runs the app on the channel's streams until it exits, the client leaves, or a limit ends it.
 * Whatever way it ends, `finish` runs once and leaves no app, timer or listener of ours behind.
 */
import type { ServerChannel, Session } from 'ssh2';
import { ExitCode } from '../domain/exit-codes.js';
import { ChannelInput, ChannelOutput } from './channel-streams.js';
import { lateCrashLogger, ReleasableOwner } from './crash-guard.js';
import { pumpInput } from './input-pump.js';
import { resizeGate } from './limits.js';
import { clientWord, errorText, logSafe } from './log.js';
import type { SessionApp, SessionIO } from './session-app.js';
import {
  closeChannel,
  isOpen,
  REFUSALS,
  type Refusal,
  refuseForwarding,
  refuseShell,
  watchChannel,
} from './session-channel.js';
import type { SessionHandle, SessionHost, SessionOwner } from './session-host.js';
import { type ClientTerminal, SessionSetup, type WindowSize } from './session-setup.js';
import { SessionTimers, startLimitTimers } from './session-timers.js';

export type { Catalog, SessionHandle, SessionHost, SessionOwner } from './session-host.js';

/** Characters an SSH user name may keep when it is shown to the app and logged. */
const USER_WORD = /[^\p{L}\p{N}._@+-]/gu;

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
  const setup = new SessionSetup();
  const run = new SessionRun(owner, host);
  const { log } = host;
  const conn = owner.id;

  const onClose = (): void => run.finish('closed', 0);
  session.on('close', onClose);
  session.on('error', (error: Error) => log.event('session-error', { conn, error: errorText(error) }));
  run.onFinish(() => session.off('close', onClose));

  session.on('pty', (accept, reject, info) => {
    if (!run.inSetup) return reject?.();
    setup.acceptPty(info.cols, info.rows, info.term);
    accept?.();
  });
  session.on('window-change', (accept, reject, info) => {
    const size = setup.windowChange(info.cols, info.rows);
    if (size === undefined) return reject?.();
    accept?.();
    run.windowChanged(size);
  });
  session.on('env', (accept, reject, info) => {
    if (!run.inSetup || !setup.acceptEnv(info.key, info.val)) return reject?.();
    accept?.();
  });
  refuseForwarding(session, log, conn);
  session.on('exec', (accept, _reject, info) => {
    const ch = accept();
    if (ch) run.refuse(second ? 'second-session' : 'exec', run.watch(ch), { command: logSafe(info.command) });
  });
  session.on('shell', (accept) => {
    const ch = accept();
    if (!ch) return;
    if (second) run.refuse('second-session', run.watch(ch));
    else run.start(run.watch(ch), setup);
  });

  return { end: (reason, message) => run.finish(reason, 1, message) };
}

/** The app and its streams, while it runs. */
interface Running {
  readonly output: ChannelOutput;
  readonly input: ChannelInput;
  app: SessionApp | undefined;
}

/** One session's life: setup, then the running app, then the end that happens once. */
class SessionRun {
  #phase: 'setup' | 'running' | 'ended' = 'setup';
  #channel: ServerChannel | undefined;
  #running: Running | undefined;
  #reserved = false;
  #startedAt = 0;
  #idle: NodeJS.Timeout | undefined;
  readonly #timers = new SessionTimers();
  readonly #cleanups: (() => void)[] = [];
  readonly #owner: SessionOwner;
  readonly #host: SessionHost;
  readonly #crashOwner: ReleasableOwner;
  /** Each new size lays the reader out and draws it again: a flood of window changes is thinned. */
  readonly #offerSize: (size: WindowSize) => void;

  constructor(owner: SessionOwner, host: SessionHost) {
    this.#owner = owner;
    this.#host = host;
    this.#crashOwner = new ReleasableOwner({
      crash: (error) => {
        host.log.event('session-crash', { conn: owner.id, error: errorText(error) });
        this.finish(
          'crash',
          ExitCode.internal,
          'the reader stopped on an internal error; it has been logged, please reconnect',
        );
      },
    });
    this.#offerSize = resizeGate(
      (size: WindowSize) => {
        const output = this.#running?.output;
        if (this.#phase === 'running' && output) this.#runApp(() => output.resize(size));
      },
      (ms, fire) => this.#timers.start(ms, fire),
    );
  }

  get inSetup(): boolean {
    return this.#phase === 'setup';
  }

  /** Runs `cleanup` when the session ends. */
  onFinish(cleanup: () => void): void {
    this.#cleanups.push(cleanup);
  }

  /** Watches the channel for errors and a client that ignores the window; either ends the session. */
  watch(ch: ServerChannel): ServerChannel {
    return watchChannel(ch, this.#host.log, this.#owner.id, (reason, message) =>
      this.finish(reason, 1, message),
    );
  }

  /** Answers a request with a refusal line and ends the session. */
  refuse(what: Refusal, ch: ServerChannel, fields: Record<string, string> = {}): void {
    this.#host.log.event(what === 'max-sessions' ? 'limit' : 'refused', {
      conn: this.#owner.id,
      what,
      ...fields,
    });
    this.#channel = ch;
    this.#owner.started();
    this.finish(what, 1, REFUSALS[what]);
  }

  /** A shell request: starts the app on the channel, or refuses it. */
  start(ch: ServerChannel, setup: SessionSetup): void {
    this.#channel = ch;
    const host = this.#host;
    const refusal = refuseShell({
      hasPty: setup.hasPty,
      shuttingDown: host.shuttingDown(),
      reserve: () => host.reserveSession(),
    });
    if (refusal !== undefined) {
      this.refuse(refusal, ch, refusal === 'max-sessions' ? { max: String(host.limits.maxSessions) } : {});
      return;
    }
    this.#reserved = true;
    this.#phase = 'running';
    this.#startedAt = Date.now();
    this.#owner.started();
    const size = setup.size ?? { columns: 0, rows: 0 };
    const terminal = setup.terminal();
    const catalog = host.catalog();
    const briefingId = catalog.ids.has(this.#owner.user) ? this.#owner.user : undefined;
    const user = clientWord(this.#owner.user, 64, USER_WORD);
    host.log.event('session-start', {
      conn: this.#owner.id,
      user,
      briefing: briefingId ?? '(picker)',
      term: terminal.term,
      colorterm: terminal.colorTerm,
      size: `${size.columns}x${size.rows}`,
    });
    const running = this.#streams(ch, size);
    this.#idle = startLimitTimers(this.#timers, host.limits, host.log, this.#owner.id, (reason, message) =>
      this.finish(reason, 1, message),
    );
    const io = sessionIo(running, terminal, user, this.#owner.fingerprint);
    this.#runApp(() => {
      const started = catalog.startSession(io, briefingId);
      running.app = started;
      started.waitUntilExit().then(
        () => this.finish('exit', 0),
        (error: unknown) => this.#crashOwner.crash(error),
      );
    });
  }

  /** A window change the setup accepted: passed on (thinned) while the app runs. */
  windowChanged(size: WindowSize): void {
    if (this.#phase !== 'running' || !this.#running) return;
    this.#idle?.refresh();
    this.#offerSize(size);
  }

  /** Ends the session once: the app unmounted, `message` shown, the channel closed, the place released. */
  finish(reason: string, status: number, message?: string): void {
    if (this.#phase === 'ended') return;
    const wasRunning = this.#phase === 'running';
    this.#phase = 'ended';
    this.#timers.clear();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    const running = this.#running;
    const app = running?.app;
    if (running && app) {
      running.app = undefined;
      // Unmount before the message, so the app gives the screen back and the line lands below it.
      // (A crash while unmounting is logged; finish is already under way.)
      this.#runApp(() => app.unmount());
    }
    this.#crashOwner.release(lateCrashLogger(this.#host.log, this.#owner.id));
    running?.output.detach();
    running?.input.destroy();
    if (this.#channel) closeChannel(this.#channel, status, message, wasRunning);
    if (this.#reserved) {
      this.#reserved = false;
      this.#host.releaseSession();
    }
    if (wasRunning) {
      const duration = `${((Date.now() - this.#startedAt) / 1000).toFixed(1)}s`;
      this.#host.log.event('session-end', { conn: this.#owner.id, reason, status, duration });
    }
    this.#owner.ended();
  }

  /**
   * Runs app code as this session's: errors thrown now end the session here, and errors thrown
   * later (timers, promises) reach the process handler still carrying the session (CrashGuard).
   */
  #runApp(fn: () => void): void {
    try {
      this.#host.guard.run(this.#crashOwner, fn);
    } catch (error) {
      this.#crashOwner.crash(error);
    }
  }

  /** The app's stdout and stdin over the channel, with input paced by the rate limit. */
  #streams(ch: ServerChannel, size: WindowSize): Running {
    const output = new ChannelOutput((bytes, done) => {
      if (!isOpen(ch)) return done();
      ch.write(bytes, () => done());
    }, size);
    const input = new ChannelInput();
    const running: Running = { output, input, app: undefined };
    this.#running = running;
    const conn = this.#owner.id;
    const stopInput = pumpInput(ch, {
      bytesPerSecond: this.#host.limits.maxInputBytesPerSecond,
      drainSource: input,
      deliver: (chunk) => {
        let room = true;
        // A stream delivers to its listeners synchronously: an app's key handler runs inside this call.
        this.#runApp(() => {
          room = input.write(chunk);
        });
        return room;
      },
      onInput: () => this.#idle?.refresh(),
      onThrottled: () => this.#host.log.event('limit', { conn, what: 'input-rate' }),
      onEnd: () => this.finish('client-eof', 0),
    });
    this.onFinish(stopInput);
    return running;
  }
}

/** What the app is given in place of a local terminal. */
function sessionIo(
  running: Running,
  terminal: ClientTerminal,
  user: string,
  fingerprint: string | undefined,
): SessionIO {
  return {
    stdin: running.input as unknown as NodeJS.ReadStream,
    stdout: running.output as unknown as NodeJS.WriteStream,
    ...terminal,
    user,
    ...(fingerprint === undefined ? {} : { fingerprint }),
  };
}
