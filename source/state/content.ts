/**
 * The open item as it is on screen, computed rather than reported: its document (./item-document.ts)
 * rendered through the context at the reader's width, with its links placed in the rendered lines, or
 * the overview laid out in its region. Every caller in a key press (the reducer, the selectors) gets
 * the same renderings from the caches, so computing it again costs a lookup.
 */

import type { RenderedText } from '../render/markdown.js';
import { unwrapCode } from '../render/unwrap.js';
import type { ItemDocument } from './composer.js';
import type { BriefingContext, ReducerContext } from './context.js';
import { itemDocument } from './item-document.js';
import { hasOverview, type ReaderItem } from './items.js';
import type { Region } from './layout.js';
import { locateNeedles } from './locate.js';
import { memoByKey } from './memo.js';
import { overviewOf } from './overview.js';
import { type BriefingReads, changeSummary, changesDocument, readsOf } from './reads.js';
import { textRegion } from './screen.js';
import type { AppState, Spot } from './state.js';

/** The open item's text at one width. */
export interface Content {
  readonly item: ReaderItem;
  readonly width: number;
  readonly document: ItemDocument;
  readonly text: RenderedText;
  /** The rendered lines without styling (`text.plain`). */
  readonly plain: readonly string[];
  /** `anchors[i]`: how many words come before line i; survives re-wrapping at another width. */
  readonly anchors: readonly number[];
  /** Where each link of the document was found, by link index. */
  readonly links: readonly (Spot | undefined)[];
}

/** A cache key for an item of the briefing at `briefing` in the library. */
export function itemKey(briefing: number, item: ReaderItem): string {
  return `${briefing}:${item.kind}:${'id' in item ? item.id : 'index' in item ? item.index : ''}`;
}

const documents = memoByKey<BriefingContext, string, ItemDocument | undefined>();

/** The document of an item, composed once per briefing load (documents of players and issues are built). */
export function documentOf(entry: BriefingContext, item: ReaderItem): ItemDocument | undefined {
  if (item.kind === 'overview') return hasOverview(entry.briefing) ? overviewOf(entry).document : undefined;
  // The changes depend on the session's read state: contentAt builds them.
  if (item.kind === 'changes') return undefined;
  return documents(entry, itemKey(0, item), () => itemDocument(entry, item));
}

const changesDocs = memoByKey<BriefingReads, BriefingContext, ItemDocument>();

/** The Changes view's document, the same object while the read state is the same. */
function changesOf(entry: BriefingContext, reads: BriefingReads, now: number): ItemDocument {
  return changesDocs(reads, entry, () => changesDocument(entry, reads, now));
}

const placed = memoByKey<RenderedText, ItemDocument, readonly (Spot | undefined)[]>();

/** Where each link of a document is in its rendering, found once per rendering. */
function linkSpots(text: RenderedText, doc: ItemDocument): readonly (Spot | undefined)[] {
  return placed(text, doc, () =>
    locateNeedles(text.plain, doc.links).map((spot) =>
      spot !== undefined && spot.line >= 0 && spot.line < text.plain.length ? spot : undefined,
    ),
  );
}

/** An item of the state's briefing as drawn in `region`, or undefined when the briefing has no such item. */
export function contentAt(
  ctx: ReducerContext,
  state: AppState,
  item: ReaderItem,
  region: Region,
): Content | undefined {
  const entry = ctx.library[state.briefing];
  const document =
    entry === undefined
      ? undefined
      : item.kind === 'changes'
        ? changesOf(entry, readsOf(state.reads, entry.briefing.id), state.reads?.now ?? 0)
        : documentOf(entry, item);
  if (entry === undefined || document === undefined) return undefined;
  const width = region.width;
  if (item.kind === 'overview') {
    // What changed since the last reading, as a line under the facts (the overview is otherwise
    // the same for every session).
    const summary = changeSummary(entry, readsOf(state.reads, entry.briefing.id), state.reads?.now ?? 0);
    const model = overviewOf(entry).model;
    const drawn = ctx.renderOverview(
      `${itemKey(state.briefing, item)}${summary === undefined ? '' : `\u0000${summary}`}`,
      summary === undefined ? model : { ...model, changes: `${summary} · c to see` },
      width,
      region.height,
    );
    const links = document.links.map((_, i) => drawn.spots.get(i));
    const text = drawn.text;
    return { item, width, document, text, plain: text.plain, anchors: text.anchors, links };
  }
  const rendered = ctx.render(itemKey(state.briefing, item), document.markdown, width);
  // Long code lines whole (`w`): the lines are those drawn, so scrolling, links and marks follow them.
  const text = state.code?.unwrapped ? unwrapCode(rendered) : rendered;
  return {
    item,
    width,
    document,
    text,
    plain: text.plain,
    anchors: text.anchors,
    links: linkSpots(text, document),
  };
}

/** The open item as it is on screen, or undefined when nothing is open. */
export function currentContent(ctx: ReducerContext, state: AppState): Content | undefined {
  const item = state.reader.item;
  if (item === undefined) return undefined;
  return contentAt(ctx, state, item, textRegion(ctx, state, item));
}
