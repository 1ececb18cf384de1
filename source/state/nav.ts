/**
 * The navigation column: moving the selection, opening the selected item, switching panels and
 * focus, and stepping through sections.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Direction } from './actions.js';
import type { ReducerContext } from './context.js';
import {
  hasOverview,
  indexOfItem,
  inNoList,
  itemAt,
  OVERVIEW,
  PANEL_LABELS,
  type PanelId,
  panelLength,
  panelOf,
  sameItem,
} from './items.js';
import { openItem } from './navigate.js';
import { entryOf, layoutOf, sideBySide } from './screen.js';
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
  return showSelection(ctx, { ...state, selection: { ...state.selection, [state.panel]: index } });
}

/**
 * In split mode, opens the current panel's selected item beside the list unless it is already open,
 * so the reader never shows one thing while the list selects another. It is browsing, like moving
 * in the list: the first browse keeps the item read before in the history, later ones replace it.
 * In single mode the reader is out of sight and keeps what it shows until Enter. An empty panel has
 * nothing to show, and the reader keeps its item.
 */
export function showSelection(ctx: ReducerContext, state: AppState): AppState {
  if (state.screen !== 'reader' || !sideBySide(layoutOf(ctx, state))) return state;
  const entry = entryOf(ctx, state);
  const item =
    entry === undefined ? undefined : itemAt(entry.briefing, state.panel, state.selection[state.panel]);
  if (item === undefined || sameItem(item, state.reader.item)) return state;
  return openItem(ctx, state, item, { how: 'browse' });
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

/**
 * Shows a panel's list and focuses it. Beside the list (split mode) the reader shows that panel's
 * selected item: switching panels is browsing, as moving in the list is.
 */
export function switchPanel(ctx: ReducerContext, state: AppState, panel: PanelId): AppState {
  return showSelection(ctx, { ...state, panel, focus: 'nav' });
}

/**
 * After a resize (or a return from the picker, which may have been resized), makes the two panes
 * agree where both are in view, the focused one leading: with
 * the list focused the reader shows its selection; with the reader focused the list selects the open
 * item. In single mode the panes may differ (the list was switched while the reader was out of
 * sight); a resize into split mode must not show them disagreeing side by side.
 */
export function alignPanes(ctx: ReducerContext, state: AppState): AppState {
  if (state.screen !== 'reader' || !sideBySide(layoutOf(ctx, state))) return state;
  const item = state.reader.item;
  if (state.focus === 'nav' || item === undefined) return showSelection(ctx, state);
  // The overview is in no list: the list keeps its selection.
  if (inNoList(item)) return state;
  const entry = entryOf(ctx, state);
  const row = entry === undefined ? -1 : indexOfItem(entry.briefing, item);
  if (row < 0) return state;
  const panel = panelOf(item.kind);
  if (state.panel === panel && state.selection[panel] === row) return state;
  return { ...state, panel, selection: { ...state.selection, [panel]: row } };
}

/**
 * Moves the focus to the other pane (with two panes, next and previous are the same move). The
 * reader needs an item, so focusing it with nothing open opens the selection.
 */
export function toggleFocus(ctx: ReducerContext, state: AppState): AppState {
  if (state.focus === 'reader') return showSelection(ctx, { ...state, focus: 'nav' });
  if (state.reader.item !== undefined) return { ...state, focus: 'reader' };
  return openSelected(ctx, state);
}

/** One level back: from the reader to the list; from the list to the library picker when there is one. */
export function goBack(ctx: ReducerContext, state: AppState): AppState {
  // Beside the list, the reader then shows the list's selection (the overview gives way to it).
  if (state.focus === 'reader') return showSelection(ctx, { ...state, focus: 'nav' });
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

/** Opens the briefing at a glance, focused; a briefing with nothing to overview says so. */
export function openOverview(ctx: ReducerContext, state: AppState): AppState {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  if (!hasOverview(entry.briefing)) {
    return {
      ...state,
      notice: 'No overview: this briefing has no summary, players, issues, timeline or figures.',
    };
  }
  return openItem(ctx, state, OVERVIEW, { how: 'push', focus: 'reader' });
}
