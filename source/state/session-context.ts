/**
 * The reducer's context for one session: the shared library, with the layout and the rendering of
 * this session's terminal (each SSH client has its own theme and size options).
 */

import { createRenderCache } from '../render/cache.js';
import type { Theme } from '../render/theme.js';
import type { LibraryContext, ReducerContext } from './context.js';
import { computeLayout, type Layout, type LayoutOptions, type Viewport } from './layout.js';

/** Options of {@link createReducerContext}. */
export interface SessionOptions {
  readonly theme: Theme;
  /** Changes to the layout's defaults. */
  readonly layout?: Partial<LayoutOptions>;
}

/** A session's context over a library: rendered items are cached per width for this session's theme. */
export function createReducerContext(shared: LibraryContext, options: SessionOptions): ReducerContext {
  const cache = createRenderCache();
  // On screen, text keeps its attributes without colour (headings bold, underlined), as the chrome does.
  const theme: Theme = { ...options.theme, attributes: true };
  const layoutOptions = options.layout ?? {};
  // Asked for many times per key at the same size: keep the last one.
  let last: { viewport: Viewport; layout: Layout } | undefined;
  const layout = (viewport: Viewport): Layout => {
    if (last?.viewport.width !== viewport.width || last.viewport.height !== viewport.height) {
      last = { viewport, layout: computeLayout(viewport, layoutOptions) };
    }
    return last.layout;
  };
  return {
    ...shared,
    theme,
    layout,
    render: (key, markdown, width) => cache.get(key, width, theme, markdown),
  };
}
