/**
 * Where the state's briefing and its regions are: the library entry being read, the layout at the
 * state's size for that briefing's lists, and the region the open item's text is drawn in.
 */

import type { BriefingContext, ReducerContext } from './context.js';
import type { ReaderItem } from './items.js';
import type { Layout, Region } from './layout.js';
import { listFit } from './list-table.js';
import type { AppState } from './state.js';

/** The briefing the reader shows, if the library has it. */
export function entryOf(ctx: ReducerContext, state: AppState): BriefingContext | undefined {
  return ctx.library[state.briefing];
}

/** The layout at the state's terminal size. */
export function layoutOf(ctx: ReducerContext, state: AppState): Layout {
  const entry = entryOf(ctx, state);
  return ctx.layout(state.viewport, entry === undefined ? undefined : listFit(entry));
}

/** Whether the list and the reader are both in view. */
export function sideBySide(layout: Layout): boolean {
  return layout.mode === 'split' || layout.mode === 'wide';
}

/** Where an item's text is drawn: the overview in the body, anything else in the reader pane. */
export function textRegion(
  ctx: ReducerContext,
  state: AppState,
  item: ReaderItem | undefined = state.reader.item,
): Region {
  const layout = layoutOf(ctx, state);
  return item?.kind === 'overview' ? layout.overview : layout.reader;
}
