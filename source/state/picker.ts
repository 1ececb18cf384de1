/**
 * The library picker: moving over the briefings, filtering them by title and file name as the help
 * filters its keys (`/`, type, Enter keeps the filter, Esc clears it), and reading the one picked.
 * Each briefing takes two rows on screen (its title and facts, then the first line of its summary).
 */

import { stripAllControl } from '../render/ansi.js';
import type { Action } from './actions.js';
import type { LibraryContext, ReducerContext } from './context.js';
import { windowAround } from './layout.js';
import { pickerEntry } from './picker-rows.js';
import { layoutOf } from './screen.js';
import { leavePicker, pickBriefing } from './session.js';
import type { AppState } from './state.js';

/** Rows of the screen one briefing takes in the picker. */
const PICKER_ENTRY_ROWS = 2;

/** The longest filter kept; the help's filter has the same bound. */
const FILTER_MAX = 80;

const matchCache = new WeakMap<LibraryContext, { filter: string; rows: readonly number[] }>();

/** The briefings whose title or file path holds the filter (case-insensitive), as library indexes. */
export function pickerMatches(ctx: LibraryContext, filter: string): readonly number[] {
  const cached = matchCache.get(ctx);
  if (cached?.filter === filter) return cached.rows;
  const needle = filter.toLowerCase();
  const rows: number[] = [];
  ctx.library.forEach((item, index) => {
    const entry = pickerEntry(item.briefing);
    if (needle === '' || `${entry.title}\n${entry.file}`.toLowerCase().includes(needle)) rows.push(index);
  });
  matchCache.set(ctx, { filter, rows });
  return rows;
}

/** How many briefings a screen of the picker shows. */
function pickerPageSize(ctx: ReducerContext, state: AppState): number {
  return Math.max(1, Math.floor(layoutOf(ctx, state).pickerList.height / PICKER_ENTRY_ROWS));
}

/** The briefings in view (positions among the matches), the selected one near the middle. */
export function pickerView(
  ctx: ReducerContext,
  state: AppState,
): { rows: readonly number[]; position: number; start: number; end: number } {
  const rows = pickerMatches(ctx, state.picker.filter);
  const position = Math.max(0, rows.indexOf(state.picker.selection));
  return { rows, position, ...windowAround(position, rows.length, pickerPageSize(ctx, state)) };
}

/** Selects the match at a position among the matches, in bounds. */
function pickAt(ctx: ReducerContext, state: AppState, position: number): AppState {
  const rows = pickerMatches(ctx, state.picker.filter);
  const row = rows[Math.min(rows.length - 1, Math.max(0, Math.round(position)))];
  return row === undefined ? state : { ...state, picker: { ...state.picker, selection: row } };
}

/** A new filter: the selection stays when it still matches, else goes to the first match. */
function filterTo(ctx: ReducerContext, state: AppState, filter: string, typing: boolean): AppState {
  // What is typed is drawn back (the title row, the footer): no control or bidi character is kept.
  const clean = stripAllControl(filter);
  const picker = { ...state.picker, filter: [...clean].slice(0, FILTER_MAX).join(''), typing };
  const rows = pickerMatches(ctx, picker.filter);
  const selection = rows.includes(picker.selection) ? picker.selection : (rows[0] ?? picker.selection);
  return { ...state, picker: { ...picker, selection } };
}

/** An action on the picker screen. */
export function reducePicker(ctx: ReducerContext, state: AppState, action: Action): AppState {
  const { picker } = state;
  const position = pickerView(ctx, state).position;
  switch (action.type) {
    case 'move':
      return pickAt(ctx, state, position + action.by);
    case 'page': {
      const page = pickerPageSize(ctx, state);
      const by = action.half ? Math.max(1, Math.floor(page / 2)) : Math.max(1, page - 1);
      return pickAt(ctx, state, position + action.dir * by);
    }
    case 'edge':
      return pickAt(ctx, state, action.to === 'start' ? 0 : Number.MAX_SAFE_INTEGER);
    case 'open':
      if (pickerMatches(ctx, picker.filter).length === 0)
        return { ...state, notice: `No briefing's title or file name holds "${picker.filter}".` };
      return pickBriefing(ctx, state);
    case 'back':
      // Esc clears a filter first, then leaves the picker, as in the help.
      return picker.filter === '' ? leavePicker(ctx, state) : filterTo(ctx, state, '', false);
    case 'search-start':
      return { ...state, picker: { ...picker, typing: true } };
    case 'search-input':
      return filterTo(ctx, state, picker.filter + action.text, true);
    case 'search-delete':
      if (picker.filter === '') return { ...state, picker: { ...picker, typing: false } };
      return filterTo(ctx, state, [...picker.filter].slice(0, -1).join(''), true);
    case 'search-confirm':
      return { ...state, picker: { ...picker, typing: false } };
    case 'search-cancel':
      return filterTo(ctx, state, '', false);
    default:
      return state;
  }
}

const labelCache = new WeakMap<LibraryContext, readonly string[]>();

/**
 * How the picker names each briefing's file: its name alone when no other file in the library has
 * that name, else with as many folders as tell it apart (`ssh2/README.md`, `ink/README.md`).
 */
export function fileLabels(ctx: LibraryContext): readonly string[] {
  const cached = labelCache.get(ctx);
  if (cached !== undefined) return cached;
  const paths = ctx.library.map((item) => item.briefing.file.split(/[/\\]/).filter((part) => part !== ''));
  const labels = paths.map((parts, index) => {
    for (let take = 1; take < parts.length; take++) {
      const tail = parts.slice(-take).join('/');
      if (paths.every((other, i) => i === index || other.slice(-take).join('/') !== tail)) return tail;
    }
    return parts.join('/');
  });
  labelCache.set(ctx, labels);
  return labels;
}
