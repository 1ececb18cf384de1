/**
 * What an article names, for resolving its people's sides (./sides.ts): its players by every form,
 * its organisations and countries, places, states, owners of organisations, names that act as
 * parties, and the lookups over them (the acting name or role holder nearest before a sentence).
 */

import type { Sentence } from './analysed.js';
import { capitalOf } from './capitals.js';
import { DEMONYMS } from './lexicon.js';
import { countryOf } from './names.js';
import type { DerivedPlayer } from './players.js';
import {
  actingNames,
  appositiveKinds,
  governmentBodies,
  namedPlaces,
  owners,
  placeOpening,
  regionsOf,
  townsOf,
} from './story-places.js';

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

/** What the article names, for resolving a person's ties. */
export interface Story {
  readonly byForm: ReadonlyMap<string, DerivedPlayer>;
  readonly orgs: readonly DerivedPlayer[];
  /** Capitalised names that are neither people nor parties: places, when compromise knows them. */
  readonly named: ReadonlyMap<string, 'place' | 'unknown'>;
  /** The one country the article names, if it names exactly one. */
  readonly country: string | undefined;
  /**
   * The country the story is about: the one it names; else the one its lead opens with as its
   * subject, or the only one its lead names, when no other is named more often. (Named most alone
   * is no sign: a story of one country's rules for another's companies names the other most.)
   */
  readonly home: string | undefined;
  /** Per sentence, the country it opens with as its subject (`Laos rejected…`, `Kenya's …`). */
  readonly subjects: ReadonlyMap<number, { country: string; section: string }>;
  /** Per sentence, the one country whose capital it names (`told a briefing in Hanoi`). */
  readonly capitals: ReadonlyMap<number, string>;
  readonly region: string | undefined;
  /** Per sentence, the place it opens with (`In Victoria, …`). */
  readonly openings: ReadonlyMap<number, string>;
  /** The one town the article names as one (./story-places.ts, `townsOf`). */
  readonly town: string | undefined;
  /** A country named in a possessive right before an organisation (`China's Commerce Ministry`). */
  readonly ownerOf: ReadonlyMap<DerivedPlayer, string>;
  /** Names that act as parties with no word saying what they are, and where they do (./story-places.ts). */
  readonly acting: ReadonlyMap<string, readonly number[]>;
  /** Names an appositive says what they are, by its head noun (./story-places.ts). */
  readonly kinds: ReadonlyMap<string, readonly { name: string; at: number }[]>;
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
  const named = players.filter((p) => p.kind === 'country' && p.name !== 'Europe');
  const countries = new Set(named.map((p) => p.name));
  const regions = regionsOf(sentences);
  const towns = townsOf(sentences, regions);
  const subjects = subjectCountries(sentences, byForm);
  return {
    byForm,
    orgs,
    named: namedPlaces(sentences, people),
    country: countries.size === 1 ? [...countries][0] : undefined,
    // (A web page's standfirst may come before the lead: `Government says private operator will…`.)
    home: homeCountry(
      named,
      sentences.slice(0, 2).find((s) => subjects.has(s.index)) ?? sentences[0],
      subjects,
      namedByName(sentences, byForm),
      byForm,
    ),
    capitals: capitalsNamed(sentences, byForm),
    subjects,
    region: regions.size === 1 ? [...regions][0] : undefined,
    town: towns.size === 1 ? [...towns][0] : undefined,
    openings: new Map(
      sentences.flatMap((s) => {
        const place = placeOpening(s);
        return place === undefined ? [] : [[s.index, place] as const];
      }),
    ),
    ownerOf: owners(sentences, byForm),
    acting: actingNames(sentences, people),
    kinds: appositiveKinds(sentences),
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

/** The country the story is about (see Story.home). */
function homeCountry(
  countries: readonly DerivedPlayer[],
  lead: Sentence | undefined,
  subjects: ReadonlyMap<number, { country: string }>,
  byName: ReadonlyMap<string, number>,
  byForm: ReadonlyMap<string, DerivedPlayer>,
): string | undefined {
  const [top, next] = [...countries].sort((a, b) => b.mentions - a.mentions);
  if (top === undefined) return undefined;
  if (next === undefined) return top.name;
  const most = Math.max(...byName.values());
  // `NEW DELHI, Oct 8 (Reuters) - Vietnam said…`: the capital a wire story is filed from, when the
  // story names its country as often as any.
  const filed = lead === undefined ? undefined : datelineCountry(lead, byForm);
  if (filed !== undefined && (byName.get(filed) ?? 0) >= most) return filed;
  // `Tonga on Monday granted a Canadian-listed company…`: the country the lead opens with, when no
  // other is named more often by its name (`Chinese` in `a Chinese bid` is no mention of a party).
  // (Within one mention: `Peruvian authorities on Saturday ordered…` in a story that names the
  // Canadian owner's country three times and Peru twice.)
  const subject = lead === undefined ? undefined : subjects.get(lead.index);
  if (subject !== undefined && (byName.get(subject.country) ?? 0) + 1 >= most) return subject.country;
  // `Thousands of nurses in New Zealand's public hospitals…`: the one country the lead names, when
  // no other is named more often.
  const inLead = countries.filter((c) => lead !== undefined && c.seen.includes(lead.index));
  // `The Czech National Bank held its main rate…`: a country in the name of an organisation the
  // lead opens with, when the lead names no country itself.
  const opener = lead?.names[0];
  if (inLead.length === 0 && opener !== undefined && opener.kind === 'organisation' && opener.first <= 1) {
    const owner = opener.name
      .split(/\s+/)
      .map((w) => countryOf(w))
      .find((c) => c !== undefined && c !== 'Europe' && c !== 'European Union');
    if (
      owner !== undefined &&
      countries.every((c) => c.name === owner || c.mentions <= (byName.get(owner) ?? 0) + 1)
    )
      return countries.find((c) => c.name === owner)?.name ?? owner;
  }
  const [only] = inLead;
  return inLead.length === 1 && only !== undefined && only.mentions >= top.mentions ? only.name : undefined;
}

/** The country each sentence opens with as its subject: `Laos rejected…`, `Kenya's health ministry…`. */
function subjectCountries(
  sentences: readonly Sentence[],
  byForm: ReadonlyMap<string, DerivedPlayer>,
): Map<number, { country: string; section: string }> {
  const subjects = new Map<number, { country: string; section: string }>();
  for (const sentence of sentences) {
    // `TEGUCIGALPA, May 22 (AFP) - Honduras on Tuesday suspended…`: the subject follows a dateline.
    const dash = sentence.tokens.findIndex((t, i) => i < 10 && /^\)?\s*[-–—]\s/.test(t.post));
    const opens = dash === -1 ? 0 : dash + 1;
    const chunk = sentence.names.find((c) => c.first >= opens);
    if (chunk === undefined || (chunk.titleFirst ?? chunk.first) > opens + 1) continue;
    // `Kenya and Uganda argued…`: a subject of two countries is neither's.
    // (`Vietnam, which sits at the river's mouth, …` is Vietnam's; `Kenya, Uganda and …` a list.)
    const next = sentence.tokens[chunk.last + 1];
    const listed =
      /^,/.test(sentence.tokens[chunk.last]?.post ?? '') &&
      sentence.names.some((c) => c.first === chunk.last + 1);
    if (listed || (next !== undefined && /^(?:and|&|or)$/.test(next.lower))) continue;
    const player = byForm.get(key(chunk.name));
    if (player?.kind === 'country' && player.name !== 'Europe')
      subjects.set(sentence.index, { country: player.name, section: sentence.section });
  }
  return subjects;
}

/**
 * The country an office with no country named belongs to at sentence `at`: the one this sentence
 * opens with as its subject, or whose capital it names (`told a briefing in Hanoi`), or the one the
 * sentence before (in the same section) opens with (`Laos rejected the complaint. Deputy Energy
 * Minister X said…`), else the country the story is about.
 */
export function countryAt(story: Story, at: number | undefined, section?: string): string | undefined {
  if (at !== undefined) {
    const here = story.subjects.get(at);
    if (here !== undefined) return here.country;
    // `visited Beijing on Thursday and met Vice Premier X`: the country whose capital it names.
    const capital = story.capitals.get(at);
    if (capital !== undefined) return capital;
    const before = story.subjects.get(at - 1);
    if (before !== undefined && (section === undefined || before.section === section)) return before.country;
  }
  return story.home;
}

/** How often each country is named by its name, not by a demonym. */
function namedByName(
  sentences: readonly Sentence[],
  byForm: ReadonlyMap<string, DerivedPlayer>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { names } of sentences)
    for (const chunk of names) {
      const player = byForm.get(key(chunk.name));
      if (player?.kind !== 'country' || DEMONYMS[chunk.name.toLowerCase()] !== undefined) continue;
      counts.set(player.name, (counts.get(player.name) ?? 0) + 1);
    }
  return counts;
}

/** The name an appositive said is a `noun` (`the retailer`), named nearest at or before sentence `at`. */
export function namedKind(story: Story, noun: string, at: number): { name: string; at: number } | undefined {
  let best: { name: string; at: number } | undefined;
  for (const named of story.kinds.get(noun) ?? [])
    if (named.at <= at && (best === undefined || named.at >= best.at)) best = named;
  return best;
}

/** The country a player of the story is, by the name `countryOf` gives it (`Czechia` for `Czech Republic`). */
function storyCountry(name: string, byForm: ReadonlyMap<string, DerivedPlayer>): string | undefined {
  const player = byForm.get(key(name)) ?? byForm.get(key(countryOf(name) ?? name));
  return player?.kind === 'country' ? player.name : undefined;
}

/** The country of the capital a lead's dateline names (`NEW DELHI, Oct 8 (Reuters) -`), if the story names it. */
function datelineCountry(lead: Sentence, byForm: ReadonlyMap<string, DerivedPlayer>): string | undefined {
  const dash = lead.tokens.findIndex((t, i) => i < 10 && /^\)?\s*[-–—]\s/.test(t.post));
  const [city] = lead.names;
  if (dash === -1 || city === undefined || city.first > 0 || city.last > dash) return undefined;
  const country = capitalOf(city.name);
  return country === undefined ? undefined : storyCountry(country, byForm);
}

/** Per sentence, the one country of the story whose capital the sentence names. */
function capitalsNamed(
  sentences: readonly Sentence[],
  byForm: ReadonlyMap<string, DerivedPlayer>,
): Map<number, string> {
  const capitals = new Map<number, string>();
  for (const { names, index } of sentences) {
    const found = new Set(
      names.flatMap((chunk) => {
        const country = capitalOf(chunk.name);
        const named = country === undefined ? undefined : storyCountry(country, byForm);
        return named === undefined ? [] : [named];
      }),
    );
    if (found.size === 1) capitals.set(index, [...found][0] as string);
  }
  return capitals;
}
