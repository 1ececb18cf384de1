import { deriveIndexes } from '../domain/derive.js';
import { findMatches } from '../domain/match.js';
import { createSearchIndex, search } from '../domain/search.js';
import type { Briefing } from '../domain/types.js';
import type { BriefingContext, ReducerContext } from '../state/context.js';

/**
 * What the reader needs of a library, computed once per load and shared: over SSH every session
 * reads the same briefings, so mentions and search indexes are built once, not per connection.
 */
export function createReaderContext(briefings: readonly Briefing[]): ReducerContext {
  const library: BriefingContext[] = briefings.map((briefing) => {
    const index = createSearchIndex(briefing);
    return { briefing, derived: deriveIndexes(briefing), search: (query) => search(index, query) };
  });
  return { library, findMatches };
}
