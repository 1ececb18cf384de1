/**
 * Seeded random words for generated test data: a mulberry32 PRNG and a small news vocabulary sampled
 * Zipf-like, so some words are everywhere and others rare. Deterministic for a given seed.
 */

/** News vocabulary ranked by intended frequency: sampling is Zipf-like, so `the` is common, the tail rare. */
export const WORDS = (
  'the of and to in a on for that with as by said at from was is it be has not were have this are ' +
  'government talks minister officials agreement border security president council week would could ' +
  'deal sanctions vote parliament after before about over new plan under public statement report ' +
  'aid budget forces region capital election court energy trade market prices supply grain port ' +
  'corridor pipeline treaty draft clause reform protest strike coalition cabinet envoy delegation ' +
  'observers monitors tariff quota reserve deficit inflation currency bond loan creditor audit ' +
  'inquiry tribunal verdict appeal ruling mandate referendum turnout ballot recount dispute claim ' +
  'frontier checkpoint convoy shipment harvest drought flood relief shelter clinic vaccine outbreak ' +
  'quarantine summit communique memorandum framework roadmap timetable deadline extension waiver'
).split(' ');

/**
 * A small deterministic generator (mulberry32): the same seed gives the same numbers, so generated
 * data and a failing randomised run can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Seeded choices: a float in [0, 1), an integer in [min, max], an element, a vocabulary word. */
export interface Generator {
  readonly next: () => number;
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(list: readonly T[]) => T;
  readonly word: () => string;
}

/** A generator for a seed; the same seed gives the same sequence. */
export function generator(seed: number): Generator {
  const next = seededRandom(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < WORDS.length; rank += 1) {
    total += 1 / (rank + 1);
    cumulative.push(total);
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = (): string => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return WORDS[low] ?? 'the';
  };
  return { next, int, pick, word };
}
