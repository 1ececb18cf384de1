import { type Key, useInput, useStdin } from 'ink';
import { useLayoutEffect } from 'react';
import { isCtrlModifiedSequence } from '../input/unnamed-key.js';

/**
 * Ink's `useInput`, minus the key sequences that make Ink 6.8 throw (see `isCtrlModifiedSequence`).
 * Ink splits stdin into one event per key before emitting, so each event is judged whole.
 */
export function useKeys(handler: (input: string, key: Key) => void): void {
  const { internal_eventEmitter: events } = useStdin();
  useLayoutEffect(() => {
    const emit = events.emit;
    events.emit = function guardedEmit(this: typeof events, name: string | symbol, ...args: unknown[]) {
      if (name === 'input' && typeof args[0] === 'string' && isCtrlModifiedSequence(args[0])) return false;
      return emit.call(this, name, ...args);
    };
    return () => {
      events.emit = emit;
    };
  }, [events]);
  useInput(handler);
}
