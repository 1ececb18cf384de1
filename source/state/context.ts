/**
 * What the reducer needs from outside the state layer, injected so the state stays pure and its tests
 * can build small briefings of their own: the open briefings, their search, and text matching.
 */

import type { Briefing, Derived, ItemRef, SearchHit } from '../domain/types.js';
import type { LayoutOptions } from './layout.js';

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

/** Everything the reducer reads besides the state: created once per session. */
export interface ReducerContext {
  /** The open briefings; with more than one, the reader starts on the picker screen. */
  readonly library: readonly BriefingContext[];
  /** Every occurrence of a query in a text, with the same case rule as `search`. */
  readonly findMatches: (text: string, query: string) => readonly TextMatch[];
  /** Overrides of the layout's chrome sizes, when the UI draws more or less around the panes. */
  readonly layout?: Partial<LayoutOptions>;
}
