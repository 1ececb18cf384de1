/**
 * What an article names, for resolving its people's sides (./sides.ts): its players by every form,
 * its organisations and countries, places, states, owners of organisations, names that act as
 * parties, and the lookups over them (the acting name or role holder nearest before a sentence).
 */

import type { Sentence } from './analysed.js';
import type { DerivedPlayer } from './players.js';
import { actingNames, governmentBodies, namedPlaces, owners, regionsOf } from './story-places.js';

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

/** What the article names, for resolving a person's ties. */
export interface Story {
  readonly byForm: ReadonlyMap<string, DerivedPlayer>;
  readonly orgs: readonly DerivedPlayer[];
  /** Capitalised names that are neither people nor parties: places, when compromise knows them. */
  readonly named: ReadonlyMap<string, 'place' | 'unknown'>;
  /** The one country (or state) the article names, if it names exactly one. */
  readonly country: string | undefined;
  readonly region: string | undefined;
  /** A country named in a possessive right before an organisation (`China's Commerce Ministry`). */
  readonly ownerOf: ReadonlyMap<DerivedPlayer, string>;
  /** Names that act as parties with no word saying what they are, and where they do (./story-places.ts). */
  readonly acting: ReadonlyMap<string, readonly number[]>;
  /** Organisations the text calls a government body, with the country it gives them (or ''). */
  readonly bodies: ReadonlyMap<string, string>;
  /** The countries the article names. */
  readonly countries: ReadonlySet<string>;
}

/** What the article names, read once for all its people. */
export function storyOf(
  sentences: readonly Sentence[],
  players: readonly DerivedPlayer[],
  people: ReadonlyMap<string, DerivedPlayer>,
): Story {
  const byForm = new Map<string, DerivedPlayer>();
  for (const p of players) for (const form of [p.name, ...p.aliases]) byForm.set(key(form), p);
  const orgs = players.filter((p) => p.kind === 'organisation');
  const countries = new Set(
    players.filter((p) => p.kind === 'country' && p.name !== 'Europe').map((p) => p.name),
  );
  const regions = regionsOf(sentences);
  return {
    byForm,
    orgs,
    named: namedPlaces(sentences, people),
    country: countries.size === 1 ? [...countries][0] : undefined,
    region: regions.size === 1 ? [...regions][0] : undefined,
    ownerOf: owners(sentences, byForm),
    acting: actingNames(sentences, people),
    bodies: governmentBodies(sentences),
    countries,
  };
}

/** The name acting as a party (./story-places.ts) nearest before sentence `at`. */
export function nearestActing(story: Story, at: number): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const [name, seen] of story.acting) {
    const last = Math.max(-1, ...seen.filter((i) => i <= at));
    if (last > bestAt) [best, bestAt] = [name, last];
  }
  return best;
}

/** The person named last (at or before sentence `at`) with this role word, other than `person`. */
export function roleHolder(
  role: string,
  at: number,
  person: DerivedPlayer,
  story: Story,
): DerivedPlayer | undefined {
  let best: DerivedPlayer | undefined;
  for (const other of new Set(story.byForm.values())) {
    if (other === person || other.kind !== 'person' || !other.roleWords.includes(role)) continue;
    if (other.first.index <= at && (best === undefined || other.first.index > best.first.index)) best = other;
  }
  return best;
}

/** A country as the article names it (`US` where it says `US`), else its own name. */
export function countryName(text: string, country: string, story: Story): string {
  const player = story.byForm.get(key(country)) ?? story.byForm.get(key(text));
  return player?.kind === 'country' ? player.name : country;
}
