/**
 * Players from the names of an article: people, organisations and countries, each once, with the
 * forms the article uses for them as aliases (`Umerov` for `Rustem Umerov`, `President Trump`,
 * `Ukrainian` for `Ukraine`), a role from the nearest role phrase, and a side from the parties the
 * text ties them to (./context.ts), resolved to a country or a named organisation. A side the text
 * does not give stays empty.
 */

import type { Sentence } from './analysed.js';
import { type Context, contextOf, sentenceTies, type Tie } from './context.js';
import { DEMONYMS } from './lexicon.js';
import { countryOf, type NameChunk } from './names.js';
import type { Token } from './tokens.js';

export type PartyKind = 'person' | 'organisation' | 'country' | 'group';

export interface DerivedPlayer {
  name: string;
  kind: PartyKind;
  aliases: string[];
  roles: string[];
  ties: Tie[];
  side: string;
  /** The sentence of the first mention, and of the one that gave the role or side. */
  first: Sentence;
  evidence: Sentence | undefined;
  personCue: boolean;
  mentions: number;
}

interface Mention {
  readonly sentence: Sentence;
  readonly chunk: NameChunk;
  readonly context: Context;
}

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
const wordsOf = (name: string) => name.split(/\s+/);
const PRONOUNS = /^(?:he|she)$/i;

/** The players of an article, in order of first mention. */
export function derivePlayers(sentences: readonly Sentence[]): DerivedPlayer[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    for (const chunk of sentence.names) {
      mentions.push({ sentence, chunk, context: contextOf(sentence.text, sentence.tokens, chunk) });
    }
  }
  const people = collectPeople(mentions);
  const parties = collectParties(mentions);
  addSentenceTies(sentences, people);
  const all = [...people.values(), ...parties.values()].sort(
    (a, b) => a.first.index - b.first.index || a.name.localeCompare(b.name),
  );
  resolveSides(all);
  return all;
}

function isPersonMention(m: Mention): boolean {
  const words = wordsOf(m.chunk.name).length;
  if (m.chunk.kind === 'person') return words <= 5;
  if (m.chunk.kind !== 'unknown' || words > 4) return false;
  return m.context.personCue;
}

function collectPeople(mentions: readonly Mention[]): Map<string, DerivedPlayer> {
  const people = new Map<string, DerivedPlayer>();
  const add = (name: string, m: Mention) => {
    const player = people.get(key(name)) ?? {
      name,
      kind: 'person' as const,
      aliases: [],
      roles: [],
      ties: [],
      side: '',
      first: m.sentence,
      evidence: undefined,
      personCue: false,
      mentions: 0,
    };
    people.set(key(name), player);
    absorb(player, m);
  };
  // Full names first, so a surname alone can be tied to the one person who bears it.
  const candidates = mentions.filter(isPersonMention);
  for (const m of candidates) if (wordsOf(m.chunk.name).length > 1) add(m.chunk.name, m);
  for (const m of candidates) {
    if (wordsOf(m.chunk.name).length > 1) continue;
    const owner = surnameOwner(people, m.chunk.name);
    if (owner !== undefined) absorb(owner, m);
    else if (m.chunk.title !== '' || m.context.personCue) add(m.chunk.name, m);
  }
  // A surname met without a title or cue (`Umerov confirmed…`) is the person whose surname it is.
  for (const m of mentions) {
    if (m.chunk.kind === 'person' || m.chunk.kind === 'unknown') {
      if (wordsOf(m.chunk.name).length !== 1 || people.has(key(m.chunk.name))) continue;
      const owner = surnameOwner(people, m.chunk.name);
      if (owner !== undefined && !owner.aliases.includes(m.chunk.name)) absorb(owner, m);
    }
  }
  return people;
}

function surnameOwner(people: ReadonlyMap<string, DerivedPlayer>, word: string): DerivedPlayer | undefined {
  const owners = [...people.values()].filter((p) => {
    const words = wordsOf(p.name);
    return words.length > 1 && words.at(-1) === word;
  });
  return owners.length === 1 ? owners[0] : undefined;
}

function absorb(player: DerivedPlayer, m: Mention): void {
  player.mentions += 1;
  const { name, title } = m.chunk;
  if (name !== player.name && !player.aliases.includes(name)) player.aliases.push(name);
  // `President Trump` is a form of the name; `Ukrainian President Volodymyr Zelenskyy` is a description.
  const titled = `${title} ${name}`;
  if (
    title !== '' &&
    m.context.roles.length > 0 &&
    /^[\p{Lu}][\p{Ll}.-]*(?: [\p{Lu}][\p{Ll}.-]*)?$/u.test(title)
  ) {
    const titleWords = title.split(' ');
    if (
      titleWords.length <= 2 &&
      !titleWords.some((w) => countryOf(w) !== undefined) &&
      !player.aliases.includes(titled)
    )
      player.aliases.push(titled);
  }
  for (const role of m.context.roles) if (!player.roles.includes(role)) player.roles.push(role);
  if (m.context.ties.length > 0 && player.evidence === undefined) player.evidence = m.sentence;
  player.ties.push(...m.context.ties);
  player.personCue ||= m.context.personCue;
}

function collectParties(mentions: readonly Mention[]): Map<string, DerivedPlayer> {
  const parties = new Map<string, DerivedPlayer>();
  for (const m of mentions) {
    const { kind } = m.chunk;
    if (kind !== 'country' && kind !== 'organisation') continue;
    const name = kind === 'country' ? countryName(m.chunk.name) : m.chunk.name;
    const id = key(name);
    let party = parties.get(id);
    if (party === undefined) {
      party = {
        name: kind === 'country' && isDemonym(m.chunk.name) ? name : m.chunk.name,
        kind,
        aliases: [],
        roles: [],
        ties: [],
        side: kind === 'country' ? name : '',
        first: m.sentence,
        evidence: undefined,
        personCue: false,
        mentions: 0,
      };
      parties.set(id, party);
    }
    party.mentions += 1;
    if (m.chunk.name !== party.name && !party.aliases.includes(m.chunk.name))
      party.aliases.push(m.chunk.name);
  }
  for (const party of parties.values()) if (party.kind === 'organisation') party.side = party.name;
  return parties;
}

const isDemonym = (text: string) => DEMONYMS[text.toLowerCase()] !== undefined;
const countryName = (text: string) => countryOf(text) ?? text;

/** Sentence-level ties (delegations, copular roles, `represents`), for a name or a `He`/`She` subject. */
function addSentenceTies(sentences: readonly Sentence[], people: ReadonlyMap<string, DerivedPlayer>): void {
  const byForm = new Map<string, DerivedPlayer>();
  for (const person of people.values())
    for (const form of [person.name, ...person.aliases]) byForm.set(form, person);
  let last: DerivedPlayer | undefined;
  for (const sentence of sentences) {
    const { tokens } = sentence;
    const subjects: { person: DerivedPlayer; first: number; last: number }[] = [];
    const first = tokens[0] as Token | undefined;
    if (first !== undefined && PRONOUNS.test(first.text) && last !== undefined) {
      subjects.push({ person: last, first: 0, last: 0 });
    }
    for (const chunk of sentence.names) {
      const person = byForm.get(chunk.name);
      if (person !== undefined)
        subjects.push({ person, first: chunk.titleFirst ?? chunk.first, last: chunk.last });
    }
    for (const subject of subjects) {
      const context = sentenceTies(sentence.text, tokens, subject);
      for (const role of context.roles)
        if (!subject.person.roles.includes(role)) subject.person.roles.push(role);
      if (context.ties.length > 0 && subject.person.evidence === undefined)
        subject.person.evidence = sentence;
      subject.person.ties.push(...context.ties);
    }
    const named = sentence.names.map((chunk) => byForm.get(chunk.name)).find((p) => p !== undefined);
    if (named !== undefined) last = named;
  }
}

/**
 * Turns each person's ties into a side: the strongest tie that names a country (or a demonym), or a
 * player that is an organisation or country; a definite description (`the union`) when exactly one
 * organisation's name holds its noun; a relative's side (`Trump's son-in-law`) once that is known.
 */
function resolveSides(players: readonly DerivedPlayer[]): void {
  const byForm = new Map<string, DerivedPlayer>();
  for (const p of players) for (const form of [p.name, ...p.aliases]) byForm.set(key(form), p);
  const orgs = players.filter((p) => p.kind === 'organisation');
  const partyOf = (text: string): DerivedPlayer | string | undefined => {
    const country = countryOf(text);
    if (country !== undefined) {
      const player = byForm.get(key(country)) ?? byForm.get(key(text));
      return player?.kind === 'country' ? player.name : country;
    }
    const player = byForm.get(key(text.replace(/^the\s+/i, '')));
    if (player !== undefined) return player.kind === 'person' ? player : player.name;
    const described = /^the\s+(\S+)$/i.exec(text)?.[1]?.toLowerCase();
    if (described !== undefined) {
      const matches = orgs.filter((o) => o.name.toLowerCase().split(/\s+/).includes(described));
      if (matches.length === 1) return matches[0]?.name;
    }
    return undefined;
  };
  const pending = new Map<DerivedPlayer, DerivedPlayer>();
  for (const person of players) {
    if (person.kind !== 'person') continue;
    const ties = [...person.ties].sort((a, b) => a.strength - b.strength);
    for (const tie of ties) {
      const party = partyOf(tie.party);
      if (party === undefined || party === person) continue;
      if (typeof party === 'string') {
        person.side = party;
        break;
      }
      if (tie.kin) {
        pending.set(person, party);
        break;
      }
    }
  }
  // Relatives stand with each other: whichever side of the pair is known, the other takes it.
  for (let round = 0; round < 2; round++) {
    for (const [person, relative] of pending) {
      if (person.side === '' && relative.side !== '') person.side = relative.side;
      else if (relative.side === '' && person.side !== '') relative.side = person.side;
    }
  }
}
