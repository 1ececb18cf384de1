/**
 * What the reducer needs from outside the state layer, injected so the state stays pure and its tests
 * can build small briefings of their own: the open briefings and their search, text matching, where
 * everything goes on screen, and how an item's text is rendered at a width.
 */

import type { Briefing, Derived, ItemRef, SearchHit } from '../domain/types.js';
import type { RenderedText } from '../render/markdown.js';
import type { OverviewModel, RenderedOverview } from '../render/overview.js';
import type { Theme } from '../render/theme.js';
import type { Layout, LayoutFit, Viewport } from './layout.js';
import type { HelpContext } from './state.js';

/** One match of a query in a text: UTF-16 offset and length (the domain's `findMatches` result). */
export interface TextMatch {
  readonly offset: number;
  readonly length: number;
}

/** One line of a column of the key help. */
export interface HelpLine {
  readonly kind: 'title' | 'row' | 'blank' | 'note';
  /** The keys, on a binding's first line only. */
  readonly keys: string;
  readonly text: string;
}

/** The key help at a width: rows of one or two columns, each `columnWidth` wide. */
export interface HelpView {
  readonly columns: number;
  readonly columnWidth: number;
  /** Width of the keys inside a column. */
  readonly keyWidth: number;
  readonly rows: readonly (readonly HelpLine[])[];
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
  /**
   * Where every region of the screen is at a terminal size (./layout.ts, with the session's options),
   * for lists that would like `fit`.
   */
  readonly layout: (viewport: Viewport, fit?: LayoutFit) => Layout;
  /**
   * Markdown rendered at a width in the session's theme. Pure and cached: the same `key`, width and
   * markdown give the same object back while it is held, which is what lets the state derive scroll
   * limits, pages and link positions from what is on screen without the UI reporting it.
   */
  readonly render: (key: string, markdown: string, width: number) => RenderedText;
  /** The overview laid out at a width and fitted to a number of rows; cached like `render`. */
  readonly renderOverview: (
    key: string,
    model: OverviewModel,
    width: number,
    rows: number,
  ) => RenderedOverview;
  /** The session's theme, for the marks drawn over rendered lines. */
  readonly theme: Theme;
  /**
   * What `o` does with a web link: `open` runs the system's opener (the local terminal); `copy` runs
   * nothing and copies it with OSC 52 (SSH sessions, and any host that does not say).
   */
  readonly webLinks: 'open' | 'copy';
  /**
   * The key help laid out at a width for a context, filtered (source/input/help-layout.ts, passed in:
   * the keymap sits above the state); the reducer scrolls it by its rows.
   */
  readonly help: (width: number, filter: string, context: HelpContext) => HelpView;
}
