/**
 * A search's hits as the plain mode lists them: one row per item, since opening a hit prints its
 * whole item. Search reports every occurrence, so an item holding the query twice (a timeline entry
 * whose text quotes what it says) would otherwise be listed, and read aloud, twice.
 */

import type { ItemRef, SearchHit } from '../domain/types.js';

/** The hits of one item, in the order search found them. */
export interface ItemHits {
  readonly item: ItemRef;
  /** How many hits the item holds. */
  readonly count: number;
  /** The first hit's snippet that says more than the item's title; undefined when every hit is in it. */
  readonly snippet: string | undefined;
}

/**
 * Groups hits by item, in the order of each item's first hit. Search lists an item's hits one after
 * another, so grouping keeps the panel and item order. `title` names an item, so that a snippet that
 * is only its title (a hit in a name) is not repeated after it.
 */
export function hitsByItem(hits: readonly SearchHit[], title: (item: ItemRef) => string): ItemHits[] {
  const groups: { item: ItemRef; count: number; snippet: string | undefined }[] = [];
  // By key, not by a scan of the groups: a common word hits thousands of items of a large briefing.
  const byKey = new Map<string, (typeof groups)[number]>();
  for (const hit of hits) {
    const key = itemKey(hit.item);
    let group = byKey.get(key);
    if (group === undefined) {
      group = { item: hit.item, count: 0, snippet: undefined };
      groups.push(group);
      byKey.set(key, group);
    }
    group.count++;
    if (group.snippet === undefined && hit.snippet !== title(hit.item)) group.snippet = hit.snippet;
  }
  return groups;
}

function itemKey(item: ItemRef): string {
  return 'id' in item ? `${item.kind}:${item.id}` : `${item.kind}#${item.index}`;
}
