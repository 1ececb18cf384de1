/**
 * Capital cities and their countries, from `countries-list` (a small, kept data package): a wire
 * story's dateline (`NEW DELHI, Oct 8 (Reuters) -`) says where it is filed, and a minister who
 * `told a briefing in Hanoi` speaks in their own capital.
 */

import { countries } from 'countries-list';
import { isKnownWord, isPlaceName } from './tokens.js';

/** Capitals that are as often something else: a US state, a person's name, a word. */
const AMBIGUOUS = new Set([
  'washington d.c.',
  'victoria',
  'hamilton',
  'georgetown',
  'kingston',
  'male',
  'sucre',
]);

let byCapital: Map<string, string> | undefined;

/** The country whose capital `city` is (`Hanoi` → `Vietnam`), when it is one and not ambiguous. */
export function capitalOf(city: string): string | undefined {
  if (byCapital === undefined) {
    byCapital = new Map();
    for (const { name, capital } of Object.values(countries)) {
      const key = capital.toLowerCase();
      if (capital === '' || AMBIGUOUS.has(key) || byCapital.has(key)) continue;
      // (`Male`, `Praia` and the like: a capital that is also a common word is left out.)
      if (isKnownWord(capital) && !isPlaceName(capital)) continue;
      byCapital.set(key, name);
    }
  }
  return byCapital.get(city.toLowerCase());
}
