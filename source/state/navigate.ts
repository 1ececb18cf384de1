/**
 * The reader's moves: opening an item (with or without a history entry), going back and forward,
 * scrolling, and settling the scroll position whenever the content or the size changes.
 */

import type { ItemRef } from '../domain/types.js';
import type { Action } from './actions.js';
import type { BriefingContext, ReducerContext } from './context.js';
import { itemDocument } from './item-document.js';
import { indexOfItem, panelOf, sameItem } from './items.js';
import { computeLayout, type Layout } from './layout.js';
import { lineForAnchor, locateNeedles, locateOccurrence } from './locate.js';
import {
  type AppState,
  type Content,
  EMPTY_READER,
  type Focus,
  type HistoryEntry,
  type Landing,
  type ReaderTarget,
  type Spot,
} from './state.js';

/** History is capped so a long session cannot grow it without bound. */
export const HISTORY_LIMIT = 200;

/** The briefing the reader shows, if the library has it. */
export function entryOf(ctx: ReducerContext, state: AppState): BriefingContext | undefined {
  return ctx.library[state.briefing];
}

/** The layout at the state's terminal size. */
export function layoutOf(ctx: ReducerContext, state: AppState): Layout {
  return computeLayout(state.viewport, ctx.layout);
}

/** The open item's content, when it is the content of the open item (not one still being rendered). */
export function currentContent(state: AppState): Content | undefined {
  const { content, item } = state.reader;
  return content !== undefined && sameItem(content.item, item) ? content : undefined;
}

/** The largest `top`: the last page shows the last line at the bottom, or 0 for a short text. */
export function maxTop(content: Content, rows: number): number {
  return Math.max(0, content.plain.length - rows);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Lines of context kept above a target when jumping to it. */
function contextRows(rows: number): number {
  return Math.min(2, Math.floor((rows - 1) / 2));
}

/**
 * Brings the reader in line with its content: marks the target, jumps to it once, and otherwise
 * keeps `top` in bounds. With `fromAnchor`, `top` is recomputed from the word anchor: the text was
 * re-wrapped, and the same line of text should come back to the top.
 */
export function settle(ctx: ReducerContext, state: AppState, fromAnchor: boolean): AppState {
  const reader = state.reader;
  const content = currentContent(state);
  if (content === undefined) return state;
  const rows = layoutOf(ctx, state).readerRows;
  const max = maxTop(content, rows);
  let { top, anchor, linkCursor } = reader;
  let mark: Spot | undefined;
  const target = reader.target;
  if (target?.kind === 'link') {
    mark = content.links[target.index];
    if (mark !== undefined && reader.jump) linkCursor = target.index;
  } else if (target?.kind === 'text') {
    mark = locateOccurrence(content.plain, target.text, target.occurrence, ctx.findMatches);
  }
  if (reader.jump && mark !== undefined) {
    top = clamp(mark.line - contextRows(rows), 0, max);
    anchor = content.anchors[top] ?? 0;
  } else if (reader.jump || fromAnchor) {
    const landing = reader.landing;
    const exact = landing?.width === content.width && content.anchors[landing.top] === anchor;
    // Anchor 0 is the very top, with any wordless lines (a rule, a blank) before the first word.
    const line = exact ? landing.top : anchor <= 0 ? 0 : lineForAnchor(content.anchors, anchor);
    top = clamp(line, 0, max);
  } else {
    top = clamp(top, 0, max);
  }
  if (linkCursor !== undefined && content.links[linkCursor] === undefined) linkCursor = undefined;
  return { ...state, reader: { ...reader, top, anchor, mark, linkCursor, jump: false, landing: undefined } };
}

/** Scrolls the reader to a line, in bounds; the anchor follows the new top line. */
export function scrollTo(ctx: ReducerContext, state: AppState, line: number): AppState {
  const content = currentContent(state);
  if (content === undefined) return state;
  const top = clamp(Math.round(line), 0, maxTop(content, layoutOf(ctx, state).readerRows));
  if (top === state.reader.top) return state;
  return { ...state, reader: { ...state.reader, top, anchor: content.anchors[top] ?? 0 } };
}

/** How an item is opened: a jump (adds history), browsing (replaces a browsed item), or a return to a place. */
export type OpenHow = 'push' | 'browse' | 'restore';

/** Options of `openItem`. */
export interface OpenOptions {
  readonly how: OpenHow;
  /** Word anchor to open at; the top by default. */
  readonly anchor?: number;
  /** The exact line of the anchor at a width, from a history entry. */
  readonly landing?: Landing;
  readonly target?: ReaderTarget;
  /** The link to highlight, from a history entry; dropped if the content has no such link. */
  readonly linkCursor?: number;
  readonly focus?: Focus;
}

/** The open item's place, for the history. */
function entryOfReader(state: AppState): HistoryEntry | undefined {
  const { item, anchor, top, linkCursor } = state.reader;
  if (item === undefined) return undefined;
  const content = currentContent(state);
  const place: HistoryEntry =
    content === undefined ? { item, anchor } : { item, anchor, landing: { top, width: content.width } };
  return linkCursor === undefined ? place : { ...place, linkCursor };
}

function pushEntry(stack: readonly HistoryEntry[], entry: HistoryEntry): readonly HistoryEntry[] {
  const next = [...stack, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/**
 * Opens an item in the reader and selects it in its panel. Opening the item already open keeps its
 * content and place (a new target or anchor moves within it). Otherwise the open item goes onto the
 * back stack when this is a jump, or when browsing starts from an item opened on purpose; either
 * way the forward stack is cleared, as in a browser.
 */
export function openItem(
  ctx: ReducerContext,
  state: AppState,
  item: ItemRef,
  options: OpenOptions,
): AppState {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const row = indexOfItem(entry.briefing, item);
  if (row < 0) return state;
  const panel = panelOf(item.kind);
  const synced: AppState = {
    ...state,
    panel,
    selection: { ...state.selection, [panel]: row },
    focus: options.focus ?? state.focus,
  };
  const current = state.reader;
  if (sameItem(current.item, item)) {
    const reader = {
      ...current,
      transient: options.how === 'browse' ? current.transient : false,
      ...(options.target === undefined ? {} : { target: options.target, jump: true }),
      ...(options.anchor === undefined ? {} : { anchor: options.anchor, landing: options.landing }),
      ...(options.linkCursor === undefined ? {} : { linkCursor: options.linkCursor }),
    };
    return settle(ctx, { ...synced, reader }, options.anchor !== undefined);
  }
  let { back, forward } = state.history;
  const leaving = entryOfReader(state);
  if (leaving !== undefined && (options.how === 'push' || (options.how === 'browse' && !current.transient))) {
    back = pushEntry(back, leaving);
  }
  if (options.how !== 'restore') forward = [];
  const reader = {
    ...EMPTY_READER,
    item,
    anchor: options.anchor ?? 0,
    landing: options.landing,
    transient: options.how === 'browse',
    target: options.target,
    jump: options.target !== undefined,
    linkCursor: options.linkCursor,
  };
  return { ...synced, reader, history: { back, forward } };
}

/** Back or forward through the history, restoring the item and its place. */
export function historyStep(ctx: ReducerContext, state: AppState, dir: 'back' | 'forward'): AppState {
  const from = dir === 'back' ? state.history.back : state.history.forward;
  const entry = from.at(-1);
  if (entry === undefined) {
    return { ...state, notice: dir === 'back' ? 'Nothing to go back to.' : 'Nothing to go forward to.' };
  }
  const rest = from.slice(0, -1);
  const leaving = entryOfReader(state);
  const other = dir === 'back' ? state.history.forward : state.history.back;
  const moved = leaving === undefined ? other : pushEntry(other, leaving);
  const history = dir === 'back' ? { back: rest, forward: moved } : { back: moved, forward: rest };
  return openItem(ctx, { ...state, history }, entry.item, {
    how: 'restore',
    anchor: entry.anchor,
    focus: 'reader',
    ...(entry.landing === undefined ? {} : { landing: entry.landing }),
    ...(entry.linkCursor === undefined ? {} : { linkCursor: entry.linkCursor }),
  });
}

/**
 * Takes the UI's rendering of the open item (a rendering of another item is stale and ignored),
 * places the item's links in it, and keeps the place: the same top line when only the length of the
 * page changed, the same anchored text when the width did.
 */
export function applyContent(
  ctx: ReducerContext,
  state: AppState,
  action: Extract<Action, { type: 'content' }>,
): AppState {
  const item = state.reader.item;
  const entry = entryOf(ctx, state);
  if (item === undefined || entry === undefined || !sameItem(action.item, item)) return state;
  const plain = action.plain;
  const anchors = plain.map((_, i) => action.anchors[i] ?? action.anchors.at(-1) ?? 0);
  const needles = itemDocument(entry, item)?.links ?? [];
  const found = action.links ?? locateNeedles(plain, needles);
  const links = needles.map((_, i) => {
    const spot = found[i];
    return spot !== undefined && spot.line >= 0 && spot.line < plain.length ? spot : undefined;
  });
  const previous = currentContent(state);
  const rewrapped =
    previous === undefined || previous.width !== action.width || previous.plain.length !== plain.length;
  const content: Content = { item, width: action.width, plain, anchors, links };
  return settle(ctx, { ...state, reader: { ...state.reader, content } }, rewrapped);
}
