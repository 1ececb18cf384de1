/**
 * Players from the names of an article: people, organisations and countries, each once, with the
 * forms the article uses for them as aliases (`Umerov` for `Rustem Umerov`, `President Trump`,
 * `Ukrainian` for `Ukraine`, `FEMA` for `Federal Emergency Management Agency`), a role from the
 * nearest role phrase, and a side from the parties the text ties them to (./context.ts), resolved
 * to a country or an organisation the article names. A side the text does not give stays empty.
 */

import type { Sentence } from './analysed.js';
import type { Office, Tie } from './context.js';
import { ORG_HEADS } from './lexicon.js';
import { type Mention, mentionsOf } from './mentions.js';
import { countryOf } from './names.js';
import { isShortForm } from './org-kinds.js';
import { absorbContext, addSentenceTies } from './person-ties.js';
import { resolveSides } from './sides.js';
import { isDemonym } from './ties.js';
import { withoutBracketed } from './tokens.js';

export type PartyKind = 'person' | 'organisation' | 'country' | 'group';

export interface DerivedPlayer {
  name: string;
  kind: PartyKind;
  aliases: string[];
  roles: string[];
  ties: Tie[];
  /** Weaker ties, used only when the others give no side (see `fallbackTies`). */
  fallback: Tie[];
  /** A person this one is introduced alongside (`X also attended`): their side, when nothing else gives one. */
  alongside: DerivedPlayer | undefined;
  /** A country the person is set against (`his Argentine counterpart`): the other one, in a story of two. */
  opposite: string | undefined;
  side: string;
  /** The sentence of the first mention, and of the one that gave the role or side. */
  first: Sentence;
  /** Token index of the first mention in its sentence, to order players named in one sentence. */
  firstAt: number;
  evidence: Sentence | undefined;
  personCue: boolean;
  mentions: number;
  /** The sentences it is named in (an organisation's or a country's; ./sides.ts adds descriptions). */
  seen: number[];
  /** Role nouns of the phrases around a person's name, lower case. */
  roleWords: string[];
  /** The level of government of an office the person holds, when a title says so. */
  office: Office | undefined;
}

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
const wordsOf = (name: string) => name.split(/\s+/);
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;

function newPlayer(name: string, kind: PartyKind, sentence: Sentence, firstAt = 0): DerivedPlayer {
  return {
    name,
    kind,
    aliases: [],
    roles: [],
    ties: [],
    fallback: [],
    alongside: undefined,
    opposite: undefined,
    side: '',
    first: sentence,
    firstAt,
    evidence: undefined,
    personCue: false,
    mentions: 0,
    seen: [],
    roleWords: [],
    office: undefined,
  };
}

/** The players of an article, in order of first mention. */
export function derivePlayers(sentences: readonly Sentence[]): DerivedPlayer[] {
  const partyBefore = new Map<Sentence, string>();
  const mentions = mentionsOf(sentences, partyBefore);
  const people = collectPeople(mentions);
  addBareSurnames(sentences, people);
  const parties = collectParties(mentions);
  // `Coral Mobile`: a company compromise took for a person by a first name, where the text treats it
  // as an organisation elsewhere (`a spokeswoman for Coral Mobile`) and gives it no role of a person.
  // `China's Hengrui Lithium, which holds 49%`: a name a mention says is a thing (`which`, an
  // appositive of an organisation) and compromise does not know as a person's is no person.
  // `Atlantic Meridian said…` after `Atlantic Meridian Petroleum`: the organisation's short form.
  const orgNamed = mentions.filter((m) => m.chunk.kind === 'organisation' || m.context.orgCue);
  for (const [id, person] of people) {
    const own = mentions.filter((m) => key(m.chunk.name) === id);
    const known = own.some((m) => m.chunk.kind === 'person' || m.chunk.personTagged);
    const thing = own.some((m) => m.context.orgCue);
    const short = orgNamed.some((m) => key(m.chunk.name).startsWith(`${id} `));
    if (
      (parties.get(id)?.kind === 'organisation' &&
        person.roles.length === 0 &&
        person.roleWords.length === 0) ||
      (!known && (thing || short) && person.roleWords.length === 0)
    )
      people.delete(id);
  }
  addSentenceTies(sentences, people, mentions, partyBefore);
  const all = [...people.values(), ...parties.values()].sort(
    (a, b) => a.first.index - b.first.index || a.firstAt - b.firstAt || a.name.localeCompare(b.name),
  );
  resolveSides(sentences, all, people);
  return all;
}

function isPersonMention(m: Mention): boolean {
  const words = wordsOf(m.chunk.name).length;
  if (m.context.orgCue) return false;
  if (m.chunk.kind === 'person') return words <= 5;
  // `Its founder, Helen Marsh,`: a role phrase makes a person of a name compromise took for a place.
  if (m.chunk.kind === 'place') return words >= 2 && words <= 4 && m.context.roleCue === true;
  if (m.chunk.kind !== 'unknown' || words > 4) return false;
  return m.context.personCue;
}

function collectPeople(mentions: readonly Mention[]): Map<string, DerivedPlayer> {
  const people = new Map<string, DerivedPlayer>();
  const add = (name: string, m: Mention) => {
    const player = people.get(key(name)) ?? newPlayer(name, 'person', m.sentence, m.chunk.first);
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
    // One word alone is a person only with a title, or when compromise knows it as a name and a role
    // or speech verb stands beside it (`Agent`, `Client` in a README are neither).
    else if (m.chunk.title !== '' || (m.context.personCue && m.chunk.personTagged)) add(m.chunk.name, m);
  }
  // A surname met without a title or cue (`Umerov confirmed…`, `De Groot`) is the person whose surname it is.
  for (const m of mentions) {
    if (m.chunk.kind !== 'person' && m.chunk.kind !== 'unknown') continue;
    if (people.has(key(m.chunk.name))) continue;
    const owner = surnameOwner(people, m.chunk.name);
    if (owner !== undefined && !owner.aliases.includes(m.chunk.name)) absorb(owner, m);
  }
  return people;
}

/**
 * A surname standing alone where compromise saw no name (`Umerov confirmed the talks began.`, at the
 * start of a sentence): the word, capitalised as in the name, is that person's alias.
 */
function addBareSurnames(sentences: readonly Sentence[], people: ReadonlyMap<string, DerivedPlayer>): void {
  const owners = new Map<string, DerivedPlayer | null>();
  for (const person of people.values()) {
    const words = wordsOf(person.name);
    const surname = words.at(-1);
    if (words.length < 2 || surname === undefined || !/^\p{Lu}/u.test(surname)) continue;
    owners.set(surname, owners.has(surname) ? null : person);
  }
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      const owner = owners.get(token.text.replace(/['’]s$/u, ''));
      if (owner === undefined || owner === null) continue;
      const alias = token.text.replace(/['’]s$/u, '');
      if (!owner.aliases.includes(alias)) owner.aliases.push(alias);
    }
  }
}

/** The one person whose name ends with these words (`Umerov`; `De Groot` for `Pieter de Groot`). */
function surnameOwner(people: ReadonlyMap<string, DerivedPlayer>, name: string): DerivedPlayer | undefined {
  const tail = key(name);
  const owners = [...people.values()].filter((p) => {
    const words = wordsOf(key(p.name));
    return words.length > wordsOf(tail).length && words.slice(-wordsOf(tail).length).join(' ') === tail;
  });
  if (owners.length === 1) return owners[0];
  if (owners.length > 1 || wordsOf(tail).length > 1) return undefined;
  // Some names put the name used alone first (`Tedros` of `Tedros Adhanom Ghebreyesus`, `Wang` of `Wang Lei`).
  const leading = [...people.values()].filter((p) => {
    const words = wordsOf(key(p.name));
    return words.length > 1 && words[0] === tail;
  });
  return leading.length === 1 ? leading[0] : undefined;
}

function absorb(player: DerivedPlayer, m: Mention): void {
  player.mentions += 1;
  const { name, title } = m.chunk;
  if (name !== player.name && !player.aliases.includes(name)) player.aliases.push(name);
  // `President Trump` is a form of the name; `Ukrainian President Volodymyr Zelenskyy` is a description.
  const titled = `${title} ${name}`;
  if (title !== '' && /^[\p{Lu}][\p{Ll}.-]*(?: [\p{Lu}][\p{Ll}.-]*)?$/u.test(title)) {
    const titleWords = title.split(' ');
    if (
      titleWords.length <= 2 &&
      !titleWords.some((w) => countryOf(w) !== undefined) &&
      !player.aliases.includes(titled)
    )
      player.aliases.push(titled);
  }
  absorbContext(player, m.context, m.sentence);
  player.personCue ||= m.context.personCue;
}

const initials = (name: string) =>
  wordsOf(name)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0])
    .join('');

function collectParties(mentions: readonly Mention[]): Map<string, DerivedPlayer> {
  const parties = new Map<string, DerivedPlayer>();
  for (const m of mentions) {
    // (`Costa Viva, an environmental group,`: a name compromise took for a person's, too.)
    const kind =
      m.context.orgCue && (m.chunk.kind === 'unknown' || m.chunk.kind === 'person')
        ? 'organisation'
        : m.chunk.kind;
    if (kind !== 'country' && kind !== 'organisation') continue;
    // (`… Exporters Association (BGMEA)`: the name, without an acronym in brackets after it.)
    const name = kind === 'country' ? countryName(m.chunk.name) : withoutBracketed(m.chunk.name);
    const id = key(name);
    let party = parties.get(id);
    if (party === undefined) {
      party = newPlayer(
        kind === 'country' && !isDemonym(m.chunk.name) ? m.chunk.name : name,
        kind,
        m.sentence,
        m.chunk.first,
      );
      parties.set(id, party);
    }
    party.mentions += 1;
    party.seen.push(m.sentence.index);
    if (m.chunk.name !== party.name && !party.aliases.includes(m.chunk.name))
      party.aliases.push(m.chunk.name);
  }
  // `Kazakhstan Temir Zholy (KTZ)`: a name with its acronym in brackets after it is that acronym's
  // organisation, whatever the name rules made of the name.
  for (const m of mentions) {
    const party = parties.get(key(m.chunk.name));
    if (
      party?.kind !== 'organisation' ||
      !ACRONYM.test(party.name) ||
      !/\(\s*$/.test(m.sentence.tokens[m.chunk.first]?.pre ?? '')
    )
      continue;
    const full = m.sentence.names.find(
      (c) => c.last === m.chunk.first - 1 && c.kind !== 'person' && c.kind !== 'date',
    );
    // (Not a dateline's town before its agency: `PORT MORESBY (AFP) —`.)
    if (
      full === undefined ||
      wordsOf(full.name).length < 2 ||
      full.name === full.name.toUpperCase() ||
      full.name[0]?.toUpperCase() !== party.name[0]?.toUpperCase()
    )
      continue;
    parties.delete(key(party.name));
    party.aliases.push(party.name);
    party.name = full.name;
    party.side = full.name;
    parties.set(key(full.name), party);
  }
  // An acronym is the organisation whose initials it spells: `FEMA`, `WHO`.
  for (const [id, party] of parties) {
    if (party.kind !== 'organisation' || !ACRONYM.test(party.name)) continue;
    const letters = party.name.replace(/\./g, '');
    const full = [...parties.values()].filter(
      (p) =>
        p !== party &&
        p.kind === 'organisation' &&
        wordsOf(p.name).length > 1 &&
        initials(p.name) === letters,
    );
    const [owner] = full;
    if (full.length !== 1 || owner === undefined) continue;
    mergeInto(owner, party);
    parties.delete(id);
  }
  // `Helix` for `Helix Systems`, `Labour` for `Labour Party`: a short form is the one organisation whose
  // name it begins (never a name that is whole by itself, such as `Northfield United`).
  for (const [id, party] of parties) {
    if (party.kind !== 'organisation' || ORG_HEADS.has(key(wordsOf(party.name).at(-1) ?? ''))) continue;
    const longer = [...parties.values()].filter(
      (p) => p !== party && p.kind === 'organisation' && isShortForm(party.name, p.name),
    );
    const [owner] = longer;
    if (longer.length !== 1 || owner === undefined) continue;
    mergeInto(owner, party);
    parties.delete(id);
  }
  // `the Commission` for the `European Commission`: an organisation's word alone is the one
  // organisation named before whose name ends with it.
  for (const [id, party] of parties) {
    if (party.kind !== 'organisation' || !ORG_HEADS.has(key(party.name))) continue;
    const ending = [...parties.values()].filter(
      (p) => p !== party && p.kind === 'organisation' && key(p.name).endsWith(` ${key(party.name)}`),
    );
    const [owner] = ending;
    if (ending.length !== 1 || owner === undefined || owner.first.index > party.first.index) continue;
    mergeInto(owner, party);
    parties.delete(id);
  }
  for (const party of parties.values()) party.side = party.name;
  return parties;
}

function mergeInto(owner: DerivedPlayer, party: DerivedPlayer): void {
  for (const alias of [party.name, ...party.aliases])
    if (!owner.aliases.includes(alias)) owner.aliases.push(alias);
  owner.mentions += party.mentions;
  owner.seen.push(...party.seen);
  if (party.first.index < owner.first.index) {
    owner.first = party.first;
    owner.firstAt = party.firstAt;
  }
}

const countryName = (text: string) => countryOf(text) ?? text;
