import { type RenderedText, renderMarkdown } from './markdown.js';
import { type Theme, themeKey } from './theme.js';

/** Rendered sections by (key, width, theme), least recently used first out. */
export interface RenderCache {
  /**
   * The rendering of `markdown` at `width` for `theme`, from the cache when the same key, width and theme
   * were rendered from the same markdown before (the same object is returned), else rendered and stored.
   */
  get(key: string, width: number, theme: Theme, markdown: string): RenderedText;
  /** How many renderings are held. */
  readonly size: number;
  /** Forgets everything (e.g. after the briefing is reloaded). */
  clear(): void;
}

interface Entry {
  readonly markdown: string;
  readonly text: RenderedText;
}

/**
 * A bounded cache of rendered text, so re-rendering on every keypress costs a lookup. `limit` (default 256)
 * caps the number of renderings held: a 5,000-section briefing read at several widths cannot grow it
 * without bound. The markdown is compared too, so a reloaded section with the same key is rendered afresh.
 */
export function createRenderCache(limit = 256): RenderCache {
  const max = Math.max(1, Math.floor(limit));
  const entries = new Map<string, Entry>();
  return {
    get(key, width, theme, markdown) {
      const id = `${width}\u0000${themeKey(theme)}\u0000${key}`;
      const hit = entries.get(id);
      if (hit) {
        entries.delete(id);
        if (hit.markdown === markdown) {
          entries.set(id, hit);
          return hit.text;
        }
      }
      const text = renderMarkdown(markdown, width, theme);
      entries.set(id, { markdown, text });
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      return text;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
