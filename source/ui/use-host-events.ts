import { useStdout } from 'ink';
import { useEffect } from 'react';
import type { Action } from '../state/actions.js';
import type { AppState } from '../state/state.js';

/**
 * What reaches the reader from outside besides keys: the size of the stdout Ink was given (a local
 * terminal or an SSH channel, never `process`), and the timer that counts a large briefing's search
 * hits once the frame showing the first one is out.
 */
export function useHostEvents(state: AppState, apply: (action: Action) => void): void {
  const { stdout } = useStdout();
  useEffect(() => {
    // A stream without a size (a test double, a pipe) keeps the size the session started with.
    const resized = () => {
      if (stdout.columns > 0 && stdout.rows > 0)
        apply({ type: 'resize', width: stdout.columns, height: stdout.rows });
    };
    resized();
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout, apply]);

  // Scheduled here: the reducer has no timers. Keyed on the uncounted hits, not on a flag: a count
  // and the next search's confirm can land in one render.
  const uncounted = state.search.counted ? undefined : state.search.hits;
  useEffect(() => {
    if (uncounted === undefined) return;
    const timer = setImmediate(() => apply({ type: 'search-count' }));
    return () => clearImmediate(timer);
  }, [uncounted, apply]);
}
