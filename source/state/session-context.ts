/**
 * The reducer's context for one session: the shared library, with the layout and the rendering of
 * this session's terminal (each SSH client has its own theme and size options).
 */

import { createRenderCache } from '../render/cache.js';
import { type OverviewModel, type RenderedOverview, renderOverview } from '../render/overview.js';
import type { Theme } from '../render/theme.js';
import type { LibraryContext, ReducerContext } from './context.js';
import {
  computeLayout,
  DEFAULT_LAYOUT_OPTIONS,
  type Layout,
  type LayoutFit,
  type LayoutOptions,
  type Viewport,
} from './layout.js';

/** Overviews kept per session: a few sizes of each briefing read. */
const OVERVIEW_CACHE = 8;

/** Options of {@link createReducerContext}. */
export interface SessionOptions {
  readonly theme: Theme;
  /** The key help's layout (source/input/help-layout.ts, above this layer). */
  readonly help: ReducerContext['help'];
  /** Changes to the layout's defaults. */
  readonly layout?: Partial<LayoutOptions>;
  /** What `o` does with a web link (`ReducerContext.webLinks`); `copy` unless the host can open it. */
  readonly webLinks?: 'open' | 'copy';
}

/** A session's context over a library: rendered items are cached per width for this session's theme. */
export function createReducerContext(shared: LibraryContext, options: SessionOptions): ReducerContext {
  const cache = createRenderCache();
  // On screen, text keeps its attributes without colour (headings bold, underlined), as the chrome does.
  const theme: Theme = { ...options.theme, attributes: true };
  const layoutOptions = options.layout ?? {};
  const measure = layoutOptions.measure ?? DEFAULT_LAYOUT_OPTIONS.measure;
  // Asked for many times per key at the same size: keep the last one.
  let last: { viewport: Viewport; fit: number | undefined; layout: Layout } | undefined;
  const layout = (viewport: Viewport, fit?: LayoutFit): Layout => {
    if (
      last?.viewport.width !== viewport.width ||
      last.viewport.height !== viewport.height ||
      last.fit !== fit?.listWidth
    ) {
      last = { viewport, fit: fit?.listWidth, layout: computeLayout(viewport, layoutOptions, fit) };
    }
    return last.layout;
  };
  const overviews = new Map<string, RenderedOverview>();
  const renderOverviewCached = (key: string, model: OverviewModel, width: number, rows: number) => {
    const id = `${key}\u0000${width}\u0000${rows}`;
    let drawn = overviews.get(id);
    if (drawn === undefined) {
      drawn = renderOverview(model, width, rows, theme, measure);
      if (overviews.size >= OVERVIEW_CACHE) overviews.delete(overviews.keys().next().value as string);
      overviews.set(id, drawn);
    }
    return drawn;
  };
  return {
    ...shared,
    theme,
    webLinks: options.webLinks ?? 'copy',
    help: options.help,
    layout,
    render: (key, markdown, width) => cache.get(key, width, theme, markdown),
    renderOverview: renderOverviewCached,
  };
}
