/**
 * Tying errors nobody caught to the session that caused them. Each session's app runs inside an
 * AsyncLocalStorage context, which follows every timer, promise and stream callback the app
 * creates; an uncaught exception or unhandled rejection raised there still carries the context in
 * the process's handler, so that one session is ended and the others carry on.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { errorText, type Logger } from './log.js';

/** Something that can be ended because of an error raised in its context. */
export interface CrashOwner {
  crash(error: unknown): void;
}

/** Runs code on behalf of an owner and finds the owner of an error later. */
export class CrashGuard {
  readonly #storage = new AsyncLocalStorage<CrashOwner>();

  /** Runs `fn` (and everything it schedules) as `owner`'s. */
  run<T>(owner: CrashOwner, fn: () => T): T {
    return this.#storage.run(owner, fn);
  }

  /**
   * Call from `uncaughtException` / `unhandledRejection`: ends the owning session and returns
   * true, or returns false when the error belongs to no session (the caller decides: exit).
   */
  handle(error: unknown): boolean {
    const owner = this.#storage.getStore();
    if (!owner) return false;
    owner.crash(error);
    return true;
  }
}

/**
 * A {@link CrashOwner} that forwards to its session until {@link ReleasableOwner.release}, then to
 * a stand-in. Whatever the app created keeps the owner it ran under for as long as it lives (each
 * promise carries its AsyncLocalStorage store), and React keeps the last root it updated
 * (`rootWithNestedUpdates`) after unmount; an owner that pointed at its session for good kept the
 * whole ended session alive through them, with its channel and every byte of input it had
 * buffered (6 MB after a 10 MB paste, measured by test/ssh/abuse.test.ts).
 */
export class ReleasableOwner implements CrashOwner {
  #target: CrashOwner;

  constructor(target: CrashOwner) {
    this.#target = target;
  }

  crash(error: unknown): void {
    this.#target.crash(error);
  }

  /** From now on errors go to `after`, which must hold nothing of the session's. */
  release(after: CrashOwner): void {
    this.#target = after;
  }
}

/**
 * The stand-in for an ended session: what its app may still raise (a timer it left) is only
 * logged. It holds the logger and the connection id, nothing of the session (see ReleasableOwner).
 */
export function lateCrashLogger(log: Logger, conn: string): CrashOwner {
  return { crash: (error) => log.event('session-crash', { conn, error: errorText(error), after: 'end' }) };
}
