/**
 * A new version of the library swapped in under an open session: the reader stays on the briefing
 * and item it was reading, at the same words (its anchor), when they still exist, and otherwise on
 * the nearest item (the row it was on, or the last row of a shorter list); the lists keep their
 * selected items, the history drops places that are gone, a confirmed search is run again. Pure:
 * the reducer bound to the new library reduces `{ type: 'reload', previous }` with this.
 */

import { contentHash } from '../domain/content-hash.js';
import type { BriefingContext, LibraryContext, ReducerContext } from './context.js';
import {
  hasOverview,
  indexOfItem,
  inNoList,
  itemAt,
  OVERVIEW,
  PANELS,
  panelOf,
  type ReaderItem,
} from './items.js';
import { alignPanes } from './nav.js';
import { openItem } from './navigate.js';
import { allItems, briefingHashes } from './read-hashes.js';

const SINGULAR = {
  sections: 'section',
  players: 'player',
  issues: 'issue',
  timeline: 'timeline entry',
  figures: 'figure',
} as const;

import { changeCounts, changedItems, readsOf, settleFresh } from './reads.js';
import { readBriefing } from './session.js';
import { type AppState, EMPTY_READER, EMPTY_SEARCH } from './state.js';

/** The item in the new version nearest to one of the old: itself, else the same row of its list. */
function nearest(before: BriefingContext, after: BriefingContext, item: ReaderItem): ReaderItem | undefined {
  if (indexOfItem(after.briefing, item) >= 0) return item;
  if (inNoList(item)) return hasOverview(after.briefing) ? OVERVIEW : itemAt(after.briefing, 'sections', 0);
  const panel = panelOf(item.kind);
  const row = Math.max(0, indexOfItem(before.briefing, item));
  const length = after.briefing[panel].length;
  if (length > 0) return itemAt(after.briefing, panel, Math.min(row, length - 1));
  return hasOverview(after.briefing) ? OVERVIEW : itemAt(after.briefing, 'sections', 0);
}

/** What changed between two versions of a briefing, for the banner: `2 sections updated, 1 new player`. */
function versionChanges(before: BriefingContext, after: BriefingContext): string {
  const was = { fresh: false, seen: briefingHashes(before), lastRead: undefined, changed: {} };
  const removed: string[] = [];
  for (const panel of PANELS) {
    const gone = before.briefing[panel].length - after.briefing[panel].length;
    const kept = allItems(before).filter(
      (item) => panelOf(item.kind) === panel && indexOfItem(after.briefing, item) >= 0,
    );
    const count =
      'id' in (itemAt(before.briefing, panel, 0) ?? { index: 0 })
        ? before.briefing[panel].length - kept.length
        : gone;
    if (count > 0)
      removed.push(
        `${count} ${count === 1 ? SINGULAR[panel] : panel === 'timeline' ? 'timeline entries' : panel} removed`,
      );
  }
  const counts = [changeCounts(changedItems(after, was)), ...removed].filter((c) => c !== '').join(', ');
  if (counts !== '') return counts;
  return contentHash(JSON.stringify(before.briefing.meta)) ===
    contentHash(JSON.stringify(after.briefing.meta))
    ? ''
    : 'its details changed';
}

/** The state for the new library `ctx`, from the state `state` had under `previous`. */
export function reloadLibrary(
  ctx: ReducerContext,
  state: AppState,
  previous: LibraryContext,
  /** The new version completes the one shown (an article's derived panels): not announced, not marked. */
  quiet = false,
): AppState {
  const before = previous.library[state.briefing];
  const id = before?.briefing.id;
  const index = id === undefined ? -1 : ctx.library.findIndex((e) => e.briefing.id === id);
  const after = ctx.library[index];
  const last = Math.max(0, ctx.library.length - 1);
  if (state.screen === 'picker' || before === undefined) {
    const selection = Math.min(last, state.picker.selection);
    const visited = state.picker.visited && after !== undefined;
    return {
      ...state,
      briefing: after === undefined ? 0 : index,
      picker: { ...state.picker, selection, visited },
    };
  }
  if (after === undefined) {
    const notice = `The briefing "${id}" is no longer in the library.`;
    if (ctx.library.length > 1) {
      return {
        ...state,
        screen: 'picker',
        briefing: 0,
        picker: { selection: 0, visited: false, filter: '', typing: false },
        reader: EMPTY_READER,
        history: { back: [], forward: [] },
        search: EMPTY_SEARCH,
        notice,
      };
    }
    return { ...readBriefing(ctx, state, 0), notice };
  }

  // Lists keep their selected items; a row whose item is gone keeps its place, within the list.
  const selection = { ...state.selection };
  for (const panel of PANELS) {
    const old = itemAt(before.briefing, panel, state.selection[panel]);
    const row = old === undefined ? -1 : indexOfItem(after.briefing, old);
    const length = after.briefing[panel].length;
    selection[panel] = row >= 0 ? row : Math.max(0, Math.min(state.selection[panel], length - 1));
  }
  const keep = (entry: { readonly item: ReaderItem }) => indexOfItem(after.briefing, entry.item) >= 0;
  const history = { back: state.history.back.filter(keep), forward: state.history.forward.filter(keep) };
  const query = state.search.query;
  const hits = query === '' ? [] : after.search(query);
  const search =
    query === ''
      ? state.search
      : {
          ...state.search,
          hits,
          index: Math.min(state.search.index, Math.max(0, hits.length - 1)),
          counted: true,
        };

  // A first reading becomes what was seen before the update, so the update is marked.
  const reads =
    quiet || state.reads === undefined || id === undefined
      ? undefined
      : {
          ...state.reads,
          byId: { ...state.reads.byId, [id]: settleFresh(before, readsOf(state.reads, id)) },
        };
  const moved: AppState = {
    ...state,
    briefing: index,
    picker: { ...state.picker, selection: index },
    selection,
    history,
    search,
    ...(reads === undefined ? {} : { reads }),
  };

  const open = state.reader.item;
  const target = open === undefined ? undefined : nearest(before, after, open);
  let next = moved;
  if (target !== undefined && open !== undefined) {
    const same = target === open;
    // The old reader's marks and link cursor point into the old text.
    const cleared: AppState = {
      ...moved,
      reader: { ...EMPTY_READER, item: target, transient: state.reader.transient },
    };
    next = openItem(ctx, cleared, target, {
      how: 'restore',
      anchor: same ? state.reader.anchor : 0,
      focus: state.focus,
    });
  }
  const changes = quiet ? '' : versionChanges(before, after);
  const notice = changes === '' ? state.notice : `Briefing updated: ${changes} · c to see`;
  return alignPanes(ctx, { ...next, notice });
}
