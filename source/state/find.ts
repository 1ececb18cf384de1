/**
 * In-document search as the reader drives it: typing a query, confirming it against the injected
 * search over every panel, and stepping through the hits with wrap-around. Jumping to a hit opens its
 * item in its panel and scrolls to the line holding it.
 */

import type { SearchHit } from '../domain/types.js';
import type { Direction } from './actions.js';
import { documentOf } from './content.js';
import type { ReducerContext } from './context.js';
import { inNoList, sameItem } from './items.js';
import { entryOf, openItem } from './navigate.js';
import { type AppState, EMPTY_SEARCH, type ReaderTarget, type SearchState } from './state.js';

/** Longest query kept: a paste of a whole page should not become a query. */
export const QUERY_LIMIT = 200;

const CONTROL = /[\p{Cc}]/gu;

/** Starts typing a query; the previous query stays highlighted until a new one is confirmed. */
export function startSearch(state: AppState): AppState {
  return { ...state, search: { ...state.search, mode: 'typing', draft: '' } };
}

/** Adds typed or pasted text to the query being typed, without control characters. */
export function typeSearch(state: AppState, text: string): AppState {
  if (state.search.mode !== 'typing') return state;
  const draft = (state.search.draft + text.replace(CONTROL, '')).slice(0, QUERY_LIMIT);
  return { ...state, search: { ...state.search, draft } };
}

/** Deletes the last character typed; on an empty query, cancels, as in less. */
export function deleteSearch(state: AppState): AppState {
  if (state.search.mode !== 'typing') return state;
  if (state.search.draft === '') return cancelSearch(state);
  const chars = [...state.search.draft];
  return { ...state, search: { ...state.search, draft: chars.slice(0, -1).join('') } };
}

/** Stops typing and keeps the previous search. */
export function cancelSearch(state: AppState): AppState {
  if (state.search.mode !== 'typing') return state;
  return { ...state, search: { ...state.search, mode: 'idle', draft: '' } };
}

/**
 * Runs the typed query. An empty query clears the search. Otherwise it goes to the first hit in the
 * open item, or the first hit of all. On a briefing that offers `firstHit`, only that hit is looked
 * for: the rest are counted by `search-count`, after the frame that shows it.
 */
export function confirmSearch(ctx: ReducerContext, state: AppState): AppState {
  if (state.search.mode !== 'typing') return state;
  const query = state.search.draft;
  if (query.trim() === '') return { ...state, search: EMPTY_SEARCH, notice: 'Search cleared.' };
  const entry = entryOf(ctx, state);
  const idle = { mode: 'idle' as const, draft: '', query, index: 0 };
  if (entry?.firstHit !== undefined) {
    const open = state.reader.item;
    const first = entry.firstHit(query, open === undefined || inNoList(open) ? undefined : open);
    if (first === undefined) return noMatch(state, { ...idle, hits: [], counted: true });
    return jumpToHit(ctx, { ...state, search: { ...idle, hits: [first], counted: false } }, 0);
  }
  const hits = entry === undefined ? [] : entry.search(query);
  const search = { ...idle, hits, counted: true };
  if (hits.length === 0) return noMatch(state, search);
  const inOpen = hits.findIndex((hit) => sameItem(hit.item, state.reader.item));
  return jumpToHit(ctx, { ...state, search }, Math.max(0, inOpen));
}

function noMatch(state: AppState, search: SearchState): AppState {
  return { ...state, search, notice: `No match for "${search.query}".` };
}

/**
 * Finds every hit of a search confirmed with its first hit only, and the current hit's place among
 * them. Nothing else changes: the reader stays where it is.
 */
export function countSearch(ctx: ReducerContext, state: AppState): AppState {
  const { search } = state;
  if (search.counted) return state;
  const current = search.hits[search.index];
  const hits = entryOf(ctx, state)?.search(search.query) ?? [];
  const index = current === undefined ? 0 : hits.findIndex((hit) => sameHit(hit, current));
  return { ...state, search: { ...search, hits, index: Math.max(0, index), counted: true } };
}

function sameHit(a: SearchHit, b: SearchHit): boolean {
  return a.offset === b.offset && a.field === b.field && sameItem(a.item, b.item);
}

/** Next or previous hit; past either end it wraps around and says so. */
export function stepSearch(ctx: ReducerContext, state: AppState, dir: Direction): AppState {
  // A key that comes before the count (typed ahead in the same chunk as Enter) counts first.
  if (!state.search.counted) return stepSearch(ctx, countSearch(ctx, state), dir);
  const { query, hits, index } = state.search;
  if (query === '') return { ...state, notice: 'No search yet.' };
  if (hits.length === 0) return { ...state, notice: `No match for "${query}".` };
  const raw = index + dir;
  const next = (raw + hits.length) % hits.length;
  const moved = jumpToHit(ctx, state, next);
  if (raw >= 0 && raw < hits.length) return moved;
  return {
    ...moved,
    notice: dir === 1 ? 'Search wrapped to the first hit.' : 'Search wrapped to the last hit.',
  };
}

/**
 * The occurrence of the query that a hit is, counted in the text the reader shows for its item, so
 * the reader can find the same occurrence in the rendered lines. Undefined when the hit's field is
 * not part of that text (a title, a name), which opens the item at its top.
 */
export function hitTarget(ctx: ReducerContext, state: AppState, hit: SearchHit): ReaderTarget | undefined {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return undefined;
  const doc = documentOf(entry, hit.item);
  const start = doc?.fields.get(hit.field);
  if (doc === undefined || start === undefined) return undefined;
  const at = start + hit.offset;
  const occurrence = ctx.findMatches(doc.markdown, state.search.query).filter((m) => m.offset < at).length;
  return { kind: 'text', text: state.search.query, occurrence };
}

/** Makes a hit current: selects its item in its panel, opens it and scrolls to the hit. */
export function jumpToHit(ctx: ReducerContext, state: AppState, index: number): AppState {
  const hit = state.search.hits[index];
  if (hit === undefined) return state;
  const withIndex: AppState = { ...state, search: { ...state.search, index } };
  const target = hitTarget(ctx, withIndex, hit);
  // Browsing: the first jump keeps the place the search started from in the history, and later
  // hits replace each other, so one step back leaves the search however many hits were visited.
  const opened = openItem(ctx, withIndex, hit.item, {
    how: 'browse',
    focus: 'reader',
    ...(target ? { target } : { anchor: 0 }),
  });
  if (target !== undefined) return opened;
  // A hit in a title or name: the reader shows those above the text, so the top is the place.
  return { ...opened, reader: { ...opened.reader, target: undefined, mark: undefined } };
}
