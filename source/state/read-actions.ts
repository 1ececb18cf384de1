/**
 * The read state as the reducer keeps it: an item opened counts as read (after every action), the
 * Changes view, and marking everything read.
 */

import type { ReducerContext } from './context.js';
import { CHANGES, inNoList } from './items.js';
import { openItem } from './navigate.js';
import { markAllRead, noteOpened, readsOf, settleFresh } from './reads.js';
import { entryOf } from './screen.js';
import type { AppState } from './state.js';

/**
 * After any action: the item on screen is read. A briefing read for the first time takes the version
 * shown as what was seen, so only later changes are marked.
 */
export function noteRead(ctx: ReducerContext, state: AppState): AppState {
  if (state.reads === undefined || state.screen !== 'reader') return state;
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const id = entry.briefing.id;
  const before = readsOf(state.reads, id);
  let reads = settleFresh(entry, before);
  const item = state.reader.item;
  if (item !== undefined && !inNoList(item)) reads = noteOpened(entry, reads, item);
  if (reads === state.reads.byId[id]) return state;
  return { ...state, reads: { ...state.reads, byId: { ...state.reads.byId, [id]: reads } } };
}

/** Opens the Changes view, as a jump (back returns). */
export function openChanges(ctx: ReducerContext, state: AppState): AppState {
  if (state.reads === undefined) return { ...state, notice: 'Changes are not kept in this session.' };
  return openItem(ctx, state, CHANGES, { how: 'push', focus: 'reader' });
}

/** Every item of the briefing counts as read: the marks go. */
export function markRead(ctx: ReducerContext, state: AppState): AppState {
  const entry = entryOf(ctx, state);
  if (state.reads === undefined || entry === undefined) return state;
  const id = entry.briefing.id;
  const reads = markAllRead(entry, readsOf(state.reads, id));
  return {
    ...state,
    reads: { ...state.reads, byId: { ...state.reads.byId, [id]: reads } },
    notice: 'Marked everything as read.',
  };
}
