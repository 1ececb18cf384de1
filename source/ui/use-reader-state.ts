import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Action } from '../state/actions.js';
import type { ReducerContext } from '../state/context.js';
import { createReducer, type Reducer } from '../state/reducer.js';
import type { AppState } from '../state/state.js';
import { afterChange, afterCut, type EffectHost } from './effects.js';

/**
 * The reader's state and its one way to change: `apply(action)`. Actions are reduced synchronously
 * against the latest state (not the state of the last render), because several keys can arrive in
 * one chunk (`/Zaporizhzhia⏎` typed or pasted) before React renders again. Every change goes
 * through `afterChange` (./effects.ts), and an unmount that was not a quit through `afterCut`.
 * `swap(ctx)` takes a new version of the library: the context changes with the state, in one step,
 * through the `reload` action (state/reload.ts). The context in use is returned with the state.
 */
export function useReaderState(
  initialCtx: ReducerContext,
  initial: AppState,
  host: EffectHost,
): readonly [
  AppState,
  (action: Action) => void,
  () => AppState,
  ReducerContext,
  (ctx: ReducerContext, quiet?: boolean) => void,
] {
  const ctxRef = useRef(initialCtx);
  const reducers = useMemo(() => new WeakMap<ReducerContext, Reducer>(), []);
  const reducerOf = useCallback(
    (ctx: ReducerContext) => {
      let reduce = reducers.get(ctx);
      if (reduce === undefined) {
        reduce = createReducer(ctx);
        reducers.set(ctx, reduce);
      }
      return reduce;
    },
    [reducers],
  );
  const latest = useRef<AppState>(initial);
  const [view, setView] = useState<{ ctx: ReducerContext; state: AppState }>({
    ctx: initialCtx,
    state: initial,
  });
  const apply = useCallback(
    function apply(action: Action) {
      const ctx = ctxRef.current;
      const previous = latest.current;
      const next = reducerOf(ctx)(previous, action);
      if (next === previous) return;
      latest.current = next;
      setView({ ctx, state: next });
      const follow = afterChange(ctx, host, previous, next);
      if (follow !== undefined) apply(follow);
    },
    [reducerOf, host],
  );
  const swap = useCallback(
    (ctx: ReducerContext, quiet = false) => {
      const previous = ctxRef.current;
      if (previous === ctx) return;
      ctxRef.current = ctx;
      apply({ type: 'reload', previous, quiet });
      // Drawn from the new library even when the state came through unchanged.
      setView({ ctx, state: latest.current });
    },
    [apply],
  );
  // A layout effect: its cleanup runs within the unmount itself, before the host tears the session down.
  useLayoutEffect(() => () => afterCut(ctxRef.current, host, latest.current), [host]);
  const current = useCallback(() => latest.current, []);
  return [view.state, apply, current, view.ctx, swap] as const;
}
