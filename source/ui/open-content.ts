/**
 * The open item's rendering, and reporting it to the reducer: the UI's half of the contract that the
 * state's scroll positions always refer to the lines on screen. No React here, so the fuzz tests
 * drive the reducer exactly as the app does.
 */
import type { ItemRef } from '../domain/types.js';
import type { RenderCache } from '../render/cache.js';
import type { RenderedText } from '../render/markdown.js';
import type { Theme } from '../render/theme.js';
import type { Action } from '../state/actions.js';
import type { ReducerContext } from '../state/context.js';
import { sameItem } from '../state/items.js';
import { openDocument, selectLayout } from '../state/selectors.js';
import type { AppState } from '../state/state.js';

/** A cache key for an item of the briefing at `briefing` in the library. */
export function itemKey(briefing: number, item: ItemRef): string {
  return `${briefing}:${item.kind}:${'id' in item ? item.id : item.index}`;
}

/** The open item rendered at the reader's width (from the cache), or undefined when nothing is open. */
export function renderedOpenItem(
  ctx: ReducerContext,
  state: AppState,
  theme: Theme,
  cache: RenderCache,
): RenderedText | undefined {
  const item = state.reader.item;
  const doc = openDocument(ctx, state);
  if (item === undefined || doc === undefined) return undefined;
  return cache.get(itemKey(state.briefing, item), selectLayout(ctx, state).readerWidth, theme, doc.markdown);
}

/**
 * Reports the open item's rendering to the reducer when it is not the one the state holds (another
 * item, another width), so scrolling, marks and the kept place always refer to what is on screen.
 */
export function withContent(
  reduce: (state: AppState, action: Action) => AppState,
  ctx: ReducerContext,
  state: AppState,
  theme: Theme,
  cache: RenderCache,
): AppState {
  const item = state.reader.item;
  const rendered = renderedOpenItem(ctx, state, theme, cache);
  if (item === undefined || rendered === undefined) return state;
  const width = selectLayout(ctx, state).readerWidth;
  const content = state.reader.content;
  if (
    content !== undefined &&
    sameItem(content.item, item) &&
    content.width === width &&
    content.plain === rendered.plain
  ) {
    return state;
  }
  return reduce(state, { type: 'content', item, width, plain: rendered.plain, anchors: rendered.anchors });
}
