import { createSearchIndex, firstHit } from '../../source/domain/search.js';
import type { ItemRef } from '../../source/domain/types.js';
import type { LibraryContext } from '../../source/state/context.js';

/**
 * The library as a large briefing's is (half a million searchable characters and more): every entry
 * finds its first hit before counting the rest, so a small test briefing can take that path.
 */
export function countingAfterTheFrame(shared: LibraryContext): LibraryContext {
  const library = shared.library.map((entry) => {
    const index = createSearchIndex(entry.briefing);
    const first = (query: string, prefer: ItemRef | undefined) => firstHit(index, query, prefer);
    return { ...entry, firstHit: first };
  });
  return { ...shared, library };
}
