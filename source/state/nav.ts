/**
 * The navigation column: moving the selection, opening the selected item, switching panels and
 * focus, and stepping through sections.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Direction } from './actions.js';
import type { ReducerContext } from './context.js';
import { itemAt, PANEL_LABELS, type PanelId, panelLength, sameItem } from './items.js';
import { entryOf, layoutOf, openItem } from './navigate.js';
import type { AppState } from './state.js';

/**
 * Selects a row of the current panel, in bounds. In split mode the reader follows the selection
 * (browsing: the first browse keeps the item read before in the history, later ones replace).
 */
export function selectRow(ctx: ReducerContext, state: AppState, row: number): AppState {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const length = panelLength(entry.briefing, state.panel);
  const index = Math.min(Math.max(0, length - 1), Math.max(0, Math.round(row)));
  const selected: AppState = { ...state, selection: { ...state.selection, [state.panel]: index } };
  const item = itemAt(entry.briefing, state.panel, index);
  if (item === undefined || layoutOf(ctx, state).mode !== 'split' || sameItem(item, state.reader.item)) {
    return selected;
  }
  return openItem(ctx, selected, item, { how: 'browse' });
}

function emptyPanelNotice(panel: PanelId): string {
  return `No ${PANEL_LABELS[panel].toLowerCase()} in this briefing.`;
}

/** Opens the selected item in the reader and focuses it; the item already open keeps its place. */
export function openSelected(ctx: ReducerContext, state: AppState): AppState {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const item = itemAt(entry.briefing, state.panel, state.selection[state.panel]);
  if (item === undefined) return { ...state, notice: emptyPanelNotice(state.panel) };
  return openItem(ctx, state, item, { how: 'push', focus: 'reader' });
}

/** Shows a panel's list and focuses it; the reader keeps what it shows. */
export function switchPanel(state: AppState, panel: PanelId): AppState {
  return { ...state, panel, focus: 'nav' };
}

/**
 * Moves the focus to the other pane (with two panes, next and previous are the same move). The
 * reader needs an item, so focusing it with nothing open opens the selection.
 */
export function toggleFocus(ctx: ReducerContext, state: AppState): AppState {
  if (state.focus === 'reader') return { ...state, focus: 'nav' };
  if (state.reader.item !== undefined) return { ...state, focus: 'reader' };
  return openSelected(ctx, state);
}

/** One level back: from the reader to the list; from the list to the library picker when there is one. */
export function goBack(ctx: ReducerContext, state: AppState): AppState {
  if (state.focus === 'reader') return { ...state, focus: 'nav' };
  if (ctx.library.length > 1)
    return { ...state, screen: 'picker', picker: { ...state.picker, selection: state.briefing } };
  return { ...state, notice: 'Already at the top level.' };
}

/**
 * Opens the previous or next section, from the open section (or the section selected last when
 * something else is open). Stepping is browsing: it does not fill the history one section at a time.
 */
export function stepSection(ctx: ReducerContext, state: AppState, dir: Direction): AppState {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const sections = entry.briefing.sections;
  if (sections.length === 0) return { ...state, notice: emptyPanelNotice('sections') };
  const open = state.reader.item;
  const from =
    open?.kind === 'section' ? lookupOf(entry.briefing).sections.indexOf(open.id) : state.selection.sections;
  const to = from + dir;
  if (to < 0) return { ...state, notice: 'This is the first section.' };
  if (to >= sections.length) return { ...state, notice: 'This is the last section.' };
  const item = itemAt(entry.briefing, 'sections', to);
  if (item === undefined) return state;
  return openItem(ctx, state, item, { how: 'browse', focus: 'reader' });
}
