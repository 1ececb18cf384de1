import type { Logger } from './log.js';
import { describeDuration, type Limits } from './options.js';

/**
 * The timers of one session (idle timeout, session length, thinned window changes): unref'd, so
 * they never keep the server alive, and all cleared at once when the session ends.
 */
export class SessionTimers {
  readonly #handles = new Set<NodeJS.Timeout>();

  /** Runs `fire` once after `ms`, unless {@link SessionTimers.clear} comes first. */
  start(ms: number, fire: () => void): NodeJS.Timeout {
    const handle = setTimeout(() => {
      this.#handles.delete(handle);
      fire();
    }, ms);
    handle.unref();
    this.#handles.add(handle);
    return handle;
  }

  /** Timers started and not yet fired or cleared. */
  get pending(): number {
    return this.#handles.size;
  }

  /** Cancels every timer still waiting. */
  clear(): void {
    for (const handle of this.#handles) clearTimeout(handle);
    this.#handles.clear();
  }
}

/**
 * Starts the idle timeout and the session length limit, where set; each logs its limit and calls
 * `end` with its reason and the line the client sees. Returns the idle timer, which input refreshes.
 */
export function startLimitTimers(
  timers: SessionTimers,
  limits: Pick<Limits, 'idleTimeoutMs' | 'maxSessionLengthMs'>,
  log: Logger,
  conn: string,
  end: (reason: string, message: string) => void,
): NodeJS.Timeout | undefined {
  let idle: NodeJS.Timeout | undefined;
  if (limits.idleTimeoutMs > 0) {
    idle = timers.start(limits.idleTimeoutMs, () => {
      log.event('limit', { conn, what: 'idle-timeout' });
      end('idle-timeout', `closed after ${describeDuration(limits.idleTimeoutMs)} without input`);
    });
  }
  if (limits.maxSessionLengthMs > 0) {
    timers.start(limits.maxSessionLengthMs, () => {
      log.event('limit', { conn, what: 'max-session-length' });
      end(
        'max-session-length',
        `session time limit (${describeDuration(limits.maxSessionLengthMs)}) reached`,
      );
    });
  }
  return idle;
}
