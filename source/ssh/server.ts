/**
 * The SSH server: a TCP listener that admits connections by the per-address limits and hands
 * them to ssh2 (the book of connections and sessions is ./connection-registry.ts), and the shutdown that tells
 * every session and closes everything within a deadline.
 */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type { AuthPolicy } from './auth.js';
import { type Admission, type Admissions, localAdmissions } from './cluster-admission.js';
import { type ConnectionHost, handleConnection } from './connection.js';
import { ConnectionRegistry, peerKey } from './connection-registry.js';
import { CrashGuard } from './crash-guard.js';
import { errorText, type Logger, logSafe } from './log.js';
import type { Limits } from './options.js';
import type { Catalog } from './session.js';
import { Server as Ssh2Server } from './ssh2.js';

export type { Catalog } from './session.js';

/** Everything the server runs with. */
export interface SshServerOptions {
  /** The host private key (file contents). */
  readonly hostKey: Buffer;
  /** Address to listen on; `127.0.0.1` keeps it local. */
  readonly host: string;
  /** 0 picks a free port (see {@link SshServer.address}). */
  readonly port: number;
  readonly auth: AuthPolicy;
  readonly limits: Limits;
  /** The current library; read when a session starts, so a reload reaches only new sessions. */
  readonly catalog: () => Catalog;
  readonly log: Logger;
  /**
   * Who decides whether a connection may open; by default this server alone, by its limits. A worker
   * of `serve --workers` asks the primary (./cluster-admission.ts).
   */
  readonly admissions?: Admissions;
  /** Put before each connection's id in the log (`w2-` gives `w2-c12`): one per worker. */
  readonly idPrefix?: string;
}

/** A running server. */
export interface SshServer {
  /** Where it listens (the real port when 0 was asked for). */
  readonly address: { readonly host: string; readonly port: number };
  /** Sessions running the app now. */
  readonly activeSessions: number;
  /**
   * For the process's `uncaughtException` / `unhandledRejection` handlers: when the error was
   * raised by a session's app, ends that session, logs it and returns true; else returns false.
   */
  handleUncaught(error: unknown): boolean;
  /**
   * Stops accepting, ends every session with "server shutting down", and closes every connection;
   * whatever is still open after `graceMs` is cut. Resolves when all is closed. Idempotent.
   */
  shutdown(graceMs?: number): Promise<void>;
}

/** The default shutdown deadline. */
const SHUTDOWN_GRACE_MS = 5000;

// The listener accepts a little faster than ssh2 would like under a flood; remembered sources
// are pruned once a minute so the map follows the traffic, not the history.
const PRUNE_INTERVAL_MS = 60_000;

/** Starts listening; rejects with the listen error (EADDRINUSE, EACCES…). */
export async function startSshServer(options: SshServerOptions): Promise<SshServer> {
  const { log, limits } = options;
  const guard = new CrashGuard();
  const admissions = options.admissions ?? localAdmissions(limits);
  const registry = new ConnectionRegistry<Socket>(limits.maxSessions, options.idPrefix);
  let shuttingDown = false;
  let shutdownPromise: Promise<void> | undefined;
  const allClosed = deferred();

  const host: ConnectionHost = {
    log,
    guard,
    limits,
    auth: options.auth,
    catalog: options.catalog,
    shuttingDown: () => shuttingDown,
    reserveSession: () => registry.reserveSession(),
    releaseSession: () => registry.releaseSession(),
  };

  const ssh = new Ssh2Server({ hostKeys: [options.hostKey], ident: 'briefing' });
  ssh.on('error', (error: Error) => log.event('server-error', { error: errorText(error) }));
  ssh.on('connection', (client, info) => {
    const entry = registry.identify(peerKey(info.ip, info.port));
    if (!entry || shuttingDown) {
      client.on('error', () => undefined);
      client.end();
      return;
    }
    log.event('client', { conn: entry.id, software: logSafe(info.header.versions.software) });
    const socket = { id: entry.id, destroy: () => entry.socket.destroy() };
    registry.attach(entry.socket, handleConnection(client, socket, host, entry.clearTimer));
  });

  const admission = { log, registry, preAuthTimeoutMs: limits.preAuthTimeoutMs };
  const admitted = (socket: Socket, decision: Admission): void => {
    if (shuttingDown || socket.destroyed) {
      if (decision.ok) decision.release();
      socket.destroy();
    } else if (admitSocket(socket, decision, admission)) ssh.injectSocket(socket);
  };
  const tcp: NetServer = createServer((socket) => {
    socket.on('error', () => undefined); // ssh2 reports socket errors through the connection
    if (shuttingDown) {
      socket.destroy();
      return;
    }
    const decision = admissions.admit(socket.remoteAddress ?? 'unknown');
    // Asked of the primary: the socket holds what the client sends until the answer comes.
    if (decision instanceof Promise) void decision.then((answer) => admitted(socket, answer));
    else admitted(socket, decision);
  });

  const pruner = setInterval(() => admissions.prune(), PRUNE_INTERVAL_MS);
  pruner.unref();
  try {
    await listen(tcp, options.port, options.host);
  } catch (error) {
    clearInterval(pruner);
    throw error;
  }
  // Only now: a failure to listen is the caller's to report (one line, exit 4), not a log event.
  tcp.on('error', (error: Error) => log.event('server-error', { error: errorText(error) }));
  const bound = tcp.address();
  const address = {
    host: typeof bound === 'object' && bound ? bound.address : options.host,
    port: typeof bound === 'object' && bound ? bound.port : options.port,
  };

  return {
    address,
    get activeSessions() {
      return registry.sessions;
    },
    handleUncaught: (error) => guard.handle(error),
    shutdown(graceMs = SHUTDOWN_GRACE_MS) {
      if (shutdownPromise) return shutdownPromise;
      shuttingDown = true;
      clearInterval(pruner);
      log.event('shutdown', { sessions: registry.sessions, connections: registry.connections });
      const listenerClosed = new Promise<void>((resolve) => tcp.close(() => resolve()));
      registry.shutdown('server shutting down', allClosed.resolve);
      shutdownPromise = (async () => {
        const deadline = deferred();
        const cut = setTimeout(() => deadline.resolve(), graceMs);
        await Promise.race([allClosed.promise, deadline.promise]);
        clearTimeout(cut);
        registry.destroyAll();
        await allClosed.promise;
        await listenerClosed;
      })();
      return shutdownPromise;
    },
  };
}

/** What admitting a socket needs. */
interface AdmissionHost {
  readonly log: Logger;
  readonly registry: ConnectionRegistry<Socket>;
  readonly preAuthTimeoutMs: number;
}

/**
 * A new TCP connection: refused with one line when a limit says so (false), else registered with a
 * deadline until authentication (true), its close logged and counted however it comes.
 */
function admitSocket(
  socket: Socket,
  admission: Admission,
  { log, registry, preAuthTimeoutMs }: AdmissionHost,
): boolean {
  const ip = socket.remoteAddress ?? 'unknown';
  const port = socket.remotePort ?? 0;
  if (!admission.ok) {
    log.event('limit', { what: admission.refusal, ip });
    // Lines before the version string are allowed (RFC 4253, 4.2); `ssh -v` shows them.
    socket.end(`briefing: too many connections (${admission.refusal}); try again later\r\n`);
    socket.destroySoon();
    return false;
  }
  const startedAt = Date.now();
  const key = peerKey(ip, port);
  let id = '';
  const acceptTimer = setTimeout(() => {
    log.event('limit', { conn: id, what: 'pre-auth-timeout' });
    socket.destroy();
  }, preAuthTimeoutMs);
  acceptTimer.unref();
  id = registry.admit(socket, key, () => clearTimeout(acceptTimer));
  log.event('connection', { conn: id, ip, port });
  // ssh2 ends a connection whose first line is not an SSH version line (or is too long) without
  // a word to us: its error goes to a listener of its own until the version line is parsed. Our
  // side having ended first, with the client still unidentified, is how that refusal shows.
  let endedByServer = false;
  socket.once('end', () => {
    endedByServer = socket.writableEnded;
  });
  socket.once('close', () => {
    clearTimeout(acceptTimer);
    if (endedByServer && registry.isPending(key, socket)) {
      log.event('refused', { conn: id, what: 'bad-version', reason: 'no valid SSH version line' });
    }
    const handle = registry.closed(socket, key);
    admission.release();
    handle?.closed();
    log.event('disconnect', { conn: id, duration: `${((Date.now() - startedAt) / 1000).toFixed(1)}s` });
  });
  return true;
}

/** Listens; rejects with the listen error. */
function listen(tcp: NetServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
