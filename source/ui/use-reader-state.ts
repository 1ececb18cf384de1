import { useCallback, useMemo, useRef, useState } from 'react';
import type { RenderCache } from '../render/cache.js';
import type { Theme } from '../render/theme.js';
import type { Action } from '../state/actions.js';
import type { ReducerContext } from '../state/context.js';
import { createReducer } from '../state/reducer.js';
import type { AppState } from '../state/state.js';
import { withContent } from './open-content.js';

/**
 * The reader's state and its one way to change: `apply(action)`. Actions are reduced synchronously
 * against the latest state (not the state of the last render), because several keys can arrive in
 * one chunk (`/Zaporizhzhia⏎` typed or pasted) before React renders again.
 */
export function useReaderState(
  ctx: ReducerContext,
  initial: AppState,
  theme: Theme,
  cache: RenderCache,
  onChange: (previous: AppState, next: AppState, apply: (action: Action) => void) => void,
): readonly [AppState, (action: Action) => void, () => AppState] {
  const reduce = useMemo(() => createReducer(ctx), [ctx]);
  const latest = useRef<AppState | undefined>(undefined);
  if (latest.current === undefined) latest.current = withContent(reduce, ctx, initial, theme, cache);
  const [state, setState] = useState<AppState>(latest.current);
  const apply = useCallback(
    function apply(action: Action) {
      const previous = latest.current ?? initial;
      const next = withContent(reduce, ctx, reduce(previous, action), theme, cache);
      if (next === previous) return;
      latest.current = next;
      setState(next);
      onChange(previous, next, apply);
    },
    [reduce, ctx, theme, cache, initial, onChange],
  );
  const current = useCallback(() => latest.current ?? initial, [initial]);
  return [state, apply, current] as const;
}
