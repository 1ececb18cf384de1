/**
 * Starting, switching and resuming: the initial state, the library picker, and the saved reading
 * place (`placeOf` to save it, `restore` to come back to it).
 */

import type { LibraryContext, ReducerContext } from './context.js';
import { hasOverview, indexOfItem, itemAt, OVERVIEW, type ReaderItem } from './items.js';
import type { Viewport } from './layout.js';
import { alignPanes } from './nav.js';
import { entryOf, openItem } from './navigate.js';
import type { ReadState } from './reads.js';
import { type AppState, CLOSED_HELP, EMPTY_READER, EMPTY_SEARCH, FIRST_ROWS, type Place } from './state.js';

/** Options of `initialState`. */
export interface InitialOptions {
  readonly viewport: Viewport;
  /** A place saved by an earlier run, to resume at. */
  readonly place?: Place;
  /** What the reader had read, when the host keeps it (./reads.ts). */
  readonly reads?: ReadState;
}

/**
 * A new session: the reader on the first section when one briefing is open, the picker when several
 * are; at a saved place when one is given and still exists.
 */
export function initialState(ctx: ReducerContext, options: InitialOptions): AppState {
  const base: AppState = {
    screen: ctx.library.length === 1 ? 'reader' : 'picker',
    picker: { selection: 0, visited: false, filter: '', typing: false },
    briefing: 0,
    viewport: { width: options.viewport.width, height: options.viewport.height },
    panel: 'sections',
    selection: FIRST_ROWS,
    folds: {},
    focus: 'nav',
    reader: EMPTY_READER,
    history: { back: [], forward: [] },
    search: EMPTY_SEARCH,
    overlay: 'none',
    help: CLOSED_HELP,
    notice: undefined,
    quit: false,
    ...(options.reads === undefined ? {} : { reads: options.reads }),
  };
  const started = base.screen === 'reader' ? readBriefing(ctx, base, 0) : base;
  return options.place === undefined ? started : restorePlace(ctx, started, options.place);
}

/**
 * Shows a briefing from the top: lists on their first rows, no history, no search, and its overview,
 * focused; a briefing with nothing to overview (any Markdown file) opens on its first section instead
 * (shown beside the list in split mode; Enter shows it in single mode).
 */
export function readBriefing(ctx: ReducerContext, state: AppState, index: number): AppState {
  const fresh: AppState = {
    ...state,
    screen: 'reader',
    picker: { ...state.picker, selection: index, visited: true, typing: false },
    briefing: index,
    panel: 'sections',
    selection: FIRST_ROWS,
    focus: 'nav',
    reader: EMPTY_READER,
    history: { back: [], forward: [] },
    search: EMPTY_SEARCH,
    overlay: 'none',
  };
  const entry = ctx.library[index];
  if (entry !== undefined && hasOverview(entry.briefing)) {
    return openItem(ctx, fresh, OVERVIEW, { how: 'browse', focus: 'reader' });
  }
  const first = entry === undefined ? undefined : itemAt(entry.briefing, 'sections', 0);
  return first === undefined ? fresh : openItem(ctx, fresh, first, { how: 'browse' });
}

/** Reads the picked briefing: where it was left when it is the one just read, from the top otherwise. */
export function pickBriefing(ctx: ReducerContext, state: AppState): AppState {
  const index = state.picker.selection;
  if (ctx.library[index] === undefined) return { ...state, notice: 'No briefing to read.' };
  // Back to the briefing being read: the terminal may have been resized meanwhile.
  if (state.picker.visited && index === state.briefing)
    return alignPanes(ctx, { ...state, screen: 'reader' });
  return readBriefing(ctx, state, index);
}

/** Leaves the picker for the briefing being read, if one was opened. */
export function leavePicker(ctx: ReducerContext, state: AppState): AppState {
  if (!state.picker.visited) return { ...state, notice: 'Pick a briefing to read.' };
  return alignPanes(ctx, {
    ...state,
    screen: 'reader',
    picker: { ...state.picker, selection: state.briefing },
  });
}

/** The item a place names. */
function placeItem(place: Place): ReaderItem {
  if ('itemId' in place) return { kind: place.itemKind, id: place.itemId };
  if ('index' in place) return { kind: place.itemKind, index: place.index };
  return OVERVIEW;
}

/** The reading place to save: the briefing, the open item and the word anchor of its top line. */
export function placeOf(ctx: ReducerContext, state: AppState): Place | undefined {
  const entry = entryOf(ctx, state);
  const item = state.reader.item;
  if (entry === undefined || item === undefined) return undefined;
  const common = { briefingId: entry.briefing.id, anchor: state.reader.anchor };
  if ('id' in item) return { ...common, itemKind: item.kind, itemId: item.id };
  if ('index' in item) return { ...common, itemKind: item.kind, index: item.index };
  // The Changes view is no place to come back to: what it lists will have been read.
  if (item.kind === 'changes') return undefined;
  return { ...common, itemKind: 'overview' };
}

/**
 * Goes to a saved place, with the reader focused. A place whose briefing is not open or whose item is
 * gone leaves the state as it was, with a notice.
 */
export function restorePlace(ctx: ReducerContext, state: AppState, place: Place): AppState {
  const index = ctx.library.findIndex((entry) => entry.briefing.id === place.briefingId);
  const entry = ctx.library[index];
  if (entry === undefined) {
    return { ...state, notice: `The saved place is in briefing "${place.briefingId}", which is not open.` };
  }
  const item = placeItem(place);
  if (indexOfItem(entry.briefing, item) < 0) {
    return { ...state, notice: `The saved place is no longer in briefing "${place.briefingId}".` };
  }
  const anchor = Number.isFinite(place.anchor) && place.anchor > 0 ? Math.floor(place.anchor) : 0;
  const fresh = readBriefing(ctx, state, index);
  return openItem(ctx, fresh, item, { how: 'restore', anchor, focus: 'reader' });
}

/** Reading places by briefing id, kept by the host (a file locally; per client over SSH, or none). */
export interface PlaceBook {
  get(briefingId: string): Place | undefined;
  put(place: Place): void;
}

/** Which briefings a session reads, and the place it starts at. */
export interface StartChoice<T extends LibraryContext> {
  /** The library, or only the named briefing when one was asked for. */
  readonly shared: T;
  /** The saved place of the one briefing read, when there is one. */
  readonly place: Place | undefined;
}

/**
 * The one decision of what a session opens, for the local reader, SSH sessions and the plain mode
 * alike: a named briefing (an SSH user name that is a briefing id) opens like a library of one, with
 * no picker on the way in; a single briefing resumes at its saved place.
 */
export function chooseStart<T extends LibraryContext>(
  shared: T,
  options: { readonly briefingId?: string | undefined; readonly places?: PlaceBook | undefined } = {},
): StartChoice<T> {
  const { briefingId, places } = options;
  const index = briefingId === undefined ? -1 : shared.library.findIndex((e) => e.briefing.id === briefingId);
  const named = shared.library[index];
  const scoped: T = named === undefined ? shared : { ...shared, library: [named] };
  const only = scoped.library.length === 1 ? scoped.library[0] : undefined;
  return { shared: scoped, place: only === undefined ? undefined : places?.get(only.briefing.id) };
}

/**
 * The place to save when a state gives way to the next: the briefing being read, when the reader
 * leaves it for the picker or quits. Undefined when nothing was left.
 */
export function placeLeft(ctx: ReducerContext, previous: AppState, next: AppState): Place | undefined {
  const left = previous.screen === 'reader' && (next.screen === 'picker' || (next.quit && !previous.quit));
  return left ? placeOf(ctx, previous) : undefined;
}
