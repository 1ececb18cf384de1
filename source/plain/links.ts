/**
 * The links of an item as the plain mode numbers them: the state layer's links (`itemDocument`), each
 * described in words, with repeats of the same target folded into one, since a list read aloud should
 * name Ukraine once, not once per mention in the section.
 */

import type { ItemRef, Mention } from '../domain/types.js';
import type { LinkTarget } from '../state/composer.js';
import type { BriefingContext } from '../state/context.js';
import { itemDocument } from '../state/item-document.js';
import { itemTitle } from '../state/items.js';

/**
 * What a numbered link leads to: an item or a mention. A section's in-document links are listed as the
 * sections they lead to; its web links and links to other files are read in its text, not numbered.
 */
export type PlainTarget = Extract<LinkTarget, { kind: 'item' | 'mention' }>;

/** One numbered link of the plain mode. */
export interface PlainLink {
  /** How the list reads it: `Player: Rustem Umerov`, `Mention in Deep Divisions Remain: <sentence>`. */
  readonly text: string;
  readonly target: PlainTarget;
}

/** What one item of each kind is called in running text. */
export const KIND_WORDS: Readonly<Record<ItemRef['kind'], { one: string; many: string }>> = {
  section: { one: 'section', many: 'sections' },
  player: { one: 'player', many: 'players' },
  issue: { one: 'issue', many: 'issues' },
  timeline: { one: 'timeline entry', many: 'timeline entries' },
  figure: { one: 'figure', many: 'figures' },
};

/** `Section`, `Timeline entry`: a kind's word with a capital, to start a line. */
export function kindLabel(kind: ItemRef['kind']): string {
  const word = KIND_WORDS[kind].one;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An item's title for lists and headings; the untitled opening section is `Opening`. */
export function plainTitle(entry: BriefingContext, item: ItemRef): string {
  return itemTitle(entry.briefing, item) || (item.kind === 'section' ? 'Opening' : '');
}

/** The mention a mention link points at, or undefined when the section no longer holds it. */
export function mentionOf(
  entry: BriefingContext,
  target: Extract<LinkTarget, { kind: 'mention' }>,
): Mention | undefined {
  return entry.derived.mentionsBySection.get(target.sectionId)?.[target.index];
}

function targetKey(target: PlainTarget): string {
  if (target.kind === 'mention') return `mention:${target.sectionId}:${target.index}`;
  const item = target.item;
  return `${item.kind}:${'id' in item ? item.id : item.index}`;
}

function plainTarget(target: LinkTarget): PlainTarget | undefined {
  if (target.kind === 'item' || target.kind === 'mention') return target;
  if (target.kind === 'source') return { kind: 'item', item: { kind: 'section', id: target.sectionId } };
  if (target.kind === 'anchor' && target.sectionId !== undefined) {
    return { kind: 'item', item: { kind: 'section', id: target.sectionId } };
  }
  return undefined;
}

/** The links of an item, numbered from 1 in the order the item shows them, each target once. */
export function plainLinks(entry: BriefingContext, item: ItemRef): PlainLink[] {
  const links = itemDocument(entry, item)?.links ?? [];
  const seen = new Set<string>();
  const out: PlainLink[] = [];
  for (const link of links) {
    const target = plainTarget(link.target);
    if (target === undefined) continue;
    const key = targetKey(target);
    if (seen.has(key)) continue;
    seen.add(key);
    if (target.kind === 'item') {
      out.push({ text: `${kindLabel(target.item.kind)}: ${plainTitle(entry, target.item)}`, target });
    } else {
      const sentence = mentionOf(entry, target)?.sentence;
      const where = plainTitle(entry, { kind: 'section', id: target.sectionId });
      out.push({ text: sentence ? `Mention in ${where}: ${sentence}` : `Mention in ${where}`, target });
    }
  }
  return out;
}
