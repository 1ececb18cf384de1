/**
 * The one reducer: every change to the state goes through here. It routes an action by screen and
 * focus to a small handler (navigate, nav, links, find, session); each handler is a pure function of
 * the context, the state and the action.
 */

import type { Action } from './actions.js';
import { stepChange } from './change-marks.js';
import { currentContent } from './content.js';
import type { ReducerContext } from './context.js';
import {
  cancelSearch,
  confirmSearch,
  countSearch,
  deleteSearch,
  startSearch,
  stepSearch,
  typeSearch,
} from './find.js';
import { closeHelp, openHelp, reduceHelp } from './help.js';
import { panelLength } from './items.js';
import { followLink, stepLink } from './links.js';
import {
  alignPanes,
  goBack,
  openOverview,
  openSelected,
  selectRow,
  stepSection,
  switchPanel,
  toggleFocus,
} from './nav.js';
import { historyStep, maxTop, resize, scrollTo } from './navigate.js';
import { markRead, noteRead, openChanges } from './read-actions.js';
import { reloadLibrary } from './reload.js';
import { entryOf, layoutOf, textRegion } from './screen.js';
import { leavePicker, pickBriefing, pickRow, restorePlace } from './session.js';
import type { AppState } from './state.js';

/** A reducer bound to its context. */
export type Reducer = (state: AppState, action: Action) => AppState;

/** Actions that are not keys keep the notice on screen. */
function keepsNotice(action: Action): boolean {
  return (
    action.type === 'resize' ||
    action.type === 'search-count' ||
    action.type === 'reload' ||
    action.type === 'reload-failed'
  );
}

/** Creates the reducer for a session's briefings. */
export function createReducer(ctx: ReducerContext): Reducer {
  return (state, action) => {
    const start = keepsNotice(action) || state.notice === undefined ? state : { ...state, notice: undefined };
    return noteRead(ctx, reduce(ctx, start, action));
  };
}

function reduce(ctx: ReducerContext, state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'quit':
      return { ...state, quit: true };
    case 'help':
      return action.open ? openHelp(state) : closeHelp(state);
    case 'resize': {
      const resized = alignPanes(ctx, resize(ctx, state, action.width, action.height));
      return resized.overlay === 'help' ? reduceHelp(ctx, resized, action) : resized;
    }
    case 'restore':
      return restorePlace(ctx, state, action.place);
    case 'search-count':
      return countSearch(ctx, state);
    case 'reload':
      return reloadLibrary(ctx, state, action.previous);
    case 'reload-failed':
      return { ...state, notice: `Briefing not updated: ${action.problem}` };
    default:
      if (state.overlay === 'help') return reduceHelp(ctx, state, action);
      return state.screen === 'picker' ? reducePicker(ctx, state, action) : reduceReader(ctx, state, action);
  }
}

function reducePicker(ctx: ReducerContext, state: AppState, action: Action): AppState {
  const row = state.picker.selection;
  switch (action.type) {
    case 'move':
      return pickRow(ctx, state, row + action.by);
    case 'page':
      return pickRow(
        ctx,
        state,
        row + action.dir * pageOf(layoutOf(ctx, state).pickerList.height, action.half),
      );
    case 'edge':
      return pickRow(ctx, state, action.to === 'start' ? 0 : ctx.library.length - 1);
    case 'open':
      return pickBriefing(ctx, state);
    case 'back':
      return leavePicker(ctx, state);
    default:
      return state;
  }
}

/** Lines in a page: the whole view but one line kept for context; half of it for half pages. */
export function pageOf(rows: number, half = false): number {
  return Math.max(1, half ? Math.floor(rows / 2) : rows - 1);
}

function reduceReader(ctx: ReducerContext, state: AppState, action: Action): AppState {
  const inReader = state.focus === 'reader';
  const layout = layoutOf(ctx, state);
  const row = state.selection[state.panel];
  switch (action.type) {
    case 'move':
      return inReader
        ? scrollTo(ctx, state, state.reader.top + action.by)
        : selectRow(ctx, state, row + action.by);
    case 'page': {
      const rows = inReader ? textRegion(ctx, state).height : layout.list.height;
      const by = action.dir * pageOf(rows, action.half);
      return inReader ? scrollTo(ctx, state, state.reader.top + by) : selectRow(ctx, state, row + by);
    }
    case 'edge': {
      if (!inReader) {
        const entry = entryOf(ctx, state);
        const last = entry === undefined ? 0 : panelLength(entry.briefing, state.panel) - 1;
        return selectRow(ctx, state, action.to === 'start' ? 0 : last);
      }
      const content = currentContent(ctx, state);
      const end = content === undefined ? 0 : maxTop(content, textRegion(ctx, state).height);
      return scrollTo(ctx, state, action.to === 'start' ? 0 : end);
    }
    case 'open':
      return inReader ? followLink(ctx, state) : openSelected(ctx, state);
    case 'back':
      return goBack(ctx, state);
    case 'history':
      return historyStep(ctx, state, action.dir);
    case 'panel':
      return switchPanel(ctx, state, action.panel);
    case 'overview':
      return openOverview(ctx, state);
    case 'changes':
      return openChanges(ctx, state);
    case 'mark-read':
      return markRead(ctx, state);
    case 'focus':
      return toggleFocus(ctx, state);
    case 'section-step':
      return stepSection(ctx, state, action.dir);
    case 'link-step':
      return inReader ? stepLink(ctx, state, action.dir) : state;
    case 'search-start':
      return startSearch(state);
    case 'search-input':
      return typeSearch(state, action.text);
    case 'search-delete':
      return deleteSearch(state);
    case 'search-confirm':
      return confirmSearch(ctx, state);
    case 'search-cancel':
      return cancelSearch(state);
    case 'search-step':
      // With no search, n and N go through the changed sentences of the open item.
      return (
        (state.search.query === '' && stepChange(ctx, state, action.dir)) ||
        stepSearch(ctx, state, action.dir)
      );
    default:
      return state;
  }
}
