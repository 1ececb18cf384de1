/**
 * One client connection after the TCP accept: authentication (with a deadline, since ssh2 has
 * none), at most one session, every kind of forwarding refused, and the teardown when the client
 * goes, however it goes.
 */
import type { AuthContext, Connection } from 'ssh2';
import { type AuthDecision, type AuthPolicy, decideAuthentication } from './auth.js';
import { errorText, type Logger, logSafe } from './log.js';
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

/** What a new session channel on a connection gets: the connection's session, a refusal line, or nothing. */
export type SessionRole = 'first' | 'extra' | 'refused';

/**
 * The first session runs the reader; the next few are answered with a line saying one session per
 * connection; past {@link MAX_EXTRA_SESSIONS} they are refused without one.
 */
export function sessionRole(hasSession: boolean, extraSessions: number): SessionRole {
  if (!hasSession) return 'first';
  return extraSessions > MAX_EXTRA_SESSIONS ? 'refused' : 'extra';
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
  const ending = new ConnectionEnd(client, socket);
  let authenticated = false;
  let user = '';
  let session: SessionHandle | undefined;
  let extraSessions = 0;
  // The accepted public key: the reader's state is kept under it.
  let fingerprint: string | undefined;
  let setupTimer: NodeJS.Timeout | undefined;

  client.on('error', (error: Error & { level?: string }) => {
    log.event('connection-error', { conn, error: errorText(error), level: error.level });
  });
  const authTries = new AuthTries(log, conn, () => ending.end());
  client.on('authentication', (ctx) => {
    void authTries.decide(ctx, host.auth, (print) => {
      user = ctx.username;
      fingerprint = print;
    });
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
      ending.end();
    }, host.limits.preAuthTimeoutMs);
    setupTimer.unref();
  });

  client.on('session', (accept, reject) => {
    if (ending.ending) return reject();
    const role = sessionRole(session !== undefined, session === undefined ? 0 : ++extraSessions);
    if (role === 'refused') {
      log.event('refused', { conn, what: 'second-session' });
      return reject();
    }
    if (role === 'extra') {
      const quiet: SessionOwner = { id: conn, user, started: () => undefined, ended: () => undefined };
      handleSession(accept(), quiet, host, true);
      return;
    }
    const owner: SessionOwner = {
      id: conn,
      user,
      fingerprint,
      started: () => clearTimeout(setupTimer),
      ended: () => {
        clearTimeout(setupTimer);
        // Let the client close the channel and disconnect on its own, so it reports the exit
        // status rather than "connection closed"; then make sure.
        ending.endAfterGrace();
      },
    };
    session = handleSession(accept(), owner, host);
  });
  refuseForwarding(client, log, conn);

  return {
    get authenticated() {
      return authenticated;
    },
    shutdown(message) {
      if (session) session.end('shutdown', message);
      else ending.end();
    },
    closed() {
      ending.closed();
      session?.end('disconnect');
      clearTimeout(setupTimer);
    },
  };
}

/**
 * Ending a connection: the SSH disconnect, then the TCP connection cut if the client does not
 * answer within {@link CLOSE_GRACE_MS}; nothing once the socket has closed.
 */
export class ConnectionEnd {
  #ending = false;
  #closed = false;
  #grace: NodeJS.Timeout | undefined;
  readonly #client: Pick<Connection, 'end'>;
  readonly #socket: ConnectionSocket;

  constructor(client: Pick<Connection, 'end'>, socket: ConnectionSocket) {
    this.#client = client;
    this.#socket = socket;
  }

  /** Whether the disconnect has been sent. */
  get ending(): boolean {
    return this.#ending;
  }

  /** Sends the disconnect now; a client that never answers it is cut off. */
  end(): void {
    if (this.#ending || this.#closed) return;
    this.#ending = true;
    this.#client.end();
    this.#grace = setTimeout(() => this.#socket.destroy(), CLOSE_GRACE_MS);
    this.#grace.unref();
  }

  /** Gives the client {@link CLOSE_GRACE_MS} to disconnect by itself, then ends it. */
  endAfterGrace(): void {
    if (this.#closed) return;
    this.#grace = setTimeout(() => this.end(), CLOSE_GRACE_MS);
    this.#grace.unref();
  }

  /** The socket closed: nothing more to end. */
  closed(): void {
    this.#closed = true;
    clearTimeout(this.#grace);
  }
}

/** Counts failed authentication attempts; logs each decision and ends the connection after the last allowed. */
export class AuthTries {
  #failures = 0;
  readonly #log: Logger;
  readonly #conn: string;
  readonly #end: () => void;

  constructor(log: Logger, conn: string, end: () => void) {
    this.#log = log;
    this.#conn = conn;
    this.#end = end;
  }

  /** Decides one attempt; `onAccepted` runs when it succeeds. Resolves to whether it did. */
  async decide(
    ctx: AuthContext,
    policy: AuthPolicy,
    onAccepted: (fingerprint: string | undefined) => void = () => undefined,
  ): Promise<boolean> {
    const conn = this.#conn;
    let decision: AuthDecision;
    try {
      decision = await decideAuthentication(ctx, policy);
    } catch (error) {
      this.#log.event('connection-error', { conn, error: errorText(error), during: 'authentication' });
      this.#end();
      return false;
    }
    if (decision.result === 'probe') return false;
    const fields = { conn, user: logSafe(ctx.username), method: decision.method, key: decision.fingerprint };
    if (decision.result === 'accepted') {
      onAccepted(decision.fingerprint);
      this.#log.event('auth', { ...fields, result: 'accepted' });
      return true;
    }
    this.#failures += 1;
    this.#log.event('auth', { ...fields, result: 'rejected', reason: decision.reason });
    if (this.#failures >= MAX_AUTH_TRIES) {
      this.#log.event('limit', { conn, what: 'auth-tries', max: MAX_AUTH_TRIES });
      this.#end();
    }
    return false;
  }
}

/** Port, socket and remote forwarding are refused; the refusals are logged. */
function refuseForwarding(client: Connection, log: Logger, conn: string): void {
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
}
