import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Action } from '../state/actions.js';
import type { ReducerContext } from '../state/context.js';
import { createReducer } from '../state/reducer.js';
import type { AppState } from '../state/state.js';
import { afterChange, afterCut, type EffectHost } from './effects.js';

/**
 * The reader's state and its one way to change: `apply(action)`. Actions are reduced synchronously
 * against the latest state (not the state of the last render), because several keys can arrive in
 * one chunk (`/Zaporizhzhia⏎` typed or pasted) before React renders again. Every change goes
 * through `afterChange` (./effects.ts), and an unmount that was not a quit through `afterCut`.
 */
export function useReaderState(
  ctx: ReducerContext,
  initial: AppState,
  host: EffectHost,
): readonly [AppState, (action: Action) => void, () => AppState] {
  const reduce = useMemo(() => createReducer(ctx), [ctx]);
  const latest = useRef<AppState>(initial);
  const [state, setState] = useState<AppState>(initial);
  const apply = useCallback(
    function apply(action: Action) {
      const previous = latest.current;
      const next = reduce(previous, action);
      if (next === previous) return;
      latest.current = next;
      setState(next);
      const follow = afterChange(ctx, host, previous, next);
      if (follow !== undefined) apply(follow);
    },
    [reduce, ctx, host],
  );
  // The context can be replaced while the reader runs (an article's panels arriving): the place is
  // reported once, on unmount, against the context of that moment.
  const ctxNow = useRef(ctx);
  useLayoutEffect(() => {
    ctxNow.current = ctx;
  }, [ctx]);
  // A layout effect: its cleanup runs within the unmount itself, before the host tears the session down.
  useLayoutEffect(() => () => afterCut(ctxNow.current, host, latest.current), [host]);
  const current = useCallback(() => latest.current, []);
  return [state, apply, current] as const;
}
