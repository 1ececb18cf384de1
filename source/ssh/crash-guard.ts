/**
 * Tying errors nobody caught to the session that caused them. Each session's app runs inside an
 * AsyncLocalStorage context, which follows every timer, promise and stream callback the app
 * creates; an uncaught exception or unhandled rejection raised there still carries the context in
 * the process's handler, so that one session is ended and the others carry on.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

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
