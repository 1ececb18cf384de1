/**
 * The reader's navigation state: one immutable value, changed only by the reducer. It holds no
 * rendered text: what is on screen is computed from it through the context's layout and render
 * functions (./content.ts), so scroll positions always refer to the lines a frame shows.
 */

import type { SearchHit } from '../domain/types.js';

export type { Place } from '../domain/types.js';

import type { PanelId, ReaderItem } from './items.js';
import type { Viewport } from './layout.js';
import type { ReadState } from './reads.js';

/** The picker lists the open briefings; the reader shows one. */
export type Screen = 'picker' | 'reader';

/** Which pane takes the keys. */
export type Focus = 'nav' | 'reader';

/** A stretch of one rendered line: 0-based line, UTF-16 column in the plain line, length on that line. */
export interface Spot {
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

/**
 * What the reader should mark (and scroll to once, when `jump` is set) in the open item: a link of
 * the item (a followed mention lands on the name), or an occurrence of a search query.
 */
export type ReaderTarget =
  | { readonly kind: 'link'; readonly index: number }
  | { readonly kind: 'text'; readonly text: string; readonly occurrence: number };

/**
 * The reader pane. `top` is a line of the open item rendered at the reader's width (./content.ts);
 * `anchor` is the place that survives re-wrapping.
 */
export interface ReaderState {
  readonly item: ReaderItem | undefined;
  /** First line in view. */
  readonly top: number;
  /** Words before the line that was at the top when the reader last scrolled: the place to keep. */
  readonly anchor: number;
  /**
   * Opened by browsing (moving in the list in split mode, `[` and `]`) rather than on purpose: the
   * next browse replaces it instead of adding to the history.
   */
  readonly transient: boolean;
  readonly target: ReaderTarget | undefined;
  /** Where the target is in the open item's lines. */
  readonly mark: Spot | undefined;
  /** Index of the highlighted link (a player name in a section, a mention in a player, ...). */
  readonly linkCursor: number | undefined;
}

/**
 * The exact top line at a width. A word anchor cannot tell a blank line from the text line after it,
 * so a return to a place at the same width uses the line itself, and the anchor only after a resize.
 */
export interface Landing {
  readonly top: number;
  readonly width: number;
}

/**
 * A place in the history: the item, the word anchor of its top line, that line at its width, and the
 * link that was highlighted there (the name followed from it), so a step back shows it highlighted again.
 */
export interface HistoryEntry {
  readonly item: ReaderItem;
  readonly anchor: number;
  readonly landing?: Landing;
  readonly linkCursor?: number;
}

/** Search: `typing` while the query is being edited; hits are those of the confirmed query. */
export interface SearchState {
  readonly mode: 'idle' | 'typing';
  readonly draft: string;
  readonly query: string;
  /** Every hit of the confirmed query; only the current one until `counted`. */
  readonly hits: readonly SearchHit[];
  /** The current hit; 0 when there are none. */
  readonly index: number;
  /**
   * False from confirming a query on a large briefing (`BriefingContext.firstHit`) to the
   * `search-count` the UI sends once that hit is on screen: meanwhile `hits` holds the current hit
   * alone and its place among all of them is not known.
   */
  readonly counted: boolean;
}

/** The whole state of one reader session. */
export interface AppState {
  readonly screen: Screen;
  /**
   * The picker's selected briefing (a library index), whether a briefing has been opened from it yet,
   * and its filter (by title and file name), with whether the filter is being typed.
   */
  readonly picker: PickerState;
  /** Index in the library of the briefing the reader shows. */
  readonly briefing: number;
  readonly viewport: Viewport;
  readonly panel: PanelId;
  readonly selection: Readonly<Record<PanelId, number>>;
  /**
   * The sections list's collapsed nodes (section ids), by briefing index; a briefing not listed has
   * its default folds (./folds.ts).
   */
  readonly folds: Readonly<Record<number, readonly string[]>>;
  readonly focus: Focus;
  readonly reader: ReaderState;
  /** Browser-like history: `back` ends with the most recent place. */
  readonly history: { readonly back: readonly HistoryEntry[]; readonly forward: readonly HistoryEntry[] };
  readonly search: SearchState;
  readonly overlay: 'none' | 'help';
  /** The help's scroll position and filter, while it is open. */
  readonly help: HelpState;
  /** A one-line message for the footer, cleared by the next key. */
  readonly notice: string | undefined;
  /**
   * What the host is asked to do outside the state, made by the key that asks and gone with the next
   * key: open a web link with the system's opener, or copy it (OSC 52) and show it whole to copy.
   */
  readonly effect?: WebLinkEffect | undefined;
  /** Long code lines: wrapped (the default, when absent) or whole, drawn from column `left`. */
  readonly code?: { readonly unwrapped: boolean; readonly left: number } | undefined;
  readonly quit: boolean;
  /** What the reader has read of each briefing, when the host keeps it (./reads.ts). */
  readonly reads?: ReadState;
}

/** A web link to open (locally) or to copy (over SSH, where nothing is run). */
export interface WebLinkEffect {
  readonly kind: 'open' | 'copy';
  readonly url: string;
}

/** The library picker. */
export interface PickerState {
  readonly selection: number;
  readonly visited: boolean;
  readonly filter: string;
  readonly typing: boolean;
}

/** Where the help was opened from: its keys are listed first. */
export type HelpContext = 'reader' | 'nav' | 'picker';

/** The help overlay: the first row in view, the filter, whether the filter is being typed. */
export interface HelpState {
  readonly context: HelpContext;
  readonly top: number;
  readonly filter: string;
  readonly typing: boolean;
}

export const CLOSED_HELP: HelpState = { context: 'reader', top: 0, filter: '', typing: false };

/** A reader with nothing open. */
export const EMPTY_READER: ReaderState = {
  item: undefined,
  top: 0,
  anchor: 0,
  transient: false,
  target: undefined,
  mark: undefined,
  linkCursor: undefined,
};

/** Search with nothing typed and nothing found. */
export const EMPTY_SEARCH: SearchState = {
  mode: 'idle',
  draft: '',
  query: '',
  hits: [],
  index: 0,
  counted: true,
};

/** No item selected yet in any panel. */
export const FIRST_ROWS: Readonly<Record<PanelId, number>> = {
  sections: 0,
  players: 0,
  issues: 0,
  timeline: 0,
  figures: 0,
};
