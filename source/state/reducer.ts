/**
 * The one reducer: every change to the state goes through here. It routes an action by screen and
 * focus to a small handler (navigate, nav, links, find, session); each handler is a pure function of
 * the context, the state and the action.
 */

import type { Action } from './actions.js';
import { stepChange } from './change-marks.js';
import { shiftCode, toggleCodeWrap } from './code-view.js';
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
import { edgeOfOutline, moveInOutline, revealSelection, stepNode } from './folds.js';
import { closeHelp, openHelp, reduceHelp } from './help.js';
import { panelLength } from './items.js';
import { followLink, openWebLink, stepLink } from './links.js';
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
import { reducePicker } from './picker.js';
import { markRead, noteRead, openChanges } from './read-actions.js';
import { reloadLibrary } from './reload.js';
import { entryOf, layoutOf, textRegion } from './screen.js';
import { restorePlace } from './session.js';
import type { AppState } from './state.js';

/** A reducer bound to its context. */
export type Reducer = (state: AppState, action: Action) => AppState;

/** Actions that are not keys keep the notice on screen. */
function keepsNotice(action: Action): boolean {
  return (
    action.type === 'resize' ||
    action.type === 'search-count' ||
    action.type === 'notice' ||
    action.type === 'reload' ||
    action.type === 'reload-failed'
  );
}

/** Creates the reducer for a session's briefings. */
export function createReducer(ctx: ReducerContext): Reducer {
  return (state, action) => {
    // A key clears the notice, and the effect the key before asked for (it has been done).
    const start =
      keepsNotice(action) || (state.notice === undefined && state.effect === undefined)
        ? state
        : { ...state, notice: undefined, effect: undefined };
    const next = reduce(ctx, start, action);
    return noteRead(ctx, next === start ? next : revealSelection(ctx, next));
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
    case 'notice':
      return { ...state, notice: action.text };
    case 'reload':
      return reloadLibrary(ctx, state, action.previous, action.quiet === true);
    case 'reload-failed':
      return { ...state, notice: `Briefing not updated: ${action.problem}` };
    default:
      if (state.overlay === 'help') return reduceHelp(ctx, state, action);
      return state.screen === 'picker' ? reducePicker(ctx, state, action) : reduceReader(ctx, state, action);
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
  // The sections list moves over the rows in view: a collapsed node's subsections are skipped.
  const tree = !inReader && state.panel === 'sections';
  switch (action.type) {
    case 'move':
      if (tree) return moveInOutline(ctx, state, action.by);
      return inReader
        ? scrollTo(ctx, state, state.reader.top + action.by)
        : selectRow(ctx, state, row + action.by);
    case 'page': {
      const rows = inReader ? textRegion(ctx, state).height : layout.list.height;
      const by = action.dir * pageOf(rows, action.half);
      if (tree) return moveInOutline(ctx, state, by);
      return inReader ? scrollTo(ctx, state, state.reader.top + by) : selectRow(ctx, state, row + by);
    }
    case 'edge': {
      if (tree) return edgeOfOutline(ctx, state, action.to);
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
    case 'node':
      return tree ? stepNode(ctx, state, action.dir) : state;
    case 'section-step':
      return stepSection(ctx, state, action.dir);
    case 'link-step':
      return inReader ? stepLink(ctx, state, action.dir) : state;
    case 'open-url':
      return openWebLink(ctx, state);
    case 'code-wrap':
      return inReader ? toggleCodeWrap(ctx, state) : state;
    case 'code-shift':
      return inReader ? shiftCode(ctx, state, action.dir) : state;
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
