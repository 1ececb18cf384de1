/**
 * The read state as the reducer keeps it: an item opened counts as read (after every action), the
 * Changes view, and marking everything read.
 */

import type { ReducerContext } from './context.js';
import { CHANGES, inNoList } from './items.js';
import { openItem } from './navigate.js';
import { readKey } from './read-hashes.js';
import { markAllRead, noteOpened, readsOf, settleFresh } from './reads.js';
import { entryOf, layoutOf, sideBySide } from './screen.js';
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
  // Read once on screen: the reader is hidden behind a focused list in the one-pane layout.
  if (item !== undefined && !inNoList(item) && readerShown(ctx, state))
    reads = noteOpened(entry, reads, item);
  if (reads === state.reads.byId[id]) return state;
  const next = { ...state, reads: { ...state.reads, byId: { ...state.reads.byId, [id]: reads } } };
  // An updated item just opened: say how to reach its changes (they may be below the fold).
  const key = item === undefined || inNoList(item) ? undefined : readKey(item);
  const changed = key === undefined ? undefined : reads.changed[key];
  if (state.notice !== undefined || changed === undefined || changed === before.changed[key ?? ''])
    return next;
  const count = changed.length;
  if (count === 0) return next;
  return { ...next, notice: `${count} new sentence${count === 1 ? '' : 's'} marked · n/N to go to them` };
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

/** Whether the reader pane is drawn: beside the list, or focused in the one-pane layout. */
export function readerShown(ctx: ReducerContext, state: AppState): boolean {
  const layout = layoutOf(ctx, state);
  return layout.mode !== 'too-small' && (sideBySide(layout) || state.focus === 'reader');
}
