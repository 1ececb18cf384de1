/**
 * The server's book of connections: the TCP sockets it admitted, the ones still waiting for ssh2 to
 * read their version line, the sessions in use, and when the last connection has closed. Plain data
 * and callbacks, so it is tested without a socket.
 */
import type { ConnectionHandle } from './connection.js';

/** What the registry needs of a socket: to cut it. */
export interface Closable {
  destroy(): void;
}

/** A connection admitted over TCP whose SSH version line has not arrived yet. */
export interface PendingConnection<S extends Closable> {
  readonly socket: S;
  readonly id: string;
  /** Stops the deadline the TCP accept started; the connection's handler takes it over. */
  readonly clearTimer: () => void;
}

/** The key ssh2 gives a connection by (peer address and port): both identify one live TCP connection. */
export function peerKey(ip: string | undefined, port: number | undefined): string {
  return `${ip ?? ''}|${port ?? 0}`;
}

/** Connections, pending handshakes and session places, for one server. */
export class ConnectionRegistry<S extends Closable> {
  readonly #connections = new Map<S, ConnectionHandle | undefined>();
  readonly #pending = new Map<string, PendingConnection<S>>();
  readonly #maxSessions: number;
  readonly #idPrefix: string;
  #sessions = 0;
  #nextId = 1;
  #onEmpty: (() => void) | undefined;

  /** `idPrefix` goes before every connection's id (`w2-` for worker 2 of `serve --workers`). */
  constructor(maxSessions: number, idPrefix = '') {
    this.#maxSessions = maxSessions;
    this.#idPrefix = idPrefix;
  }

  /** Open TCP connections, authenticated or not. */
  get connections(): number {
    return this.#connections.size;
  }

  /** Sessions running the app. */
  get sessions(): number {
    return this.#sessions;
  }

  /** Records a socket just admitted: its id (`c12`), and where ssh2 will find it by its peer. */
  admit(socket: S, key: string, clearTimer: () => void): string {
    const id = `${this.#idPrefix}c${this.#nextId++}`;
    this.#pending.set(key, { socket, id, clearTimer });
    this.#connections.set(socket, undefined);
    return id;
  }

  /** The pending connection ssh2 announced by its peer, taken off the pending list. */
  identify(key: string): PendingConnection<S> | undefined {
    const entry = this.#pending.get(key);
    this.#pending.delete(key);
    return entry;
  }

  /** Whether `socket` is still the pending connection for `key` (it never identified itself). */
  isPending(key: string, socket: S): boolean {
    return this.#pending.get(key)?.socket === socket;
  }

  /** The connection's handler, once ssh2 has taken it over. */
  attach(socket: S, handle: ConnectionHandle): void {
    this.#connections.set(socket, handle);
  }

  /** Forgets a closed socket; returns its handler, to tell it. Calls the empty-listener after the last one. */
  closed(socket: S, key: string): ConnectionHandle | undefined {
    if (this.isPending(key, socket)) this.#pending.delete(key);
    const handle = this.#connections.get(socket);
    this.#connections.delete(socket);
    if (this.#connections.size === 0) this.#onEmpty?.();
    return handle;
  }

  /** Takes one of the server's session places; false when all are taken. */
  reserveSession(): boolean {
    if (this.#sessions >= this.#maxSessions) return false;
    this.#sessions += 1;
    return true;
  }

  releaseSession(): void {
    this.#sessions -= 1;
  }

  /**
   * Tells every connection the server is going: a connection with a handler ends its session with
   * `message`; a socket still in its handshake is cut. Calls `onEmpty` once no connection is left
   * (at once when there is none).
   */
  shutdown(message: string, onEmpty: () => void): void {
    this.#onEmpty = onEmpty;
    if (this.#connections.size === 0) onEmpty();
    for (const [socket, handle] of [...this.#connections]) {
      if (handle) handle.shutdown(message);
      else socket.destroy();
    }
  }

  /** Cuts every socket still open (the shutdown deadline passed). */
  destroyAll(): void {
    for (const socket of [...this.#connections.keys()]) socket.destroy();
  }
}
