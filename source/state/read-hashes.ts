/**
 * What a reader sees of each item, reduced to hashes: one of the item's own content (what an editor
 * changes: a section's title and text, a player's fields) and one per sentence of the page the reader
 * is shown, so a later version can say which items changed and which sentences in them. Pure; the
 * hashes of a briefing are computed once per load.
 */

import { diffArrays } from 'diff';
import { contentHash } from '../domain/content-hash.js';
import { lookupOf } from '../domain/lookup.js';
import { segmentable } from '../domain/sentences.js';
import type { ItemRef } from '../domain/types.js';
import { documentOf } from './content.js';
import type { BriefingContext } from './context.js';
import { itemAt, PANELS, panelLength } from './items.js';
import { memoByKey } from './memo.js';

/**
 * The hash of an item's content, and of each sentence of its page in order. The sentences are
 * hashed only for items the reader has had on screen (splitting every page of a 5,000-section
 * briefing into sentences takes seconds): without them an updated item is marked, not highlighted.
 */
export interface SeenItem {
  readonly h: string;
  readonly s?: readonly string[];
}

/** The key an item's read state is kept under: `section:talks`, `timeline:3`. */
export function readKey(item: ItemRef): string {
  return `${item.kind}:${'id' in item ? item.id : item.index}`;
}

let segmenter: Intl.Segmenter | undefined;

/** The sentences of a page's Markdown, trimmed, in order (headings and list items are sentences too). */
export function sentencesOf(markdown: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: string[] = [];
  for (const block of segmentable(markdown).split('\n')) {
    for (const { segment } of segmenter.segment(block)) {
      const text = segment.replace(/\s+/g, ' ').trim();
      if (text !== '') out.push(text);
    }
  }
  return out;
}

function ownContent(entry: BriefingContext, item: ItemRef): string {
  const { briefing } = entry;
  switch (item.kind) {
    case 'section': {
      const section = lookupOf(briefing).sections.get(item.id);
      return section === undefined ? '' : `${section.title}\n${section.markdown}`;
    }
    case 'player':
      return JSON.stringify(lookupOf(briefing).players.get(item.id) ?? null);
    case 'issue':
      return JSON.stringify(lookupOf(briefing).issues.get(item.id) ?? null);
    case 'timeline':
      return JSON.stringify(briefing.timeline[item.index] ?? null);
    case 'figure':
      return JSON.stringify(briefing.figures[item.index] ?? null);
  }
}

/** Every item of a briefing, in panel order. */
export function allItems(entry: BriefingContext): ItemRef[] {
  const items: ItemRef[] = [];
  for (const panel of PANELS) {
    for (let i = 0; i < panelLength(entry.briefing, panel); i++) {
      const item = itemAt(entry.briefing, panel, i);
      if (item !== undefined) items.push(item);
    }
  }
  return items;
}

const sentenceCache = memoByKey<BriefingContext, string, readonly string[]>();

/** The sentences of an item's page. */
function itemSentences(entry: BriefingContext, item: ItemRef): readonly string[] {
  return sentenceCache(entry, readKey(item), () => sentencesOf(documentOf(entry, item)?.markdown ?? ''));
}

const contentCache = memoByKey<BriefingContext, string, SeenItem>();
const fullCache = memoByKey<BriefingContext, string, SeenItem>();

/** The hash of the item's own content: cheap, for marking every item of a briefing. */
export function contentOf(entry: BriefingContext, item: ItemRef): SeenItem {
  return contentCache(entry, readKey(item), () => ({ h: contentHash(ownContent(entry, item)) }));
}

/** The item's hashes with its sentences', as the reader sees it on screen. */
export function seenItemOf(entry: BriefingContext, item: ItemRef): SeenItem {
  return fullCache(entry, readKey(item), () => ({
    h: contentOf(entry, item).h,
    s: itemSentences(entry, item).map(contentHash),
  }));
}

/** Every item's content hash, by read key. */
export function briefingHashes(entry: BriefingContext): Record<string, SeenItem> {
  const out: Record<string, SeenItem> = {};
  for (const item of allItems(entry)) out[readKey(item)] = contentOf(entry, item);
  return out;
}

/**
 * The sentences of the item's page now that were not on the page as last seen: a diff of the two
 * lists of sentence hashes (the `diff` package's array diff), so a sentence moved within the page is
 * kept, and an edited one is reported once.
 */
export function changedSentences(
  before: SeenItem | undefined,
  entry: BriefingContext,
  item: ItemRef,
): string[] {
  if (before?.s === undefined) return [];
  const sentences = itemSentences(entry, item);
  const now = seenItemOf(entry, item);
  const out: string[] = [];
  let index = 0;
  for (const part of diffArrays([...before.s], [...(now.s ?? [])])) {
    if (part.removed) continue;
    const count = part.value.length;
    if (part.added) out.push(...sentences.slice(index, index + count));
    index += count;
  }
  return out;
}
