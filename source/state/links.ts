/**
 * Links in the reader: the names and references in view, cycling a highlight through them, and
 * following the highlighted one.
 */

import { resolveAnchor } from '../domain/anchors.js';
import { safeWebUrl } from '../domain/web-url.js';
import type { Direction } from './actions.js';
import type { LinkTarget, ReaderLink } from './composer.js';
import { currentContent } from './content.js';
import type { ReducerContext } from './context.js';
import { sameItem } from './items.js';
import { switchPanel } from './nav.js';
import { openItem, scrollTo } from './navigate.js';
import { textRegion } from './screen.js';
import { normalizePath } from './section-links.js';
import { readBriefing } from './session.js';
import type { AppState, Spot } from './state.js';

/** A link of the open item that is in view. */
export interface VisibleLink {
  readonly index: number;
  readonly spot: Spot;
  readonly link: ReaderLink;
}

/** The links of the open item whose line is in view, top to bottom. */
export function visibleLinks(ctx: ReducerContext, state: AppState): VisibleLink[] {
  const content = currentContent(ctx, state);
  if (content === undefined) return [];
  const links = content.document.links;
  const top = state.reader.top;
  const bottom = top + textRegion(ctx, state).height;
  const visible: VisibleLink[] = [];
  content.links.forEach((spot, index) => {
    const link = links[index];
    if (spot !== undefined && link !== undefined && spot.line >= top && spot.line < bottom) {
      visible.push({ index, spot, link });
    }
  });
  return visible.sort((a, b) => a.spot.line - b.spot.line || a.spot.column - b.spot.column);
}

/**
 * Moves the highlight to the next or previous link in view, wrapping within the view; from a
 * highlight out of view, starts at the first (or last) link in view.
 */
export function stepLink(ctx: ReducerContext, state: AppState, dir: Direction): AppState {
  const visible = visibleLinks(ctx, state);
  if (visible.length === 0) return { ...state, notice: 'No names or links in view.' };
  const at = visible.findIndex((v) => v.index === state.reader.linkCursor);
  const next = at < 0 ? (dir === 1 ? 0 : visible.length - 1) : (at + dir + visible.length) % visible.length;
  const linkCursor = visible[next]?.index;
  // The highlight now marks the link, so a followed mention's mark gives way to it.
  const target = state.reader.target?.kind === 'link' ? undefined : state.reader.target;
  const mark = target === undefined ? undefined : state.reader.mark;
  return { ...state, reader: { ...state.reader, linkCursor, target, mark } };
}

/**
 * Follows the highlighted link when it is in view, or the only link in view when nothing is
 * highlighted. A mention opens its section scrolled to the name, with the name highlighted.
 */
export function followLink(ctx: ReducerContext, state: AppState): AppState {
  const visible = visibleLinks(ctx, state);
  const chosen =
    visible.find((v) => v.index === state.reader.linkCursor) ??
    (visible.length === 1 ? visible[0] : undefined);
  if (chosen === undefined) {
    return {
      ...state,
      notice:
        visible.length === 0 ? 'No names or links in view.' : 'Several links in view: highlight one first.',
    };
  }
  return followTarget(ctx, state, chosen.link.target);
}

/** Opens what a link leads to, adding the place left to the history. */
function followTarget(ctx: ReducerContext, state: AppState, target: LinkTarget): AppState {
  switch (target.kind) {
    case 'item':
      return openItem(ctx, state, target.item, { how: 'push', focus: 'reader' });
    case 'panel':
      return switchPanel(ctx, state, target.panel);
    case 'mention':
      return openItem(
        ctx,
        state,
        { kind: 'section', id: target.sectionId },
        { how: 'push', focus: 'reader', target: { kind: 'link', index: target.index } },
      );
    case 'anchor':
      if (target.sectionId === undefined) {
        return { ...state, notice: `No heading here has the anchor #${target.fragment}.` };
      }
      // A link to the heading of the section being read (a table of contents listing itself) goes to its top.
      if (sameItem(state.reader.item, { kind: 'section', id: target.sectionId }))
        return scrollTo(ctx, state, 0);
      return openItem(
        ctx,
        state,
        { kind: 'section', id: target.sectionId },
        { how: 'push', focus: 'reader' },
      );
    case 'file':
      return openFile(ctx, state, target.path, target.fragment);
    case 'url':
      return { ...state, notice: `Web link: ${target.url}` };
    case 'source':
      // The sentence a derived item was read from, marked in its section.
      return openItem(
        ctx,
        state,
        { kind: 'section', id: target.sectionId },
        { how: 'push', focus: 'reader', target: { kind: 'text', text: target.text, occurrence: 0 } },
      );
  }
}

/**
 * Reads another briefing of the library, from a relative link to its file, at the heading its anchor
 * names; a file that is not in the library is named in a notice.
 */
function openFile(
  ctx: ReducerContext,
  state: AppState,
  path: string,
  fragment: string | undefined,
): AppState {
  const index = ctx.library.findIndex((entry) => normalizePath(entry.briefing.file) === path);
  const entry = ctx.library[index];
  // The path first: the footer may cut a long notice short.
  if (entry === undefined) return { ...state, notice: `Not in this library: ${path}` };
  const opened = index === state.briefing ? state : readBriefing(ctx, state, index);
  // At the heading its anchor names, else at the top: either way reading, as after any link.
  const sectionId =
    (fragment === undefined ? undefined : resolveAnchor(entry.briefing, fragment)) ??
    entry.briefing.sections[0]?.id;
  if (sectionId === undefined) return opened;
  return openItem(ctx, opened, { kind: 'section', id: sectionId }, { how: 'push', focus: 'reader' });
}

/**
 * The web address of the highlighted link, when it is one and in view: what a key that opens links in a
 * browser (or copies them) acts on. Undefined for names, sections and files.
 */
export function highlightedUrl(ctx: ReducerContext, state: AppState): string | undefined {
  const chosen = visibleLinks(ctx, state).find((v) => v.index === state.reader.linkCursor);
  return chosen?.link.target.kind === 'url' ? chosen.link.target.url : undefined;
}

/**
 * `o`: the highlighted web link goes out of the reader, as the host allows. Locally the system's
 * opener runs (the host does it, after the reducer asks); over SSH nothing runs: the link is copied
 * with OSC 52 and shown whole, to copy by hand when the terminal does not allow it.
 */
export function openWebLink(ctx: ReducerContext, state: AppState): AppState {
  const url = highlightedUrl(ctx, state);
  if (url === undefined) {
    return { ...state, notice: 'No web link highlighted: . and , highlight links, then o opens one.' };
  }
  const safe = safeWebUrl(url);
  if (safe === undefined) return { ...state, notice: 'Not opened: only http, https and mailto links open.' };
  if (ctx.webLinks === 'open') {
    return { ...state, effect: { kind: 'open', url: safe }, notice: `Opening in your browser: ${safe}` };
  }
  return { ...state, effect: { kind: 'copy', url: safe }, notice: undefined };
}
