/**
 * The changed sentences of the open item as the reader draws them, and `n`/`N` between them when no
 * search is active. Pure: the sentences come from the read state (./reads.ts), their places from the
 * rendered lines.
 */

import { type Content, currentContent } from './content.js';
import type { ReducerContext } from './context.js';
import { inNoList } from './items.js';
import { locateSpans } from './locate.js';
import { memoByKey } from './memo.js';
import { readKey } from './read-hashes.js';
import { readsOf } from './reads.js';
import { entryOf, textRegion } from './screen.js';
import type { AppState, Spot } from './state.js';

const placed = memoByKey<readonly string[], Content['plain'], Spot[][]>();

/** The changed sentences of the open item, each as the spots it covers in the rendered lines. */
export function changeSpans(ctx: ReducerContext, state: AppState): readonly Spot[][] {
  const item = state.reader.item;
  const entry = entryOf(ctx, state);
  if (item === undefined || inNoList(item) || entry === undefined) return [];
  const sentences = readsOf(state.reads, entry.briefing.id).changed[readKey(item)];
  if (sentences === undefined || sentences.length === 0) return [];
  const content = currentContent(ctx, state);
  if (content === undefined) return [];
  return placed(sentences, content.plain, () =>
    locateSpans(content.plain, sentences).filter((spots) => spots.length > 0),
  );
}

/**
 * Scrolls to the next (or previous) changed sentence below (above) the top line, wrapping around;
 * undefined when the open item has no changes, so the key can say so.
 */
export function stepChange(ctx: ReducerContext, state: AppState, dir: 1 | -1): AppState | undefined {
  const lines = [...new Set(changeSpans(ctx, state).map((spots) => spots[0]?.line ?? 0))].sort(
    (a, b) => a - b,
  );
  if (lines.length === 0) return undefined;
  const content = currentContent(ctx, state);
  if (content === undefined) return undefined;
  const rows = textRegion(ctx, state).height;
  // A change is put a few rows below the top, so the sentence before it is in view.
  const lead = Math.min(2, Math.floor(rows / 4));
  const at = state.reader.top + lead;
  const ahead = dir === 1 ? lines.find((line) => line > at) : lines.findLast((line) => line < at);
  const wrapped = ahead === undefined;
  const target = ahead ?? (dir === 1 ? lines[0] : lines.at(-1)) ?? 0;
  const max = Math.max(0, content.plain.length - rows);
  const top = Math.min(max, Math.max(0, target - lead));
  const index = lines.indexOf(target) + 1;
  const notice = `Change ${index}/${lines.length}${wrapped && lines.length > 1 ? (dir === 1 ? ', wrapped to the first' : ', wrapped to the last') : ''}.`;
  return { ...state, reader: { ...state.reader, top, anchor: content.anchors[top] ?? 0 }, notice };
}
