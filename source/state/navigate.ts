/**
 * The reader's moves: opening an item (with or without a history entry), going back and forward,
 * scrolling, and settling the scroll position whenever the item or the size changes.
 */

import { type Content, currentContent } from './content.js';
import type { ReducerContext } from './context.js';
import { indexOfItem, inNoList, panelOf, type ReaderItem, sameItem } from './items.js';
import { lastAtMost, locateOccurrence } from './locate.js';
import { entryOf, textRegion } from './screen.js';
import {
  type AppState,
  EMPTY_READER,
  type Focus,
  type HistoryEntry,
  type Landing,
  type ReaderTarget,
  type Spot,
} from './state.js';

/** History is capped so a long session cannot grow it without bound. */
export const HISTORY_LIMIT = 200;

export { entryOf, layoutOf } from './screen.js';

/** The largest `top`: the last page shows the last line at the bottom, or 0 for a short text. */
export function maxTop(content: Pick<Content, 'plain'>, rows: number): number {
  return Math.max(0, content.plain.length - rows);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function sameSpot(a: Spot | undefined, b: Spot | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.line === b.line && a.column === b.column && a.length === b.length;
}

/** Lines of context kept above a target when jumping to it. */
function contextRows(rows: number): number {
  return Math.min(2, Math.floor((rows - 1) / 2));
}

/** How `settle` finds the top line. */
export interface SettleHow {
  /** Scroll to the target (a followed link, a search hit). */
  readonly jump?: boolean;
  /** The text was re-wrapped or the item newly opened: find the top line again from the word anchor. */
  readonly fromAnchor?: boolean;
  /** The exact line to come back to, when the text is at the width it was left at. */
  readonly landing?: Landing;
}

/**
 * Brings the reader in line with what is on screen: marks the target, jumps to it when asked, and
 * otherwise keeps `top` in bounds. With `fromAnchor`, `top` is found again from the word anchor, so
 * the same line of text comes back to the top after a re-wrap.
 */
export function settle(ctx: ReducerContext, state: AppState, how: SettleHow = {}): AppState {
  const reader = state.reader;
  const content = currentContent(ctx, state);
  if (content === undefined) return state;
  const rows = textRegion(ctx, state).height;
  const max = maxTop(content, rows);
  let { top, anchor, linkCursor } = reader;
  let mark: Spot | undefined;
  const target = reader.target;
  if (target?.kind === 'link') {
    mark = content.links[target.index];
    if (mark !== undefined && how.jump) linkCursor = target.index;
  } else if (target?.kind === 'text') {
    mark = locateOccurrence(content.plain, target.text, target.occurrence, ctx.findMatches);
  }
  if (how.jump && mark !== undefined) {
    top = clamp(mark.line - contextRows(rows), 0, max);
    anchor = content.anchors[top] ?? 0;
  } else if (how.jump || how.fromAnchor) {
    const landing = how.landing;
    const exact = landing?.width === content.width && content.anchors[landing.top] === anchor;
    // Anchor 0 is the very top, with any wordless lines (a rule, a blank) before the first word.
    const line = exact ? landing.top : anchor <= 0 ? 0 : lastAtMost(content.anchors, anchor);
    top = clamp(line, 0, max);
  } else {
    top = clamp(top, 0, max);
  }
  if (linkCursor !== undefined && content.links[linkCursor] === undefined) linkCursor = undefined;
  if (
    top === reader.top &&
    anchor === reader.anchor &&
    linkCursor === reader.linkCursor &&
    sameSpot(mark, reader.mark)
  ) {
    return state;
  }
  return { ...state, reader: { ...reader, top, anchor, mark, linkCursor } };
}

/** Scrolls the reader to a line, in bounds; the anchor follows the new top line. */
export function scrollTo(ctx: ReducerContext, state: AppState, line: number): AppState {
  const content = currentContent(ctx, state);
  if (content === undefined) return state;
  const top = clamp(Math.round(line), 0, maxTop(content, textRegion(ctx, state).height));
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
function entryOfReader(ctx: ReducerContext, state: AppState): HistoryEntry | undefined {
  const { item, anchor, top, linkCursor } = state.reader;
  if (item === undefined) return undefined;
  const content = currentContent(ctx, state);
  const place: HistoryEntry =
    content === undefined ? { item, anchor } : { item, anchor, landing: { top, width: content.width } };
  return linkCursor === undefined ? place : { ...place, linkCursor };
}

/** A history stack with one more entry, the oldest dropped past the limit. */
export function pushEntry<T>(stack: readonly T[], entry: T, limit = HISTORY_LIMIT): readonly T[] {
  const next = [...stack, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/**
 * Opens an item in the reader and selects it in its panel. Opening the item already open keeps its
 * place (a new target or anchor moves within it). Otherwise the open item goes onto the back stack
 * when this is a jump, or when browsing starts from an item opened on purpose; either way the
 * forward stack is cleared, as in a browser.
 */
export function openItem(
  ctx: ReducerContext,
  state: AppState,
  item: ReaderItem,
  options: OpenOptions,
): AppState {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const row = indexOfItem(entry.briefing, item);
  if (row < 0) return state;
  // The overview is in no list: opening it leaves the lists as they are.
  const synced: AppState = inNoList(item)
    ? { ...state, focus: options.focus ?? state.focus }
    : {
        ...state,
        panel: panelOf(item.kind),
        selection: { ...state.selection, [panelOf(item.kind)]: row },
        focus: options.focus ?? state.focus,
      };
  const current = state.reader;
  const how: SettleHow = {
    jump: options.target !== undefined,
    fromAnchor: options.anchor !== undefined,
    ...(options.landing === undefined ? {} : { landing: options.landing }),
  };
  if (sameItem(current.item, item)) {
    const reader = {
      ...current,
      transient: options.how === 'browse' ? current.transient : false,
      ...(options.target === undefined ? {} : { target: options.target }),
      ...(options.anchor === undefined ? {} : { anchor: options.anchor }),
      ...(options.linkCursor === undefined ? {} : { linkCursor: options.linkCursor }),
    };
    return settle(ctx, { ...synced, reader }, how);
  }
  let { back, forward } = state.history;
  const leaving = entryOfReader(ctx, state);
  if (leaving !== undefined && (options.how === 'push' || (options.how === 'browse' && !current.transient))) {
    back = pushEntry(back, leaving);
  }
  if (options.how !== 'restore') forward = [];
  const reader = {
    ...EMPTY_READER,
    item,
    anchor: options.anchor ?? 0,
    transient: options.how === 'browse',
    target: options.target,
    linkCursor: options.linkCursor,
  };
  return settle(ctx, { ...synced, reader, history: { back, forward } }, { ...how, fromAnchor: true });
}

/** Back or forward through the history, restoring the item and its place. */
export function historyStep(ctx: ReducerContext, state: AppState, dir: 'back' | 'forward'): AppState {
  const from = dir === 'back' ? state.history.back : state.history.forward;
  const entry = from.at(-1);
  if (entry === undefined) {
    return { ...state, notice: dir === 'back' ? 'Nothing to go back to.' : 'Nothing to go forward to.' };
  }
  const rest = from.slice(0, -1);
  const leaving = entryOfReader(ctx, state);
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
 * The new terminal size: the same top line when only the height changed, the same anchored text
 * when the reader's width did (the text was re-wrapped).
 */
export function resize(ctx: ReducerContext, state: AppState, width: number, height: number): AppState {
  const before = textRegion(ctx, state).width;
  const resized: AppState = { ...state, viewport: { width, height } };
  return settle(ctx, resized, { fromAnchor: textRegion(ctx, resized).width !== before });
}
