/**
 * The help overlay: opened from where you are (whose keys it lists first), scrolled with the reader's
 * keys, filtered with `/`. Its rows come from the context (the keymap's layout at the help's width),
 * so scrolling stops at its last page whatever the filter.
 */

import type { Action } from './actions.js';
import type { ReducerContext } from './context.js';
import { layoutOf } from './screen.js';
import { type AppState, CLOSED_HELP, type HelpContext, type HelpState } from './state.js';

/** Whose keys the help lists first: the picker's, the reader's (the overview too), or the list's. */
function contextOf(state: AppState): HelpContext {
  if (state.screen === 'picker') return 'picker';
  return state.focus === 'reader' ? 'reader' : 'nav';
}

export function openHelp(state: AppState): AppState {
  return { ...state, overlay: 'help', help: { ...CLOSED_HELP, context: contextOf(state) } };
}

export function closeHelp(state: AppState): AppState {
  return { ...state, overlay: 'none', help: CLOSED_HELP };
}

function rowsOf(ctx: ReducerContext, state: AppState, help: HelpState): { rows: number; page: number } {
  const region = layoutOf(ctx, state).help;
  return { rows: ctx.help(region.width, help.filter, help.context).rows.length, page: region.height };
}

function scrolled(ctx: ReducerContext, state: AppState, help: HelpState): AppState {
  const { rows, page } = rowsOf(ctx, state, help);
  const top = Math.min(Math.max(0, Math.round(help.top)), Math.max(0, rows - page));
  return { ...state, help: { ...help, top } };
}

/** An action while the help is open; any other key closes it. */
export function reduceHelp(ctx: ReducerContext, state: AppState, action: Action): AppState {
  const help = state.help;
  const { page } = rowsOf(ctx, state, help);
  switch (action.type) {
    case 'move':
      return scrolled(ctx, state, { ...help, top: help.top + action.by });
    case 'page':
      return scrolled(ctx, state, {
        ...help,
        top: help.top + action.dir * Math.max(1, action.half ? Math.floor(page / 2) : page - 1),
      });
    case 'edge':
      return scrolled(ctx, state, { ...help, top: action.to === 'start' ? 0 : Number.MAX_SAFE_INTEGER });
    case 'search-start':
      return { ...state, help: { ...help, typing: true } };
    case 'search-input':
      return scrolled(ctx, state, { ...help, filter: (help.filter + action.text).slice(0, 80), top: 0 });
    case 'search-delete':
      if (help.filter === '') return { ...state, help: { ...help, typing: false } };
      return scrolled(ctx, state, { ...help, filter: [...help.filter].slice(0, -1).join(''), top: 0 });
    case 'search-confirm':
      return { ...state, help: { ...help, typing: false } };
    case 'search-cancel':
      return { ...state, help: { ...help, typing: false, filter: '', top: 0 } };
    case 'back':
      // Esc clears a filter first, then closes.
      return help.filter === '' ? closeHelp(state) : { ...state, help: { ...help, filter: '', top: 0 } };
    case 'resize':
      return scrolled(ctx, state, help);
    default:
      return closeHelp(state);
  }
}
