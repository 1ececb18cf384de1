/**
 * One client connection after the TCP accept: authentication (with a deadline, since ssh2 has
 * none), at most one session, every kind of forwarding refused, and the teardown when the client
 * goes, however it goes.
 */
import type { Connection, Session } from 'ssh2';
import { type AuthPolicy, decideAuthentication } from './auth.js';
import { errorText, logSafe } from './log.js';
import { describeDuration } from './options.js';
import { handleSession, type SessionHandle, type SessionHost, type SessionOwner } from './session.js';

/** Failed authentication attempts before the connection is closed (sshd's MaxAuthTries). */
export const MAX_AUTH_TRIES = 6;

/** Extra sessions answered with a message before further ones are refused without one. */
const MAX_EXTRA_SESSIONS = 3;

/** How long a client may take to close its side after its session ended, before we disconnect it. */
const CLOSE_GRACE_MS = 2000;

/** What a connection needs from the server. */
export interface ConnectionHost extends SessionHost {
  readonly auth: AuthPolicy;
}

/** The TCP side of a connection, as the server tracks it. */
export interface ConnectionSocket {
  readonly id: string;
  /** Closes the TCP connection at once. */
  destroy(): void;
}

/** A connection, as the server sees it. */
export interface ConnectionHandle {
  /** Authenticated and not yet closed. */
  readonly authenticated: boolean;
  /** Ends the session with `message` (or the connection, when it has no session yet). */
  shutdown(message: string): void;
  /** The socket closed: end whatever is still running. */
  closed(): void;
}

/**
 * Takes charge of an ssh2 connection. The deadline starts at the TCP accept (the caller's timer)
 * and is handed over here: until authentication succeeds, and again from then until a session
 * starts, the connection lives at most `preAuthTimeoutMs`.
 */
export function handleConnection(
  client: Connection,
  socket: ConnectionSocket,
  host: ConnectionHost,
  clearAcceptTimer: () => void,
): ConnectionHandle {
  const { log } = host;
  const conn = socket.id;
  let authenticated = false;
  let user = '';
  let failures = 0;
  let session: SessionHandle | undefined;
  let extraSessions = 0;
  let ending = false;
  let closed = false;
  let setupTimer: NodeJS.Timeout | undefined;
  let graceTimer: NodeJS.Timeout | undefined;

  const endConnection = (): void => {
    if (ending || closed) return;
    ending = true;
    client.end();
    // A client that never answers the disconnect is cut off.
    graceTimer = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS);
    graceTimer.unref();
  };

  client.on('error', (error: Error & { level?: string }) => {
    log.event('connection-error', { conn, error: errorText(error), level: error.level });
  });

  client.on('authentication', (ctx) => {
    decideAuthentication(ctx, host.auth).then(
      (decision) => {
        const fields = {
          conn,
          user: logSafe(ctx.username),
          method: decision.method,
          key: decision.fingerprint,
        };
        if (decision.result === 'probe') return;
        if (decision.result === 'accepted') {
          user = ctx.username;
          log.event('auth', { ...fields, result: 'accepted' });
          return;
        }
        failures += 1;
        log.event('auth', { ...fields, result: 'rejected', reason: decision.reason });
        if (failures >= MAX_AUTH_TRIES) {
          log.event('limit', { conn, what: 'auth-tries', max: MAX_AUTH_TRIES });
          endConnection();
        }
      },
      (error: unknown) => {
        log.event('connection-error', { conn, error: errorText(error), during: 'authentication' });
        endConnection();
      },
    );
  });

  client.on('ready', () => {
    authenticated = true;
    clearAcceptTimer();
    // Logged in but no session yet: the same deadline again, so an idle login cannot hold a slot.
    setupTimer = setTimeout(() => {
      log.event('limit', {
        conn,
        what: 'setup-timeout',
        after: describeDuration(host.limits.preAuthTimeoutMs),
      });
      endConnection();
    }, host.limits.preAuthTimeoutMs);
    setupTimer.unref();
  });

  client.on('session', (accept, reject) => {
    if (ending) return reject();
    if (session) {
      extraSessions += 1;
      if (extraSessions > MAX_EXTRA_SESSIONS) {
        log.event('refused', { conn, what: 'second-session' });
        return reject();
      }
      const extra = accept();
      const quiet: SessionOwner = { id: conn, user, started: () => undefined, ended: () => undefined };
      handleSession(extra, quiet, host, true);
      return;
    }
    const first: Session = accept();
    session = handleSession(
      first,
      {
        id: conn,
        user,
        started: () => clearTimeout(setupTimer),
        ended: () => {
          clearTimeout(setupTimer);
          if (closed) return;
          // Let the client close the channel and disconnect on its own, so it reports the exit
          // status rather than "connection closed"; then make sure.
          graceTimer = setTimeout(endConnection, CLOSE_GRACE_MS);
          graceTimer.unref();
        },
      },
      host,
    );
  });

  client.on('tcpip', (_accept, reject, info) => {
    log.event('refused', { conn, what: 'port-forwarding', to: `${info.destIP}:${info.destPort}` });
    reject();
  });
  client.on('openssh.streamlocal', (_accept, reject, info) => {
    log.event('refused', { conn, what: 'socket-forwarding', to: info.socketPath });
    reject();
  });
  client.on('request', (_accept, reject, name) => {
    if (!name.startsWith('cancel-')) log.event('refused', { conn, what: 'remote-forwarding', request: name });
    reject?.();
  });

  return {
    get authenticated() {
      return authenticated;
    },
    shutdown(message) {
      if (session) session.end('shutdown', message);
      else endConnection();
    },
    closed() {
      closed = true;
      session?.end('disconnect');
      clearTimeout(setupTimer);
      clearTimeout(graceTimer);
    },
  };
}
