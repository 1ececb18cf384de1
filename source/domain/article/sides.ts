/**
 * A person's side, from the ties ./context.ts read around their name (docs/import.md, "Sides and
 * roles"): the strongest tie whose party is one the story has, as the article names it.
 *
 * - A party is a country (a demonym is its country), an organisation the article names (by its name,
 *   an acronym, a short form such as `Helix` for `Helix Systems`, or a description such as `the
 *   company` that refers back to the nearest one named before), a party member (`Republican`), or a
 *   place the article names.
 * - A government body's official stands for the body's country or state when the text gives it (in
 *   the body's name, a possessive before it, or the one country the article names), else the body.
 * - Nothing makes a side of a neutral role (analysts, academics, judges, mediators, journalists,
 *   residents), of a place someone is only in or from, of a nationality alone, or of a university,
 *   court or news outlet that is not itself a party.
 * - A title of government office that names no country (`Foreign Minister X`, `Governor X`) stands
 *   for the one country (or state) the article names, and for none when it names several.
 */

import type { Sentence } from './analysed.js';
import type { Tie } from './context.js';
import { ORG_HEADS, PARTY_MEMBERS } from './lexicon.js';
import { countryOf } from './names.js';
import { countDescriptions, describe, headOf, isShortForm, orgKind } from './org-kinds.js';
import type { DerivedPlayer } from './players.js';
import {
  COMPANY_WORDS,
  GOVERNMENT_HEADS,
  GOVERNMENT_TITLES,
  GOVERNMENT_WORDS,
  KIND_NOUNS,
  NEUTRAL_ROLES,
  REPRESENTATIVE_ROLES,
} from './side-words.js';
import {
  countryAt,
  countryName,
  namedKind,
  nearestActing,
  roleHolder,
  type Story,
  storyOf,
} from './story.js';
import { placeOpening } from './story-places.js';
import { isPlaceName, stripPossessive } from './tokens.js';

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
const wordsOf = (name: string) => name.split(/\s+/);
const withoutThe = (text: string) => text.replace(/^the\s+/i, '');

type Resolved =
  | { kind: 'side'; side: string }
  | { kind: 'org'; org: DerivedPlayer }
  | { kind: 'orgName'; name: string }
  | { kind: 'member'; name: string }
  | { kind: 'place' | 'unknown'; name: string }
  | { kind: 'person'; person: DerivedPlayer }
  | { kind: 'government' };

/** Sets the side of every person in `players` (organisations and countries are their own). */
export function resolveSides(
  sentences: readonly Sentence[],
  players: readonly DerivedPlayer[],
  people: ReadonlyMap<string, DerivedPlayer>,
): void {
  const story = storyOf(sentences, players, people);
  const { orgs, countries } = story;
  countDescriptions(sentences, orgs);

  const pending = new Map<DerivedPlayer, DerivedPlayer>();
  const apply = (person: DerivedPlayer, ties: readonly Tie[]): boolean => {
    for (const tie of [...ties].sort((a, b) => a.strength - b.strength)) {
      const resolved = resolve(tie, person, story);
      if (resolved === undefined) continue;
      if (resolved.kind === 'person') {
        if (!tie.kin) continue;
        pending.set(person, resolved.person);
        return true;
      }
      const side = sideOf(resolved, tie, person, story);
      if (side !== undefined) {
        person.side = side;
        return true;
      }
    }
    return false;
  };
  const persons = players.filter((p) => p.kind === 'person');
  const neutral = new Set(persons.filter(isNeutral));
  for (const person of persons) {
    if (neutral.has(person)) continue;
    if (apply(person, person.ties) || apply(person, person.fallback)) continue;
    // `In Kisumu, the county's governor, X,`, `In Constanța, Mayor X`: a local office, of the place
    // the sentence opens with.
    const opening =
      person.office === 'state' || person.office === 'local' ? placeOpening(person.first) : undefined;
    if (opening !== undefined) {
      person.side = opening;
      continue;
    }
    // `Superintendent X` in a story of the `Superintendence of Industry and Commerce`: the body a
    // bare title is the head of, by its word.
    const body = bodyOfTitle(person, story);
    if (body !== undefined) {
      const side = organisationSide(body.name, body, person, story, person.first.index);
      if (side !== undefined) {
        person.side = side;
        continue;
      }
    }
    // `Foreign Minister X`, `Governor X`: an office whose country or state the article leaves to be
    // understood, when it names only one, and when no phrase ties the person to a party the rules
    // could not resolve (`general secretary of the dock workers`).
    if (person.ties.some((t) => t.strength >= 2 && !t.kin && t.loose !== true)) continue;
    const fallback =
      person.office === 'national'
        ? countryAt(story, person.first.index, person.first.section)
        : person.office === 'state'
          ? (story.region ?? centralBank(person, story))
          : person.office === 'local'
            ? story.town
            : undefined;
    if (fallback !== undefined) person.side = fallback;
    // `his Argentine counterpart`, in a story of two countries: the other one.
    const other = [...countries].filter((c) => (countryOf(c) ?? c) !== person.opposite);
    if (person.side === '' && person.opposite !== undefined && countries.size === 2 && other.length === 1)
      person.side = other[0] as string;
  }
  // Relatives and aides stand with each other: whichever side of the pair is known, the other takes it.
  for (let round = 0; round < 3; round++) {
    for (const [person, relative] of pending) {
      if (neutral.has(person) || neutral.has(relative)) continue;
      if (person.side === '' && relative.side !== '') person.side = relative.side;
      else if (relative.side === '' && person.side !== '') relative.side = person.side;
    }
    for (const person of persons) {
      if (neutral.has(person)) continue;
      if (person.side === '' && person.alongside !== undefined && person.alongside.side !== '')
        person.side = person.alongside.side;
    }
  }
}

/**
 * A neutral role and no role of a party: `a sports economist at …`, `U.S. District Judge …`. A role
 * word that only qualifies a neutral one is not a party's role: `chief economist`, `senior analyst`.
 */
function isNeutral(person: DerivedPlayer): boolean {
  const words = person.roleWords;
  return (
    words.some((w) => NEUTRAL_ROLES.has(w)) &&
    !words.some((w, i) => REPRESENTATIVE_ROLES.has(w) && !NEUTRAL_ROLES.has(words[i + 1] ?? ''))
  );
}

/** Offices that lead a national government, named by the office alone: `the president's spokesman`. */
const NATIONAL_HEADS = new Set(['president', 'premier', 'chancellor', 'minister', 'king', 'queen', 'emir']);

/** Words that name an organisation by its kind (`union`, `company`, `ministry`). */
const KIND_WORDS = new Set([...ORG_HEADS, ...COMPANY_WORDS, ...KIND_NOUNS]);

/** The party a tie's text names, at the sentence it was read in. */
function resolve(tie: Tie, person: DerivedPlayer, story: Story): Resolved | undefined {
  // `Union leader X`, `Company spokesman X` opening a sentence: a description, capitalised only there.
  const generic = /^\p{Lu}\p{Ll}+$/u.test(tie.party) && KIND_WORDS.has(tie.party.toLowerCase());
  const text =
    generic && story.byForm.get(key(tie.party)) === undefined ? `the ${tie.party.toLowerCase()}` : tie.party;
  // `chairman of China Huaxia Rail Engineering`: a company whose name a country opens.
  const whole = tie.whole === undefined ? undefined : story.byForm.get(key(tie.whole));
  if (whole?.kind === 'organisation') return { kind: 'org', org: whole };
  // (Named nowhere else, three words or more after a country's name, for a role that acts for it.)
  // (`the Indonesian Forum for the Environment`: a nationality opening an organisation's name.)
  if (
    tie.whole !== undefined &&
    tie.representative === true &&
    (wordsOf(tie.whole).length >= 4 || ORG_HEADS.has(headOf(tie.whole))) &&
    countryOf(text) !== undefined
  )
    return { kind: 'orgName', name: tie.whole };
  const country = countryOf(text);
  // (`a machine operator from Nepal`, `ambassador to Peru`: where one is from or sent to.)
  if (country !== undefined && tie.loose === true && tie.official !== true) return undefined;
  if (country !== undefined) return { kind: 'side', side: countryName(text, country, story) };
  // `the governor of the Antofagasta region`, `the governor of Boké`: the place, though a company's
  // name begins with it.
  // (`Coahuila's economic development secretary`: a place's office, by a title of government.)
  if (
    (person.office === 'state' ||
      person.office === 'local' ||
      isPlaceName(text) ||
      story.named.get(text) === 'place' ||
      story.region === text) &&
    tie.official === true &&
    tie.loose !== true &&
    /^\p{Lu}/u.test(text) &&
    !ORG_HEADS.has(headOf(text)) &&
    story.orgs.some((o) => key(o.name).startsWith(`${key(text)} `))
  )
    return { kind: 'place', name: text };
  const player = story.byForm.get(key(withoutThe(text)));
  if (player !== undefined && player !== person) {
    if (player.kind === 'person') return { kind: 'person', person: player };
    if (player.kind === 'organisation') return { kind: 'org', org: player };
    return { kind: 'side', side: player.name };
  }
  // `Texas Governor X`, `Niigata Governor X`: a governor's or a mayor's title names a place (not the
  // `Niigata District Court`), known to compromise or not.
  // (`Minnesota Attorney General X`: a place compromise's lexicon holds, though it did not tag it
  // one in a title.)
  const localOffice = person.office === 'state' || person.office === 'local';
  if (
    tie.strength === 1 &&
    (tie.place === true || ((localOffice || isPlaceName(text)) && tie.official === true)) &&
    // (`City Council President X`: a body, not a place.)
    !(wordsOf(text).length > 1 && GOVERNMENT_HEADS.has(headOf(text)))
  )
    return { kind: 'place', name: text };

  // `Solaris` for `Solaris Airlines`: the one organisation whose name it begins.
  if (/^\p{Lu}/u.test(text)) {
    const longer = story.orgs.filter((o) => isShortForm(text, o.name));
    const [only] = longer;
    if (longer.length === 1 && only !== undefined) return { kind: 'org', org: only };
    // `the Commission's executive vice-president` for the `European Commission`: an organisation's
    // word alone, for the one organisation whose name ends with it.
    if (ORG_HEADS.has(key(text))) {
      const ending = story.orgs.filter((o) => key(o.name).endsWith(` ${key(text)}`));
      if (ending.length === 1) return { kind: 'org', org: ending[0] as DerivedPlayer };
    }
    // `Kestrel` for `Kestrel Mining`, `Kestrel Mining` itself: a name that acts as a party.
    const acting = [...story.acting.keys()].filter((n) => n === text || key(n).startsWith(`${key(text)} `));
    // `Skylark chief executive X` after `… to Skylark Orbital`: a longer name the article gives,
    // for a role of office or of an organisation.
    const longerNamed = [...story.named].filter(
      ([n, kind]) => kind === 'unknown' && key(n).startsWith(`${key(text)} `),
    );
    // (`Corvane` acting, after `sued Corvane Therapeutics`: the fullest name.)
    const [fuller] = longerNamed.length === 1 ? longerNamed : [];
    if (acting.length === 1)
      return {
        kind: 'orgName',
        name: acting[0] === text && fuller !== undefined ? fuller[0] : (acting[0] as string),
      };
    if (
      longerNamed.length === 1 &&
      (tie.representative === true || tie.official === true) &&
      tie.loose !== true
    )
      return { kind: 'orgName', name: (longerNamed[0] as [string, string])[0] };
  }
  if (/^the\s/i.test(text) || /^\p{Ll}/u.test(text)) {
    const at = tie.at ?? Number.MAX_SAFE_INTEGER;
    const head0 = stripPossessive(wordsOf(key(text)).at(-1) ?? '');
    // `the company`, `the retailer`: whichever was named nearest before (or in the sentence itself:
    // `The company's director, X, said Meghdoot had…`) of the organisations its word fits, the
    // names acting as parties, and a name an appositive said is one (`Linnéa, the Swedish fashion
    // retailer`). A description counts as a mention of the organisation it fits (this one too), so
    // that organisation counts from before the sentence, and a tie goes to the others.
    const lastAt = (seen: readonly number[]) => Math.max(-1, ...seen.filter((i) => i <= at));
    const candidates: { at: number; resolved: Resolved }[] = [];
    const kind = namedKind(story, head0, at);
    const kindPlayer = kind === undefined ? undefined : story.byForm.get(key(kind.name));
    if (kind !== undefined && kindPlayer?.kind !== 'person')
      // (What the text itself called this kind of thing weighs a sentence more.)
      candidates.push({
        at: kind.at + 1,
        resolved:
          kindPlayer?.kind === 'organisation'
            ? { kind: 'org', org: kindPlayer }
            : { kind: 'orgName', name: kind.name },
      });
    const actor = COMPANY_WORDS.has(head0) ? nearestActing(story, at) : undefined;
    // (`Orbitra` acting is `Orbitra Networks`, when that is the one organisation its name begins.)
    const actorOrgs =
      actor === undefined
        ? []
        : story.orgs.filter((o) => o.name === actor || key(o.name).startsWith(`${key(actor)} `));
    if (actor !== undefined)
      candidates.push({
        at: lastAt(story.acting.get(actor) ?? []),
        resolved:
          actorOrgs.length === 1
            ? { kind: 'org', org: actorOrgs[0] as DerivedPlayer }
            : { kind: 'orgName', name: actor },
      });
    const described = describe(text, at, story.orgs);
    if (described !== undefined)
      candidates.push({
        at: lastAt(described.seen.filter((i) => i < at)) - 0.5,
        resolved: { kind: 'org', org: described },
      });
    const nearest = candidates.sort((a, b) => b.at - a.at)[0];
    if (nearest !== undefined) return nearest.resolved;
    // `The country's ambassador to Peru` after a sentence about Canada: that country.
    if (/^(?:country|nation)$/.test(head0) && tie.referent !== undefined) {
      const country = countryOf(tie.referent);
      if (country !== undefined) return { kind: 'side', side: countryName(tie.referent, country, story) };
    }
    // `In Victoria, …, the state's emergency services minister`: the place the sentence opens with,
    // else the one state or town of the story.
    if (/^(?:state|province|territory|region|county|city|town)$/.test(head0)) {
      const place = story.openings.get(at) ?? (/^(?:city|town)$/.test(head0) ? story.town : story.region);
      if (place !== undefined) return { kind: 'side', side: place };
    }
    // `a ministry spokesperson`, `the government`: a government named by its kind alone.
    const head = stripPossessive(wordsOf(key(text)).at(-1) ?? '');
    if (GOVERNMENT_HEADS.has(head) || GOVERNMENT_WORDS.has(head)) return { kind: 'government' };
    // `the minister's spokesman`: the person last named with that role before.
    const holder = roleHolder(head, tie.at ?? Number.MAX_SAFE_INTEGER, person, story);
    if (holder !== undefined) return { kind: 'person', person: holder };
    // `the president's spokesman`, no president named: the government's.
    if (NATIONAL_HEADS.has(head)) return { kind: 'government' };
    // `… Traders Association, which says it has 60,000 members, said… The group's chairwoman`: an
    // organisation's word with nothing named that fits it is the party the sentence before is about.
    if (tie.referent === undefined || !(KIND_WORDS.has(head) || head === 'group')) return undefined;
    if (countryOf(tie.referent) !== undefined) return undefined;
    // (The description says what it is: a party, a group, a company, not a government's body.)
    const referred = story.byForm.get(key(tie.referent));
    const party =
      referred?.kind === 'organisation' ||
      story.acting.has(tie.referent) ||
      [...story.kinds.values()].some((names) => names.some((n) => n.name === tie.referent)) ||
      (referred === undefined && !/\s/.test(tie.referent));
    return party ? { kind: 'side', side: referred?.name ?? tie.referent } : undefined;
  }
  // A part of a name is enough when it cannot be a common word: `Local 1701`, `Transit Authority`.
  const words = wordsOf(key(text));
  const containing = story.orgs.filter((o) => ` ${key(o.name)} `.includes(` ${words.join(' ')} `));
  if (containing.length === 1 && (words.length > 1 || /\d/.test(text)))
    return { kind: 'org', org: containing[0] as DerivedPlayer };
  if (PARTY_MEMBERS.has(text)) return { kind: 'member', name: text };
  // `European Commission President …`, `Bank of Zambia Governor …`: a capitalised name of an
  // organisation is one, named or not.
  if (words.length > 1 && ORG_HEADS.has(headOf(text))) return { kind: 'orgName', name: text };
  // `the Bangkok-based group Rivers Watch Asia`: a name a description stands before.
  if (tie.described === true && story.byForm.get(key(text))?.kind !== 'person')
    return { kind: 'orgName', name: text };
  // `HidroAlba, the state hydropower company,`: a name an appositive says is an organisation.
  if ([...story.kinds].some(([noun, names]) => KIND_WORDS.has(noun) && names.some((n) => n.name === text)))
    return { kind: 'orgName', name: text };
  const named = story.named.get(text);
  return named === undefined ? undefined : { kind: named, name: text };
}

/** The side a resolved party gives this person, or undefined when it gives none. */
function sideOf(resolved: Resolved, tie: Tie, person: DerivedPlayer, story: Story): string | undefined {
  switch (resolved.kind) {
    case 'side':
      return resolved.side;
    case 'org':
      return organisationSide(resolved.org.name, resolved.org, person, story, tie.at);
    case 'orgName':
      return organisationSide(resolved.name, undefined, person, story);
    case 'government':
      return countryAt(story, tie.at);
    // `State Senator X, a Republican whose district…`: the party the text says they belong to, before
    // the state whose office they hold (a party's people stand for the party).
    case 'member':
      return resolved.name;
    // `Bayport Mayor`, `Kano's Commissioner`: a place is a side only for its own officials.
    // (`Colorado's state engineer`: a state's or a town's office is one of government.)
    case 'place':
      if (tie.loose === true) return undefined;
      // (`Commander X of the Santa Fe provincial fire service`: an officer's title, and the place.)
      if (
        tie.official === true ||
        person.office === 'state' ||
        person.office === 'local' ||
        (tie.strength === 3 && person.roleWords.some((w) => GOVERNMENT_TITLES.has(w)))
      )
        return resolved.name;
      // `chief executive of Cereales del Paraná`, `a campaigner with Greenpeace Africa`: a name with a
      // place in it that a role acts for, and no place's own name, is an organisation.
      return tie.representative === true &&
        tie.kin !== true &&
        wordsOf(resolved.name).length > 1 &&
        !isPlaceName(resolved.name)
        ? organisationSide(resolved.name, undefined, person, story)
        : undefined;
    // A name the article does not say is a place or an organisation (`Cedar Key Mayor`, `Vento Air's
    // founder`): a side where a role of office or of an organisation is of it, not `a Brisbane electrician`.
    case 'unknown':
      // `director of the Institute for Health Studies`: a name of a kind that is never a side by
      // itself (a university, a think tank, a court, a news outlet) stays one here too.
      if (orgKind(resolved.name) !== 'other' || story.bodies.has(resolved.name))
        return organisationSide(resolved.name, undefined, person, story);
      return tie.loose !== true && (tie.official === true || tie.representative === true)
        ? resolved.name
        : undefined;
    default:
      return undefined;
  }
}

function organisationSide(
  name: string,
  org: DerivedPlayer | undefined,
  person: DerivedPlayer,
  story: Story,
  at?: number,
): string | undefined {
  // `Britain's communications regulator Ofcom`: a body the text calls a government's.
  for (const form of [name, ...(org?.aliases ?? [])]) {
    const body = story.bodies.get(form);
    if (body === '') return homeOf(name, story) ?? name;
    if (body !== undefined) return countryName(body, countryOf(body) ?? body, story);
  }
  const kind = orgKind(name);
  if (kind === 'court') return undefined;
  // A university or a news outlet is a side only when it is a party in the story (named or
  // described in more than one sentence) and the person holds a role of it.
  if (kind === 'academic' || kind === 'media') {
    // (`Its regional director, X,` after a sentence naming it refers to it a second time.)
    const party = org !== undefined && new Set([...org.seen, ...(at === undefined ? [] : [at])]).size > 1;
    return party && person.roleWords.some((w) => REPRESENTATIVE_ROLES.has(w)) ? name : undefined;
  }
  if (kind !== 'government') return name;
  return governmentCountry(name, org, story) ?? name;
}

/** A government body's country or state, when the text gives it; undefined when it does not. */
function governmentCountry(name: string, org: DerivedPlayer | undefined, story: Story): string | undefined {
  for (const form of [name, ...(org?.aliases ?? [])]) {
    for (const word of wordsOf(form)) {
      const country = countryOf(word);
      if (country !== undefined && country !== 'Europe') return countryName(word, country, story);
    }
    // `Florida Fish and Wildlife Conservation Commission`: a state's body.
    const first = wordsOf(form)[0];
    if (first !== undefined && first === story.region) return first;
    // `City Council`, in a story of one town: the town's.
    if (/^(?:City|Town|Municipal)$/.test(first ?? '') && story.town !== undefined) return story.town;
  }
  const owner = org === undefined ? undefined : story.ownerOf.get(org);
  return owner ?? homeOf(name, story);
}

/**
 * The country a body with no country named belongs to: the country the story is about; for a council
 * (as often a trade body's as a government's), only the one country the article names.
 */
function homeOf(name: string, story: Story): string | undefined {
  return headOf(name) === 'council' ? story.country : story.home;
}

/** The one organisation whose first word shares its stem with a role word of the person's (`Commissioner`, `Commission`). */
function bodyOfTitle(person: DerivedPlayer, story: Story): DerivedPlayer | undefined {
  const words = person.roleWords.filter((w) => w.length >= 8);
  if (words.length === 0) return undefined;
  // (Not `Minister of Water Resources` for a minister: the title itself, not a body.)
  const bodies = story.orgs.filter((o) => {
    const first = (wordsOf(withoutThe(o.name))[0] ?? '').toLowerCase();
    return words.some((w) => first !== w && first.slice(0, 8) === w.slice(0, 8));
  });
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** `Governor X` in a story of one bank and no state: the bank's governor. */
function centralBank(person: DerivedPlayer, story: Story): string | undefined {
  if (!person.roleWords.includes('governor')) return undefined;
  const banks = story.orgs.filter((o) => /^(?:bank|reserve)$/.test(headOf(o.name)));
  return banks.length === 1 ? banks[0]?.name : undefined;
}
