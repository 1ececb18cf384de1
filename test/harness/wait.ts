/**
 * The one way tests wait: for a condition, never for a fixed time. A condition is checked now and
 * then again each time its source says something changed (`subscribe`: a screen that parsed output)
 * or, with nothing to subscribe to, on a short poll; the wait fails with what it waited for, and the
 * context a reader needs (the screen, the last frame), after the timeout or as soon as waiting can
 * no longer succeed (the program exited, the channel closed). Framework-free: the benchmark may use it.
 */

/** How {@link waitFor} waits. */
export interface WaitOptions {
  /** Give up after this long; 5 s by default. */
  readonly timeoutMs?: number;
  /** Calls its listener when the condition may have changed; returns how to stop listening. */
  readonly subscribe?: (listener: () => void) => () => void;
  /** Without `subscribe`: check every this many ms, or on the next turn of the event loop; 10 ms by default. */
  readonly every?: number | 'immediate';
  /** Why waiting can no longer succeed (checked whenever the condition does not hold), if it cannot. */
  readonly gaveUp?: () => string | undefined;
  /** What to show after the message when the wait fails. */
  readonly context?: () => string;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** Resolves once `check` holds; rejects with `… waiting for <what>` and the context otherwise. */
export function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  options: WaitOptions = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let busy = false;
    let again = false;
    let cancelPoll: () => void = () => undefined;
    let unsubscribe: () => void = () => undefined;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      cancelPoll();
      unsubscribe();
      if (error) reject(error);
      else resolve();
    };
    const failure = (why: string): Error => {
      const context = options.context?.();
      return new Error(`${why} waiting for ${what}${context === undefined ? '' : `\n${context}`}`);
    };
    const schedule = (): void => {
      if (options.subscribe !== undefined || settled) return;
      if (options.every === 'immediate') {
        const handle = setImmediate(run);
        cancelPoll = () => clearImmediate(handle);
      } else {
        const handle = setTimeout(run, options.every ?? 10);
        cancelPoll = () => clearTimeout(handle);
      }
    };
    const run = (): void => {
      if (settled) return;
      // An asynchronous check runs one at a time; a notification meanwhile asks for one more run.
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      Promise.resolve()
        .then(check)
        .then(
          (held) => {
            busy = false;
            if (held) return finish();
            const reason = options.gaveUp?.();
            if (reason !== undefined) return finish(failure(`${reason} while`));
            if (again) {
              again = false;
              run();
            } else schedule();
          },
          (error: unknown) => {
            busy = false;
            finish(error instanceof Error ? error : new Error(String(error)));
          },
        );
    };
    const timer = setTimeout(() => finish(failure(`timed out after ${timeoutMs} ms`)), timeoutMs);
    if (options.subscribe !== undefined) unsubscribe = options.subscribe(run);
    run();
  });
}
