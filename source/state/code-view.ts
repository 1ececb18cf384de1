/**
 * Long code lines wrapped (the default) or whole and scrolled sideways: `w` switches, `<` and `>`
 * scroll. Only lines wider than the reader move; the prose around them stays put.
 */

import { maxShift } from '../render/unwrap.js';
import type { Direction } from './actions.js';
import { currentContent } from './content.js';
import type { ReducerContext } from './context.js';
import { settle } from './navigate.js';
import { textRegion } from './screen.js';
import type { AppState } from './state.js';

/** Whether code lines are shown whole, and from which column. */
export interface CodeView {
  readonly unwrapped: boolean;
  readonly left: number;
}

const WRAPPED: CodeView = { unwrapped: false, left: 0 };

/** The code view of a state: wrapped unless asked otherwise. */
export function codeViewOf(state: AppState): CodeView {
  return state.code ?? WRAPPED;
}

/** The column the open item's wide lines are drawn from: the one asked for, within what there is to see. */
export function codeShift(ctx: ReducerContext, state: AppState): number {
  const view = codeViewOf(state);
  if (!view.unwrapped || view.left === 0) return 0;
  const content = currentContent(ctx, state);
  return content === undefined ? 0 : Math.min(view.left, maxShift(content.text, content.width));
}

/** `w`: wrap long code lines, or show them whole; the line at the top stays at the top. */
export function toggleCodeWrap(ctx: ReducerContext, state: AppState): AppState {
  const unwrapped = !codeViewOf(state).unwrapped;
  const next = settle(ctx, { ...state, code: { unwrapped, left: 0 } }, { fromAnchor: true });
  return {
    ...next,
    notice: unwrapped ? 'Code lines whole: < > scroll, w wraps' : 'Code lines wrapped',
  };
}

/** `<` and `>`: scroll the wide lines sideways by a quarter of the reader (unwrapping them first). */
export function shiftCode(ctx: ReducerContext, state: AppState, dir: Direction): AppState {
  const view = codeViewOf(state);
  if (!view.unwrapped) {
    if (dir < 0) return state;
    return toggleCodeWrap(ctx, state);
  }
  const content = currentContent(ctx, state);
  const most = content === undefined ? 0 : maxShift(content.text, content.width);
  if (most === 0) return { ...state, notice: 'No code line here is wider than the reader.' };
  const step = Math.max(8, Math.floor(textRegion(ctx, state).width / 4));
  const left = Math.min(most, Math.max(0, Math.min(view.left, most) + dir * step));
  return left === view.left ? state : { ...state, code: { unwrapped: true, left } };
}
