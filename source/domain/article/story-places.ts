/**
 * The places of an article, for sides: capitalised names that are neither people nor parties, the
 * states and provinces it names, and the country that owns an organisation (`China's Commerce Ministry`).
 */

import type { Sentence } from './analysed.js';
import { ORG_HEADS } from './lexicon.js';
import { countryOf, type NameChunk } from './names.js';
import type { DerivedPlayer } from './players.js';
import { COMPANY_WORDS, GOVERNMENT_WORDS } from './side-words.js';

const ORG_WORDS = new Set([...ORG_HEADS, ...COMPANY_WORDS]);

import { isPossessive, stripPossessive, type Token } from './tokens.js';

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
const wordsOf = (name: string) => name.split(/\s+/);

/** Capitalised names that are neither people nor parties: places compromise knows, and the rest. */
export function namedPlaces(
  sentences: readonly Sentence[],
  people: ReadonlyMap<string, DerivedPlayer>,
): Map<string, 'place' | 'unknown'> {
  const named = new Map<string, 'place' | 'unknown'>();
  for (const sentence of sentences) {
    for (const chunk of sentence.names) {
      if (chunk.kind !== 'place' && chunk.kind !== 'unknown' && chunk.kind !== 'organisation') continue;
      if (people.has(key(chunk.name))) continue;
      const tokens = sentence.tokens.slice(chunk.first, chunk.last + 1);
      const place = chunk.kind === 'place' || tokens.some((t) => t.tags.has('Place') || t.tags.has('City'));
      if (named.get(chunk.name) !== 'place') named.set(chunk.name, place ? 'place' : 'unknown');
    }
  }
  return named;
}

/**
 * States and provinces the article names: those compromise knows as regions, and any it introduces
 * as one (`the province of Misiones`, `Kano state`).
 */
export function regionsOf(sentences: readonly Sentence[]): Set<string> {
  const regions = new Set<string>();
  for (const { tokens, names } of sentences) {
    for (const chunk of names) {
      if (chunk.kind === 'person' || chunk.kind === 'date' || chunk.kind === 'thing') continue;
      const part = tokens.slice(chunk.first, chunk.last + 1);
      const before = `${tokens[chunk.first - 2]?.lower ?? ''} ${tokens[chunk.first - 1]?.lower ?? ''}`;
      const after = tokens[chunk.last + 1]?.lower ?? '';
      if (
        part.every((t) => t.tags.has('Region')) ||
        /^(?:province|state|territory) of$/.test(before) ||
        /^(?:state|province|territory|region)$/.test(after) ||
        // (`the Northwest Territories`, `Copperbelt Province`, `Nimba County`: a region by its name.)
        (part.length > 1 &&
          /^(?:Territory|Territories|Province|Oblast|Prefecture|County|Region)$/.test(
            part.at(-1)?.text ?? '',
          ))
      )
        regions.add(chunk.name);
    }
  }
  return regions;
}

/**
 * The towns the article names as such: `the city of Port Calloway`, `the town of X`, or a place
 * followed by its state, province or country (`Cedar Falls, British Columbia,`).
 */
export function townsOf(sentences: readonly Sentence[], regions: ReadonlySet<string>): Set<string> {
  const towns = new Set<string>();
  for (const { tokens, names } of sentences) {
    names.forEach((chunk, k) => {
      if (chunk.kind !== 'place' && chunk.kind !== 'unknown') return;
      if (countryOf(chunk.name) !== undefined || regions.has(chunk.name)) return;
      const before = `${tokens[chunk.first - 2]?.lower ?? ''} ${tokens[chunk.first - 1]?.lower ?? ''}`;
      const next = names[k + 1];
      const within =
        next !== undefined &&
        next.first === chunk.last + 1 &&
        /^,\s*$/.test(tokens[chunk.last]?.post ?? '') &&
        (regions.has(next.name) ||
          countryOf(next.name) !== undefined ||
          tokens.slice(next.first, next.last + 1).every((t) => t.tags.has('Region')));
      if (/^(?:city|town|village|municipality) of$/.test(before) || within) towns.add(chunk.name);
    });
  }
  return towns;
}

/** A country named in a possessive right before an organisation: `China's Commerce Ministry`. */
export function owners(
  sentences: readonly Sentence[],
  byForm: ReadonlyMap<string, DerivedPlayer>,
): Map<DerivedPlayer, string> {
  const owner = new Map<DerivedPlayer, string>();
  for (const { names } of sentences) {
    names.forEach((chunk, i) => {
      const next = names[i + 1];
      if (!chunk.possessive || next === undefined || next.first !== chunk.last + 1) return;
      const country = countryOf(chunk.name);
      const org = byForm.get(key(next.name));
      if (country !== undefined && org?.kind === 'organisation' && !owner.has(org))
        owner.set(org, byForm.get(key(country))?.name ?? country);
    });
  }
  return owner;
}

/**
 * Names that act in the story as parties though no word says what they are: a name of two words or
 * more, not a person's or a place's, that opens a sentence (after `The`) as its subject (`Kestrel
 * Mining cut 200 jobs`), with the sentences it does so in. A company without an organisation word
 * in its name (`Vento Air`) is found this way.
 */
export function actingNames(
  sentences: readonly Sentence[],
  people: ReadonlyMap<string, DerivedPlayer>,
): Map<string, number[]> {
  const acting = new Map<string, number[]>();
  for (const { tokens, names, index } of sentences) {
    const [chunk] = names;
    const opener = unreadOpener(tokens, chunk);
    if (opener !== undefined) acting.set(opener, [...(acting.get(opener) ?? []), index]);
    const start = tokens[0]?.lower === 'the' ? 1 : 0;
    if (chunk === undefined || chunk.first !== start || chunk.kind !== 'unknown' || chunk.possessive)
      continue;
    if (people.has(key(chunk.name)) || wordsOf(chunk.name).length < 2) continue;
    const part = tokens.slice(chunk.first, chunk.last + 1);
    if (part.some((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Region'))) continue;
    // The verb after it (compromise reads some verbs as nouns: `Kestrel Mining cut 200 jobs`).
    const next = tokens[chunk.last + 1];
    const verbLike =
      next !== undefined &&
      (next.tags.has('Verb') ||
        (/^\p{Ll}/u.test(next.text) &&
          !['Preposition', 'Conjunction', 'Determiner', 'Adjective', 'Possessive'].some((t) =>
            next.tags.has(t),
          )));
    if (!verbLike) continue;
    acting.set(chunk.name, [...(acting.get(chunk.name) ?? []), index]);
  }
  // `said Meghdoot had been hit by cancelled orders`, `Nordhav would pay`: a one-word name that is
  // no person's, no place and no date, as the subject of a verb, in two sentences or more.
  const personal = new Set([...people.values()].flatMap((p) => [p.name, ...p.aliases].map(key)));
  const single = new Map<string, number[]>();
  for (const { tokens, names, index } of sentences) {
    for (const chunk of names) {
      if (chunk.kind !== 'unknown' || chunk.possessive || chunk.first === 0) continue;
      if (wordsOf(chunk.name).length !== 1 || personal.has(key(chunk.name))) continue;
      const token = tokens[chunk.first] as Token;
      if (['Place', 'City', 'Region', 'Person', 'FirstName', 'LastName'].some((t) => token.tags.has(t)))
        continue;
      const next = tokens[chunk.last + 1];
      if (next === undefined || !next.tags.has('Verb') || next.tags.has('Adjective')) continue;
      single.set(chunk.name, [...(single.get(chunk.name) ?? []), index]);
    }
  }
  for (const [name, seen] of single)
    if (new Set([...seen, ...(acting.get(name) ?? [])]).size >= 2)
      acting.set(
        name,
        [...(acting.get(name) ?? []), ...seen].sort((a, b) => a - b),
      );
  return acting;
}

/**
 * Organisations the text calls a government body, with the country it gives them as written (or ''):
 * `Britain's communications regulator Ofcom`, `Ofcom, the UK's media regulator,`. A regulator's
 * official stands for the regulator's country, whatever the body's name says.
 */
export function governmentBodies(sentences: readonly Sentence[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const { tokens, names } of sentences) {
    names.forEach((chunk) => {
      if (chunk.kind !== 'unknown' && chunk.kind !== 'organisation') return;
      const before = tokens[chunk.first - 1];
      const lowerBefore =
        before !== undefined && /^\p{Ll}/u.test(before.text) && GOVERNMENT_WORDS.has(before.lower);
      let span: readonly Token[] = [];
      if (lowerBefore) span = tokens.slice(Math.max(0, chunk.first - 5), chunk.first);
      else if (/^,/.test((tokens[chunk.last] as Token).post) && tokens[chunk.last + 1]?.lower === 'the') {
        const end = tokens.findIndex((t, i) => i > chunk.last && /[,.;]/.test(t.post));
        const after = tokens.slice(chunk.last + 1, end === -1 ? tokens.length : end + 1);
        if (after.length <= 6 && GOVERNMENT_WORDS.has(stripPossessive(after.at(-1)?.lower ?? '')))
          span = after;
      }
      if (span.length === 0) return;
      const owner = span.find((t) => isPossessive(t) && countryOf(t.text, t) !== undefined);
      const country = owner === undefined ? '' : stripPossessive(owner.text);
      if (!bodies.get(chunk.name)) bodies.set(chunk.name, country);
    });
  }
  return bodies;
}

/**
 * `Cosla, which represents councils, said…`: a capitalised word opening a sentence that the name
 * rules could not read, described as an organisation is (`which`, not `who`).
 */
export function unreadOpener(tokens: readonly Token[], first: NameChunk | undefined): string | undefined {
  const opener = tokens[0];
  if (
    opener === undefined ||
    !/^\p{Lu}/u.test(opener.text) ||
    opener.tags.has('Determiner') ||
    opener.tags.has('Pronoun') ||
    !/^,/.test(opener.post) ||
    tokens[1]?.lower !== 'which' ||
    (first !== undefined && first.first === 0)
  )
    return undefined;
  return opener.text;
}

/**
 * Names an appositive says what they are, by the head noun it gives: `Linnéa, the Swedish fashion
 * retailer that buys…` (`retailer`), `Cuprex, a copper smelter,` (`smelter`), with the sentences
 * they are named in, so `the retailer's head of sustainability` refers back to Linnéa.
 */
export function appositiveKinds(sentences: readonly Sentence[]): Map<string, { name: string; at: number }[]> {
  const kinds = new Map<string, { name: string; at: number }[]>();
  for (const { tokens, names, index } of sentences) {
    // A capitalised word opening the sentence that the name rules left (`Linnéa, the Swedish…`).
    const opener = tokens[0];
    const openers =
      opener !== undefined &&
      /^\p{Lu}/u.test(opener.text) &&
      !opener.tags.has('Determiner') &&
      !opener.tags.has('Pronoun') &&
      names[0]?.first !== 0
        ? [{ name: opener.text, first: 0, last: 0, kind: 'unknown' as const }]
        : [];
    for (const chunk of [...openers, ...names]) {
      if (chunk.kind === 'date') continue;
      if (
        !/^,/.test((tokens[chunk.last] as Token).post) ||
        !/^(?:the|a|an)$/.test(tokens[chunk.last + 1]?.lower ?? '')
      )
        continue;
      // The noun before the appositive ends (a comma, `that`, `which`, `with`, `of`, `based`).
      let head: Token | undefined;
      for (let i = chunk.last + 2; i < Math.min(tokens.length, chunk.last + 8); i++) {
        const token = tokens[i] as Token;
        if (/^(?:that|which|who|with|of|for|in|based|whose)$/.test(token.lower)) break;
        if (/^\p{Lu}/u.test(token.text) && countryOf(token.text, token) === undefined) break;
        if (token.tags.has('Noun')) head = token;
        if (/[,.;]/.test(token.post)) break;
      }
      if (head === undefined) continue;
      const noun = stripPossessive(head.lower);
      // (`Costa Viva, an environmental group,`: compromise's person, but a group by the text.)
      // (`the Textile Safety Accord, an inspection programme`: a thing compromise saw, a body by the text.)
      if ((chunk.kind === 'person' || chunk.kind === 'thing') && !ORG_WORDS.has(noun)) continue;
      kinds.set(noun, [...(kinds.get(noun) ?? []), { name: chunk.name, at: index }]);
    }
  }
  return kinds;
}

/** `In Constanța, Mayor X…`, `In Kisumu, the county's governor, X,`: the place a sentence opens with. */
export function placeOpening(sentence: Sentence): string | undefined {
  const [first] = sentence.tokens;
  const chunk = sentence.names[0];
  if (first?.lower !== 'in' || chunk === undefined || chunk.first !== 1) return undefined;
  // (`In Guayas province, …`: the place and its kind.)
  const kind = sentence.tokens[chunk.last + 1];
  const end = /^(?:province|state|region|county|district|city|town)$/.test(kind?.lower ?? '')
    ? chunk.last + 1
    : chunk.last;
  if (!/^,/.test(sentence.tokens[end]?.post ?? '')) return undefined;
  return chunk.kind === 'place' || chunk.kind === 'unknown' ? chunk.name : undefined;
}
