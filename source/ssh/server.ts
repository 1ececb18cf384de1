/**
 * The SSH server: a TCP listener that admits connections by the per-address limits and hands
 * them to ssh2, the registry of connections and sessions, statistics, and the shutdown that tells
 * every session and closes everything within a deadline.
 */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type { AuthPolicy } from './auth.js';
import { type ConnectionHandle, handleConnection } from './connection.js';
import { CrashGuard } from './crash-guard.js';
import { ConnectionLimiter } from './limits.js';
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
}

/** Counts, for tests and the shutdown log line. */
export interface ServerStats {
  /** Sessions running the app. */
  readonly activeSessions: number;
  /** Open TCP connections, authenticated or not. */
  readonly activeConnections: number;
  /** Connections accepted since start. */
  readonly acceptedConnections: number;
  /** Connections turned away by a limit since start. */
  readonly refusedConnections: number;
}

/** A running server. */
export interface SshServer {
  /** Where it listens (the real port when 0 was asked for). */
  readonly address: { readonly host: string; readonly port: number };
  /** Sessions running the app now. */
  readonly activeSessions: number;
  serverStats(): ServerStats;
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
export const SHUTDOWN_GRACE_MS = 5000;

// The listener accepts a little faster than ssh2 would like under a flood; remembered sources
// are pruned once a minute so the map follows the traffic, not the history.
const PRUNE_INTERVAL_MS = 60_000;

/** Starts listening; rejects with the listen error (EADDRINUSE, EACCES…). */
export async function startSshServer(options: SshServerOptions): Promise<SshServer> {
  const { log, limits } = options;
  const guard = new CrashGuard();
  const limiter = new ConnectionLimiter(limits);
  const connections = new Map<Socket, ConnectionHandle | undefined>();
  // ssh2 announces a connection by its peer's address and port once the client's version line
  // has arrived; both identify one live TCP connection.
  const pending = new Map<string, { socket: Socket; id: string; clearTimer: () => void }>();
  let sessions = 0;
  let accepted = 0;
  let refused = 0;
  let nextId = 1;
  let shuttingDown = false;
  let shutdownPromise: Promise<void> | undefined;

  const host = {
    log,
    guard,
    limits,
    auth: options.auth,
    catalog: options.catalog,
    shuttingDown: () => shuttingDown,
    reserveSession: () => {
      if (sessions >= limits.maxSessions) return false;
      sessions += 1;
      return true;
    },
    releaseSession: () => {
      sessions -= 1;
    },
  };

  const ssh = new Ssh2Server({ hostKeys: [options.hostKey], ident: 'briefing' });
  ssh.on('error', (error: Error) => log.event('server-error', { error: errorText(error) }));
  ssh.on('connection', (client, info) => {
    const key = peerKey(info.ip, info.port);
    const entry = pending.get(key);
    pending.delete(key);
    if (!entry || shuttingDown) {
      client.on('error', () => undefined);
      client.end();
      return;
    }
    log.event('client', { conn: entry.id, software: logSafe(info.header.versions.software) });
    const handle = handleConnection(
      client,
      { id: entry.id, destroy: () => entry.socket.destroy() },
      host,
      entry.clearTimer,
    );
    connections.set(entry.socket, handle);
  });

  const tcp: NetServer = createServer((socket) => {
    const ip = socket.remoteAddress ?? 'unknown';
    const port = socket.remotePort ?? 0;
    socket.on('error', () => undefined); // ssh2 reports socket errors through the connection
    if (shuttingDown) {
      socket.destroy();
      return;
    }
    const admission = limiter.admit(ip);
    if (!admission.ok) {
      refused += 1;
      log.event('limit', { what: admission.refusal, ip });
      // Lines before the version string are allowed (RFC 4253, 4.2); `ssh -v` shows them.
      socket.end(`briefing: too many connections (${admission.refusal}); try again later\r\n`);
      socket.destroySoon();
      return;
    }
    accepted += 1;
    const id = `c${nextId++}`;
    const startedAt = Date.now();
    log.event('connection', { conn: id, ip, port });
    const acceptTimer = setTimeout(() => {
      log.event('limit', { conn: id, what: 'pre-auth-timeout' });
      socket.destroy();
    }, limits.preAuthTimeoutMs);
    acceptTimer.unref();
    const key = peerKey(ip, port);
    pending.set(key, { socket, id, clearTimer: () => clearTimeout(acceptTimer) });
    connections.set(socket, undefined);
    // ssh2 ends a connection whose first line is not an SSH version line (or is too long) without
    // a word to us: its error goes to a listener of its own until the version line is parsed. Our
    // side having ended first, with the client still unidentified, is how that refusal shows.
    let endedByServer = false;
    socket.once('end', () => {
      endedByServer = socket.writableEnded;
    });
    socket.once('close', () => {
      clearTimeout(acceptTimer);
      if (endedByServer && pending.get(key)?.socket === socket) {
        log.event('refused', { conn: id, what: 'bad-version', reason: 'no valid SSH version line' });
      }
      pending.delete(key);
      const handle = connections.get(socket);
      connections.delete(socket);
      admission.release();
      handle?.closed();
      log.event('disconnect', { conn: id, duration: `${((Date.now() - startedAt) / 1000).toFixed(1)}s` });
      if (shuttingDown && connections.size === 0) allClosed.resolve();
    });
    ssh.injectSocket(socket);
  });

  const allClosed = deferred();
  const pruner = setInterval(() => limiter.prune(), PRUNE_INTERVAL_MS);
  pruner.unref();

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => {
      clearInterval(pruner);
      reject(error);
    };
    tcp.once('error', onError);
    tcp.listen(options.port, options.host, () => {
      tcp.off('error', onError);
      resolve();
    });
  });
  // Only now: a failure to listen is the caller's to report (one line, exit 4), not a log event.
  tcp.on('error', (error: Error) => log.event('server-error', { error: errorText(error) }));
  const bound = tcp.address();
  const address = {
    host: typeof bound === 'object' && bound ? bound.address : options.host,
    port: typeof bound === 'object' && bound ? bound.port : options.port,
  };

  const stats = (): ServerStats => ({
    activeSessions: sessions,
    activeConnections: connections.size,
    acceptedConnections: accepted,
    refusedConnections: refused,
  });

  return {
    address,
    get activeSessions() {
      return sessions;
    },
    serverStats: stats,
    handleUncaught: (error) => guard.handle(error),
    shutdown(graceMs = SHUTDOWN_GRACE_MS) {
      if (shutdownPromise) return shutdownPromise;
      shuttingDown = true;
      clearInterval(pruner);
      log.event('shutdown', { sessions, connections: connections.size });
      const listenerClosed = new Promise<void>((resolve) => tcp.close(() => resolve()));
      if (connections.size === 0) allClosed.resolve();
      for (const [socket, handle] of connections) {
        if (handle) handle.shutdown('server shutting down');
        else socket.destroy();
      }
      shutdownPromise = (async () => {
        const deadline = deferred();
        const cut = setTimeout(() => deadline.resolve(), graceMs);
        await Promise.race([allClosed.promise, deadline.promise]);
        clearTimeout(cut);
        for (const socket of connections.keys()) socket.destroy();
        await allClosed.promise;
        await listenerClosed;
      })();
      return shutdownPromise;
    },
  };
}

function peerKey(ip: string | undefined, port: number | undefined): string {
  return `${ip ?? ''}|${port ?? 0}`;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
