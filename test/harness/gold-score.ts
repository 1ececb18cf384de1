/**
 * Scoring a derived briefing against a hand-written gold file (the rules in docs/import.md):
 * people by name or alias, sides of the people found, figures and dates by the gold text occurring in
 * a derived value, and provenance (every derived item's sentence found verbatim in the article).
 */

import { parse as parseYaml } from 'yaml';
import { COUNTRY_FORMS, DEMONYMS } from '../../source/domain/article/lexicon.js';
import type { Briefing } from '../../source/domain/types.js';

export interface GoldPerson {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly side?: string | null;
  readonly role?: string;
}

export interface Gold {
  readonly shape: 'headed' | 'wire' | 'html';
  readonly title?: string;
  readonly sections?: number;
  readonly people: readonly GoldPerson[];
  readonly organisations?: readonly string[];
  readonly figures: readonly string[];
  readonly dates: readonly string[];
}

export function readGold(text: string): Gold {
  const data = parseYaml(text) as Partial<Gold> | null;
  if (data === null || typeof data !== 'object') throw new Error('gold file is not a mapping');
  return {
    shape: data.shape ?? 'headed',
    ...(data.title === undefined ? {} : { title: String(data.title) }),
    ...(data.sections === undefined ? {} : { sections: Number(data.sections) }),
    people: (data.people ?? []).map((p) => ({
      ...p,
      name: String(p.name),
      aliases: (p.aliases ?? []).map(String),
    })),
    figures: (data.figures ?? []).map(String),
    dates: (data.dates ?? []).map(String),
  };
}

/** A count of hits out of a total. */
export interface Ratio {
  hit: number;
  of: number;
}

export interface Score {
  people: { precision: Ratio; recall: Ratio };
  sides: Ratio;
  figures: { precision: Ratio; recall: Ratio };
  dates: { precision: Ratio; recall: Ratio };
  provenance: Ratio;
  title: boolean | undefined;
  sections: { derived: number; gold: number | undefined };
  /** Readable notes on every miss, for whoever tunes the rules. */
  misses: string[];
}

/** A name as compared: lower case, possessive and trailing punctuation cut, spaces collapsed. */
export const nameKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/[\s.,;:!?'"“”’)]+$/u, '');

/** A side as compared: the US's names are one, a demonym is its country. */
export function sideKey(text: string): string {
  const plain = nameKey(text).replace(/^the /, '');
  for (const forms of COUNTRY_FORMS) {
    if (forms[0] === 'United States' && forms.some((f) => nameKey(f).replace(/^the /, '') === plain))
      return 'united states';
  }
  const country = DEMONYMS[plain];
  return country === undefined ? plain : nameKey(country);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Scores one derived briefing; `articleText` is what the source sentences must be found in. */
export function scoreBriefing(briefing: Briefing, gold: Gold, articleText: string): Score {
  const misses: string[] = [];
  const people = briefing.players.filter((p) => p.kind === 'person');
  const formsOf = (names: readonly string[]) => new Set(names.map(nameKey));
  const goldForms = gold.people.map((g) => formsOf([g.name, ...(g.aliases ?? [])]));
  const matchOf = (forms: Set<string>) =>
    people.find((p) => [p.name, ...p.aliases].some((n) => forms.has(nameKey(n))));

  let derivedMatched = 0;
  for (const person of people) {
    const hit = goldForms.some((forms) =>
      [person.name, ...person.aliases].some((n) => forms.has(nameKey(n))),
    );
    if (hit) derivedMatched += 1;
    else misses.push(`extra person: ${person.name}`);
  }
  let goldMatched = 0;
  const sides: Ratio = { hit: 0, of: 0 };
  gold.people.forEach((g, i) => {
    const found = matchOf(goldForms[i] as Set<string>);
    if (found === undefined) {
      misses.push(`missed person: ${g.name}`);
      return;
    }
    goldMatched += 1;
    const goldSide = g.side ?? null;
    if (goldSide === null) {
      if (found.side !== '') {
        sides.of += 1;
        misses.push(`side guessed: ${g.name} (null) got "${found.side}"`);
      }
      return;
    }
    sides.of += 1;
    if (found.side !== '' && sideKey(found.side) === sideKey(goldSide)) sides.hit += 1;
    else misses.push(`side: ${g.name} wants "${goldSide}", got "${found.side}"`);
  });

  const contains = (haystack: string, needle: string) =>
    haystack.toLowerCase().includes(needle.toLowerCase());
  const values = briefing.figures.map((f) => f.value);
  const whens = briefing.timeline.map((t) => t.when);
  const pr = (derived: readonly string[], wanted: readonly string[], what: string) => {
    const recall = wanted.filter((w) => derived.some((d) => contains(d, w)));
    const precise = derived.filter((d) => wanted.some((w) => contains(d, w)));
    for (const w of wanted) if (!recall.includes(w)) misses.push(`missed ${what}: ${w}`);
    for (const d of derived) if (!precise.includes(d)) misses.push(`extra ${what}: ${d}`);
    return {
      precision: { hit: precise.length, of: derived.length },
      recall: { hit: recall.length, of: wanted.length },
    };
  };

  const article = collapse(articleText);
  const items = [
    ...briefing.players,
    ...briefing.issues,
    ...briefing.timeline,
    ...briefing.figures,
    ...(briefing.quotes ?? []),
  ];
  const provenance: Ratio = { hit: 0, of: items.length };
  for (const item of items) {
    if (item.source !== undefined && article.includes(collapse(item.source.text))) provenance.hit += 1;
    else misses.push(`source not in the article: ${item.source?.text ?? '(none)'}`);
  }
  const title = gold.title === undefined ? undefined : briefing.meta.title === gold.title;
  if (title === false) misses.push(`title: wants "${gold.title}", got "${briefing.meta.title}"`);

  return {
    people: {
      precision: { hit: derivedMatched, of: people.length },
      recall: { hit: goldMatched, of: gold.people.length },
    },
    sides,
    figures: pr(values, gold.figures, 'figure'),
    dates: pr(whens, gold.dates, 'date'),
    provenance,
    title,
    sections: { derived: briefing.sections.length, gold: gold.sections },
    misses,
  };
}
