/**
 * Everything that can happen to the state, as a discriminated union. Keys become actions through the
 * keymap (source/input); the host adds `resize`, `search-count`, `restore`, `reload` and
 * `reload-failed`. No action carries
 * rendered content: the reducer computes what is on screen itself (./content.ts).
 */

import type { LibraryContext } from './context.js';
import type { PanelId } from './items.js';
import type { Place } from './state.js';

/** Forward or backward. */
export type Direction = 1 | -1;

/** One change to the state. */
export type Action =
  /** The terminal's size changed. */
  | { readonly type: 'resize'; readonly width: number; readonly height: number }
  /** Move the selection (list, picker) or scroll (reader) by lines. */
  | { readonly type: 'move'; readonly by: number }
  /** A page (or half a page) up or down. */
  | { readonly type: 'page'; readonly dir: Direction; readonly half?: boolean }
  /** To the first or last row or line. */
  | { readonly type: 'edge'; readonly to: 'start' | 'end' }
  /** Open the selected item, follow the highlighted link, or read the picked briefing. */
  | { readonly type: 'open' }
  /** One level back: reader to list, list to picker, picker to the briefing being read. */
  | { readonly type: 'back' }
  /** Back or forward through what was opened, as in a browser. */
  | { readonly type: 'history'; readonly dir: 'back' | 'forward' }
  | { readonly type: 'panel'; readonly panel: PanelId }
  /** The briefing at a glance. */
  | { readonly type: 'overview' }
  | { readonly type: 'focus'; readonly dir: Direction }
  /** In the sections list: expand the node or read it (1); collapse it, or go up a level (-1). */
  | { readonly type: 'node'; readonly dir: Direction }
  /** Previous or next section. */
  | { readonly type: 'section-step'; readonly dir: Direction }
  /** Open the highlighted web link (locally), or copy it and show it (over SSH). */
  | { readonly type: 'open-url' }
  /** A message from the host for the footer (an opener that could not run). */
  | { readonly type: 'notice'; readonly text: string }
  /** Wrap long code lines, or show them whole. */
  | { readonly type: 'code-wrap' }
  /** Scroll whole code lines sideways. */
  | { readonly type: 'code-shift'; readonly dir: Direction }
  /** Highlight the previous or next link in view. */
  | { readonly type: 'link-step'; readonly dir: Direction }
  | { readonly type: 'search-start' }
  | { readonly type: 'search-input'; readonly text: string }
  | { readonly type: 'search-delete' }
  | { readonly type: 'search-confirm' }
  | { readonly type: 'search-cancel' }
  /** Next or previous hit, wrapping around. */
  | { readonly type: 'search-step'; readonly dir: Direction }
  /** Find every hit of a search confirmed with its first hit only (the UI sends it after that frame). */
  | { readonly type: 'search-count' }
  | { readonly type: 'help'; readonly open: boolean }
  /** Go to a saved place (resume). */
  | { readonly type: 'restore'; readonly place: Place }
  /**
   * The reducer's library is a new version of `previous` (a file changed on disk): keep the place
   * (./reload.ts). Reduced by the reducer bound to the new library.
   */
  | { readonly type: 'reload'; readonly previous: LibraryContext; readonly quiet?: boolean }
  /** A new version could not be taken (a half-saved or broken file): say why, keep the last good one. */
  | { readonly type: 'reload-failed'; readonly problem: string }
  /** What changed since the last reading. */
  | { readonly type: 'changes' }
  /** Count every item of the briefing as read. */
  | { readonly type: 'mark-read' }
  | { readonly type: 'quit' };

/** The `type` of every action. */
export type ActionType = Action['type'];
