/**
 * What the reducer needs from outside the state layer, injected so the state stays pure and its tests
 * can build small briefings of their own: the open briefings and their search, text matching, where
 * everything goes on screen, and how an item's text is rendered at a width.
 */

import type { Briefing, Derived, ItemRef, SearchHit } from '../domain/types.js';
import type { RenderedText } from '../render/markdown.js';
import type { Theme } from '../render/theme.js';
import type { Layout, Viewport } from './layout.js';

/** One match of a query in a text: UTF-16 offset and length (the domain's `findMatches` result). */
export interface TextMatch {
  readonly offset: number;
  readonly length: number;
}

/** One briefing the reader can show, with what was derived from it and its search bound to its index. */
export interface BriefingContext {
  readonly briefing: Briefing;
  readonly derived: Derived;
  /** Every hit of a query in this briefing, in panel, item, field and offset order (smart case, literal). */
  readonly search: (query: string) => readonly SearchHit[];
  /**
   * Given for a briefing too large to scan within a key press: the hit `search` lists first in
   * `prefer`, or else its first hit of all, found without reading further; undefined when there is
   * none. A confirmed search then shows that hit at once, and the UI sends `search-count` after the
   * frame to find the rest. Without it, a confirm finds every hit before its frame.
   */
  readonly firstHit?: (query: string, prefer: ItemRef | undefined) => SearchHit | undefined;
}

/**
 * The briefings of one load and how to match text in them: built once and shared by every session
 * that reads them (every SSH session reads the same library), and all the plain mode needs.
 */
export interface LibraryContext {
  /** The open briefings; with more than one, the reader starts on the picker screen. */
  readonly library: readonly BriefingContext[];
  /** Every occurrence of a query in a text, with the same case rule as `search`. */
  readonly findMatches: (text: string, query: string) => readonly TextMatch[];
}

/** Everything the reducer reads besides the state: one per session, since each has its own terminal. */
export interface ReducerContext extends LibraryContext {
  /** Where every region of the screen is at a terminal size (./layout.ts, with the session's options). */
  readonly layout: (viewport: Viewport) => Layout;
  /**
   * Markdown rendered at a width in the session's theme. Pure and cached: the same `key`, width and
   * markdown give the same object back while it is held, which is what lets the state derive scroll
   * limits, pages and link positions from what is on screen without the UI reporting it.
   */
  readonly render: (key: string, markdown: string, width: number) => RenderedText;
  /** The session's theme, for the marks drawn over rendered lines. */
  readonly theme: Theme;
}
