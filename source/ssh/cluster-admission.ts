/**
 * Connection limits held across the workers of `serve --workers N`. Every worker accepts on the
 * shared port, but admission (total connections, connections per address, new connections per
 * address per minute) is decided by the primary, which holds the one {@link ConnectionLimiter}: a
 * worker asks it for each new socket and tells it when the socket closes. The exchange is plain
 * messages over the cluster's IPC channel, so both ends are tested without processes.
 * Session places cannot wait for a round trip (a shell request is answered at once), so each worker
 * holds its share of `--max-sessions` ({@link sessionShare}); docs/ssh.md says what that means.
 */
import { ConnectionLimiter, type ConnectionLimits, type Refusal } from './limits.js';

/** What admitting a connection gives: the release to call when it closes, or the limit it hit. */
export type Admission =
  | { readonly ok: true; readonly release: () => void }
  | { readonly ok: false; readonly refusal: Refusal };

/** Decides admissions: at once (one process) or after asking the primary (a worker). */
export interface Admissions {
  admit(address: string): Admission | Promise<Admission>;
  /** Forgets idle sources; called now and then. */
  prune(): void;
}

/** A worker's question and the primary's answers, as they travel over IPC. */
export type AdmissionMessage =
  | { readonly type: 'admit'; readonly id: number; readonly address: string }
  | { readonly type: 'release'; readonly id: number };
export type AdmissionReply = { readonly type: 'admitted'; readonly id: number; readonly refusal?: Refusal };

/** The admissions of one process: the limiter itself. */
export function localAdmissions(limits: ConnectionLimits): Admissions {
  const limiter = new ConnectionLimiter(limits);
  return { admit: (address) => limiter.admit(address), prune: () => limiter.prune() };
}

/** The primary's side: one limiter for every worker, and what each worker holds. */
export class PrimaryAdmissions {
  readonly #limiter: ConnectionLimiter;
  readonly #held = new Map<number, Map<number, () => void>>();

  constructor(limits: ConnectionLimits, now?: () => number) {
    this.#limiter = new ConnectionLimiter(limits, now);
  }

  /** Connections admitted and not yet released, over all workers. */
  get active(): number {
    return this.#limiter.active;
  }

  /** Handles one message from `worker`; returns the reply to send, if any. */
  receive(worker: number, message: AdmissionMessage): AdmissionReply | undefined {
    const held = this.#held.get(worker) ?? new Map<number, () => void>();
    this.#held.set(worker, held);
    if (message.type === 'release') {
      held.get(message.id)?.();
      held.delete(message.id);
      return undefined;
    }
    const admission = this.#limiter.admit(message.address);
    if (!admission.ok) return { type: 'admitted', id: message.id, refusal: admission.refusal };
    held.set(message.id, admission.release);
    return { type: 'admitted', id: message.id };
  }

  /** A worker has gone: its connections went with it. */
  workerGone(worker: number): void {
    for (const release of this.#held.get(worker)?.values() ?? []) release();
    this.#held.delete(worker);
  }

  prune(): void {
    this.#limiter.prune();
  }
}

/**
 * A worker's side: each admission is a question to the primary. `send` posts a message to it;
 * the worker passes the primary's replies to `receive`. Without a primary (the channel closed), a
 * question is answered `max-connections`: a worker cut off from its primary is on its way out.
 */
export function workerAdmissions(send: (message: AdmissionMessage) => boolean): Admissions & {
  receive(reply: AdmissionReply): void;
  /** The primary is gone: every question still open is refused. */
  close(): void;
} {
  let nextId = 1;
  let closed = false;
  const waiting = new Map<number, (admission: Admission) => void>();
  const refused: Admission = { ok: false, refusal: 'max-connections' };
  return {
    admit(address) {
      if (closed) return refused;
      const id = nextId++;
      return new Promise<Admission>((resolve) => {
        waiting.set(id, resolve);
        if (!send({ type: 'admit', id, address })) {
          waiting.delete(id);
          resolve(refused);
        }
      });
    },
    receive(reply) {
      const resolve = waiting.get(reply.id);
      if (resolve === undefined) return;
      waiting.delete(reply.id);
      if (reply.refusal !== undefined) {
        resolve({ ok: false, refusal: reply.refusal });
        return;
      }
      let released = false;
      resolve({
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          if (!closed) send({ type: 'release', id: reply.id });
        },
      });
    },
    close() {
      closed = true;
      for (const resolve of waiting.values()) resolve(refused);
      waiting.clear();
    },
    prune: () => {},
  };
}

/** Worker `index`'s (0-based) share of `total` over `workers`: the shares add up to the total. */
export function sessionShare(total: number, workers: number, index: number): number {
  return Math.floor(total / workers) + (index < total % workers ? 1 : 0);
}
