/**
 * The briefings of one load, made ready to read: what is derived from each, and its search. Built
 * once per load and shared: over SSH every session reads the same briefings, so mentions and search
 * indexes are built once, not per connection.
 */

import { deriveOnDemand } from '../domain/derive.js';
import { findMatches } from '../domain/match.js';
import { createSearchIndex, firstHit, type SearchIndex, search, searchableChars } from '../domain/search.js';
import type { Briefing } from '../domain/types.js';
import type { BriefingContext, LibraryContext } from './context.js';

/**
 * From this many searchable characters a search shows its first hit before counting the others
 * (`BriefingContext.firstHit`). The scan that finds every hit reads ~1 ms per million characters on
 * the benchmark machine, against ~6 ms for a search key's whole frame on a small briefing: below this
 * size counting first costs little and spares a second frame; the 100,000-line briefing (4.8 million)
 * would wait ~6 ms more on every Enter (docs/search.md, "Counting after the frame").
 */
const COUNT_AFTER_FRAME_FROM = 500_000;

/** One briefing ready to read; what is derived and the search index are built when first needed. */
export function briefingContext(briefing: Briefing): BriefingContext {
  let index: SearchIndex | undefined;
  const indexed = (): SearchIndex => {
    index ??= createSearchIndex(briefing);
    return index;
  };
  const entry: BriefingContext = {
    briefing,
    derived: deriveOnDemand(briefing),
    search: (query) => search(indexed(), query),
  };
  if (searchableChars(briefing) < COUNT_AFTER_FRAME_FROM) return entry;
  return { ...entry, firstHit: (query, prefer) => firstHit(indexed(), query, prefer) };
}

/**
 * What the reader needs of a library. Each briefing's indexes are built when first needed
 * (deriveOnDemand; the search index on the first search), not before the first frame: on a 5 MB
 * briefing they took longer than everything else before it.
 */
export function createLibraryContext(briefings: readonly Briefing[]): LibraryContext {
  return { library: briefings.map(briefingContext), findMatches };
}
