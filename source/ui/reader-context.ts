import { deriveOnDemand } from '../domain/derive.js';
import { findMatches } from '../domain/match.js';
import { createSearchIndex, firstHit, type SearchIndex, search, searchableChars } from '../domain/search.js';
import type { Briefing } from '../domain/types.js';
import type { BriefingContext, ReducerContext } from '../state/context.js';

/**
 * From this many searchable characters a search shows its first hit before counting the others
 * (`BriefingContext.firstHit`). The scan that finds every hit reads ~1 ms per million characters on
 * the benchmark machine, against ~6 ms for a search key's whole frame on a small briefing: below this
 * size counting first costs little and spares a second frame; the 100,000-line briefing (4.8 million)
 * would wait ~6 ms more on every Enter (docs/search.md, "Counting after the frame").
 */
export const COUNT_AFTER_FRAME_FROM = 500_000;

/** Options of {@link createReaderContext}. */
export interface ReaderContextOptions {
  /** Overrides {@link COUNT_AFTER_FRAME_FROM} (tests: 0 makes every briefing count after the frame). */
  readonly countAfterFrameFrom?: number;
}

/**
 * What the reader needs of a library, computed once per load and shared: over SSH every session
 * reads the same briefings, so mentions and search indexes are built once, not per connection.
 * Each is built when first needed (deriveOnDemand; the index on the first search), not before the
 * first frame: on a 5 MB briefing they took longer than everything else before it.
 */
export function createReaderContext(
  briefings: readonly Briefing[],
  options: ReaderContextOptions = {},
): ReducerContext {
  const threshold = options.countAfterFrameFrom ?? COUNT_AFTER_FRAME_FROM;
  const library: BriefingContext[] = briefings.map((briefing) => {
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
    if (searchableChars(briefing) < threshold) return entry;
    return { ...entry, firstHit: (query, prefer) => firstHit(indexed(), query, prefer) };
  });
  return { library, findMatches };
}
