/**
 * The pieces the context rules (./context.ts, ./role-spans.ts, ./sentence-ties.ts) are built of: a
 * tie to a party as written, the parties a role phrase names (possessives, demonyms, capitalised
 * runs, `of`/`for` objects), the ends of clauses and noun phrases, and the level of an office.
 */

import { DEMONYMS, KINSHIP, ORG_HEADS, PARTY_MEMBERS } from './lexicon.js';
import { countryOf, isTitleWord, titleKey } from './names.js';
import {
  FOR_VERBS,
  GOVERNMENT_TITLES,
  KIND_NOUNS,
  LOCAL_OFFICES,
  NATIONAL_OFFICES,
  NEUTRAL_ROLES,
  PRIVATE_WORDS,
  REPRESENTATIVE_ROLES,
  STATE_OFFICES,
  TIE_VERBS,
  WITH_VERBS,
} from './side-words.js';
import {
  isCapitalised,
  isHyphenPrefix,
  isPlaceName,
  isPossessive,
  joinsNext,
  stripPossessive,
  type Token,
  withoutBracketed,
} from './tokens.js';

/** A party a name is tied to, as written, and how strongly. */
export interface Tie {
  /** The party's text (`Ukraine`, `American`, `the union`, `Trump`). */
  readonly party: string;
  /** 1 strongest (in the title), 4 weakest. */
  readonly strength: number;
  /** The party is a relative's (`Trump's son-in-law`): the name stands where they stand. */
  readonly kin: boolean;
  /** The phrase holds a title of government office (`Bayport Mayor`, `Kano's Commissioner`). */
  readonly official?: boolean;
  /** The phrase holds a role that acts for a party (`founder`, `spokesperson`, `chairs`). */
  readonly representative?: boolean;
  /** The party only places the person (`in Sydney`, `from Geelong`, `at …`): never a place as a side. */
  readonly loose?: boolean;
  /** compromise knows the party as a place: `Texas Governor X` is the state's official. */
  readonly place?: boolean | undefined;
  /** The whole capitalised run a country or acronym opens: `China Huaxia Rail Engineering`. */
  readonly whole?: string | undefined;
  /** A description stands before the name (`the Bangkok-based group Rivers Watch Asia`): an organisation. */
  readonly described?: boolean | undefined;
  /** For a description (`the group`), the party `its` would stand for there: the last resort. */
  readonly referent?: string | undefined;
  /** The sentence the tie was read in (set by ./players.ts): a description means the party named nearest before. */
  readonly at?: number;
}

/** The level of government an office belongs to, from the words of a title (`State Representative`). */
export type Office = 'national' | 'state' | 'local';

export const ROLE_SPAN_TAGS = [
  'Noun',
  'Adjective',
  'ProperNoun',
  'Possessive',
  'Demonym',
  'Acronym',
  'Value',
];
export const STOP_TAGS = ['Determiner', 'Verb', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb'];
export const hasAny = (token: Token, tags: readonly string[]) => tags.some((tag) => token.tags.has(tag));
export const isRoleNoun = (token: Token) =>
  isTitleWord(token) ||
  (token.tags.has('Actor') && !isCapitalised(token)) ||
  PARTY_MEMBERS.has(token.text) ||
  // `a mediator`, `an economist`, `a member of parliament`: compromise does not tag every role as
  // an actor.
  ((NEUTRAL_ROLES.has(token.lower) || REPRESENTATIVE_ROLES.has(token.lower)) && !isCapitalised(token));

/** The text of a token range of the sentence. */
export const slice = (sentence: string, tokens: readonly Token[], from: number, to: number) =>
  sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);

/** Possessive pronouns: the party they stand for is found in the sentences before (./players.ts). */
export const ITS = '@its';
export const HIS = '@his';

/** Words that join a name's parts, in English and the languages names come in (`Lumi i Pastër`). */
export const isConnectorWord = (token: Token) =>
  /^(?:of|for|and|de|del|do|da|dos|das|di|du|des|von|van|i|e|y|et|und|och|og)$/.test(token.text);
export const isNumber = (token: Token) => /^\d{1,5}$/.test(token.text);

/**
 * The end of the capitalised run from `i` (with `of`/`for`/`and` and a number inside), and the party
 * it names: the whole run when it is an organisation's name (ends in an organisation word) or one
 * word, else its first word when that is a country, a demonym or an acronym (`U.S. Commerce
 * Secretary`, `EU Budget Commissioner`, `French Agriculture Minister`).
 */
export function capitalisedRun(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  to: number,
): { end: number; party: string; whole?: string } {
  let end = i;
  // `the ECB's Supervisory Board`: an acronym's possessive ends the run; the body is the owner's
  // (not in `People's Progress Party`, `Supporters' Trust`).
  const owns = (t: Token) =>
    isPossessive(t) && /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(stripPossessive(t.text));
  let joined = false;
  while (end < to && joinsNext(tokens[end] as Token) && !owns(tokens[end] as Token)) {
    const next = tokens[end + 1] as Token;
    const after = tokens[end + 2];
    if (isCapitalised(next) && !isTitleWord(next)) end += 1;
    // `Centre for Environmental Justice and Development`: past a connector, a title word is the name's
    // own unless a name follows it.
    else if (
      isCapitalised(next) &&
      ((joined && (after === undefined || !isCapitalised(after) || isConnectorWord(after))) ||
        // (`Cocoa Justice Network`: an organisation's word after it.)
        (after !== undefined && isCapitalised(after) && ORG_HEADS.has(after.lower) && end + 2 <= to))
    )
      end += 1;
    // `Organisation for Co-operation`: a capitalised prefix and its word.
    else if (isHyphenPrefix(tokens[end] as Token)) end += 1;
    else if (isNumber(next)) end += 1;
    else if (
      isConnectorWord(next) &&
      end + 2 <= to &&
      isCapitalised(tokens[end + 2] as Token) &&
      joinsNext(next)
    ) {
      end += 2;
      joined = true;
    } else if (
      // (`Organization for Security and Co-operation in Europe`: `in` a place, inside a name that
      // has a connector already.)
      joined &&
      next.text === 'in' &&
      end + 2 <= to &&
      joinsNext(next) &&
      (WORLD_REGION.test(tokens[end + 2]?.text ?? '') || countryOf(tokens[end + 2]?.text ?? '') !== undefined)
    ) {
      end += 2;
    } else if (
      // (`Banco de la Nación`, `Stichting van der Berg`: two together.)
      isConnectorWord(next) &&
      /^(?:la|las|los|le|der|den|the)$/.test(tokens[end + 2]?.text ?? '') &&
      end + 3 <= to &&
      isCapitalised(tokens[end + 3] as Token) &&
      joinsNext(next) &&
      joinsNext(tokens[end + 2] as Token)
    ) {
      end += 3;
      joined = true;
    } else break;
  }
  const first = tokens[i] as Token;
  const lead = stripPossessive(first.text);
  // (`… Exporters Association (BGMEA)`: without an acronym in brackets after the name.)
  const whole = withoutBracketed(stripPossessive(slice(sentence, tokens, i, end)));
  // `French Research Minister`, `UK Energy Secretary`: a country, then a portfolio.
  const title = tokens[end + 1];
  if (
    end === i + 1 &&
    title !== undefined &&
    PORTFOLIO_TITLES.test(titleKey(title)) &&
    countryOf(lead, first) !== undefined
  )
    return { end: i, party: lead };
  if (end === i || ORG_HEADS.has(stripPossessive((tokens[end] as Token).lower))) return { end, party: whole };
  // `British Columbia's forests minister`: a place of its own, not `British`; `The European Union's
  // commissioner`: a union of countries, not `Europe`.
  const place = tokens.slice(i, end + 1).every((t) => t.tags.has('Place') || t.tags.has('Region'));
  if (place || countryOf(whole) !== undefined) return { end, party: whole };
  if (countryOf(lead, first) !== undefined || /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(lead))
    return { end: i, party: lead, whole };
  return { end, party: whole };
}

/** Words for kinds of organisation that stand right before a name: `the campaign group Rivers Watch`. */
export const KIND_BEFORE = new Set([
  ...ORG_HEADS,
  ...'company firm group operator maker retailer lender insurer carrier house campaign charity developer'.split(
    ' ',
  ),
]);
/** `Vienna-based` (compromise reads `Vienna` and `based`): a place that only locates. */
const isBased = (tokens: readonly Token[], i: number) =>
  tokens[i + 1]?.lower === 'based' && /^-$/.test(tokens[i]?.post ?? '');

/**
 * `Centre for Environmental Justice and Development`: a role word inside an organisation's name (after
 * its head word and a connector) is the name's, unless a name follows it (`Department of Labor
 * Secretary X`).
 */
function inOrganisationName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!isCapitalised(token)) return false;
  // (`Cocoa Justice Network`: an organisation's word after it.)
  if (next !== undefined && isCapitalised(next) && ORG_HEADS.has(stripPossessive(next.lower))) return true;
  if (next !== undefined && isCapitalised(next) && !isConnectorWord(next)) return false;
  let connector = false;
  for (let k = i - 1; k >= 0; k--) {
    const back = tokens[k] as Token;
    if (!joinsNext(back)) return false;
    if (isConnectorWord(back)) connector = true;
    else if (!isCapitalised(back)) return false;
    else if (connector && ORG_HEADS.has(back.lower)) return true;
  }
  return false;
}

/** A party named in a role phrase, as written. */
export interface Named {
  readonly party: string;
  readonly kin: boolean;
  /** After `in`, `at`, `from` and the like: where the person is, not whom they act for. */
  readonly loose: boolean;
  /** compromise knows every word of it as a place (`Western Australia`, `Texas`). */
  readonly place?: boolean;
  /** The whole capitalised run a country or acronym opens (`China Huaxia Rail Engineering`). */
  readonly whole?: string;
  /** A description stands before the name: `the launch operator Arianespace`. */
  readonly described?: boolean;
  /** A group noun follows it: `the Spanish side`, `the Kenyan delegation`. */
  readonly group?: boolean;
}

export const LOCATIVE = /^(?:in|near|outside|across|around|from|at)$/;
/** Words that end companies' names and ministers' portfolios alike (`Energy Minister`, `Kestrel Energy`). */
const INDUSTRIES = new Set(
  'energy resources mining minerals metals steel petroleum oil gas power electric chemicals pharmaceuticals telecom telecommunications media shipping logistics'.split(
    ' ',
  ),
);
export const PORTFOLIO_TITLES = /^(?:minister|secretary|commissioner|ministry|department)$/;
export const OBJECT_WORDS = /^(?:of|for|at|with|from|to)$/;

/**
 * Parties named in a role phrase: possessives, demonyms, capitalised runs, and the objects of
 * `of`/`for`/`at` and of tie verbs (`representing the group`).
 */
export function partiesIn(sentence: string, tokens: readonly Token[], from: number, to: number): Named[] {
  const found: Named[] = [];
  const kinAfter = (i: number) =>
    tokens
      .slice(i + 1, to + 1)
      .some((t) => KINSHIP.has(t.lower) || KINSHIP.has(stripPossessive(t.lower)) || isTitleWord(t));
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    const loose = i > from && prev !== undefined && LOCATIVE.test(prev.lower);
    // `the agency, whose acting administrator, X,`: `whose` is the party just named, as `its` is.
    if (/^(?:its|their|whose)$/.test(token.lower)) {
      found.push({ party: ITS, kin: false, loose: false });
    } else if (/^(?:his|her)$/.test(token.lower)) {
      // `his spokeswoman`: a person's aide or relative stands where that person stands.
      found.push({ party: HIS, kin: true, loose: false });
    } else if (isPossessive(token) && !isCapitalised(token)) {
      // `the union's president`: a definite description, resolved against the organisations named.
      // `the minister's spokesman`: a person's aide, where the description names a role.
      const article = prev !== undefined && i > from && prev.lower === 'the' ? 'the ' : '';
      found.push({ party: article + stripPossessive(token.text), kin: isRoleNoun(token), loose: false });
    } else if (
      !isCapitalised(token) &&
      i < to &&
      KIND_NOUNS.has(token.lower) &&
      isRoleNoun(tokens[i + 1] as Token) &&
      joinsNext(token)
    ) {
      // `a ministry spokesperson`, `a coast guard spokeswoman`, `a company spokesman`: the body or
      // company the role is of, named by its kind (./org-kinds.ts resolves it).
      found.push({ party: `the ${token.lower}`, kin: false, loose: false });
    } else if (isBased(tokens, i)) {
      // `the Vienna-based privacy group`: where a group is, not whom a person acts for.
      i += 1;
    } else if (
      token.tags.has('Demonym') ||
      (isCapitalised(token) && !isTitleWord(token) && !token.tags.has('Determiner'))
    ) {
      const run = capitalisedRun(sentence, tokens, i, to);
      // (`the Port Harcourt-based Centre`: a place of more than one word, too.)
      if (isBased(tokens, run.end)) {
        i = run.end + 1;
        continue;
      }
      const kin = isPossessive(tokens[run.end] as Token) && kinAfter(run.end);
      const place = tokens.slice(i, run.end + 1).every((t) => t.tags.has('Place'));
      // `Science Minister`, `Health Secretary`: a portfolio before the title, not a party.
      const title = tokens[run.end + 1];
      const portfolio =
        title !== undefined &&
        PORTFOLIO_TITLES.test(titleKey(title)) &&
        !(place && isPlaceName(run.party)) &&
        !isPossessive(tokens[run.end] as Token) &&
        countryOf(run.party) === undefined &&
        (!ORG_HEADS.has(stripPossessive((tokens[run.end] as Token).lower)) ||
          INDUSTRIES.has((tokens[run.end] as Token).lower)) &&
        !/^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(run.party);
      // `the privacy group Datenklar`, `trading house Nordkaffee`: a kind of organisation before the name.
      const described = prev !== undefined && !isCapitalised(prev) && KIND_BEFORE.has(prev.lower);
      // `the High Commissioner on National Minorities`: what a title is on is its portfolio.
      const remit =
        prev?.lower === 'on' && tokens[i - 2] !== undefined && isTitleWord(tokens[i - 2] as Token);
      // `Southeast Asia director`: a region of the world before a role is its remit, not a party.
      const region = WORLD_REGION.test(run.party) && isRoleNoun((tokens[run.end + 1] ?? token) as Token);
      // `led the Spanish side`: a nationality's side, delegation or team is its country.
      const group = GROUP_NOUNS.test(tokens[run.end + 1]?.lower ?? '');
      if (!portfolio && !remit && !region)
        found.push({ party: run.party, kin, loose, place, whole: run.whole, described, group });
      i = run.end;
    } else if ((OBJECT_WORDS.test(token.lower) || TIE_VERBS[token.lower] !== undefined) && i < to) {
      // `president of the Transport Workers Union`, `representing the group`: the object,
      // capitalised or a definite description; `speaks for them`: the party named before.
      let j = i + 1;
      if (/^(?:them|it)$/.test(tokens[j]?.lower ?? '') && /^(?:for|of)$/.test(token.lower)) {
        found.push({ party: ITS, kin: false, loose: false });
        i = j;
        continue;
      }
      const the = tokens[j]?.lower === 'the';
      if (the) j += 1;
      const object = tokens[j];
      if (object === undefined) break;
      if (isBased(tokens, j)) {
        i = j + 1;
        continue;
      }
      const objectLoose = /^(?:at|from)$/.test(token.lower) && !unitBefore(tokens, i);
      // (`ambassador to Peru`: the country one is sent to is not one's own.)
      if (token.lower === 'to' && /^(?:ambassadors?|envoys?|consul)$/.test(prev?.lower ?? '')) {
        i = j;
        continue;
      }
      if (isCapitalised(object)) {
        const run = capitalisedRun(sentence, tokens, j, to);
        if (isBased(tokens, run.end)) {
          i = run.end + 1;
          continue;
        }
        // `heads the Dhaka office of the Garment Safety Compact`: the organisation, not the place.
        if (
          UNIT_NOUNS.has(tokens[run.end + 1]?.text ?? '') &&
          /^(?:of|at)$/.test(tokens[run.end + 2]?.lower ?? '') &&
          !ORG_HEADS.has(stripPossessive((tokens[run.end] as Token).lower))
        ) {
          i = run.end + 1;
          continue;
        }
        // `Minister of Water Resources`, `Commissioner for Health`: a portfolio, not a party.
        const portfolio =
          /^(?:of|for)$/.test(token.lower) &&
          !the &&
          prev !== undefined &&
          PORTFOLIO_TITLES.test(titleKey(prev)) &&
          countryOf(run.party) === undefined;
        // (`the Great Plains program at American Rivers`: a part of it says it is an organisation.)
        if (!portfolio)
          found.push({
            party: run.party,
            kin: false,
            loose: objectLoose,
            whole: run.whole,
            group: GROUP_NOUNS.test(tokens[run.end + 1]?.lower ?? ''),
            ...(unitBefore(tokens, i) ? { described: true } : {}),
          });
        i = run.end;
      } else if (the) {
        let end = j;
        while (
          end < to &&
          joinsNext(tokens[end] as Token) &&
          !isPossessive(tokens[end] as Token) &&
          (tokens[end + 1] as Token).tags.has('Noun') &&
          !isCapitalised(tokens[end + 1] as Token)
        )
          end += 1;
        // `a spokesman for the launch operator Arianespace`: the name the description stands before.
        const named = tokens[end + 1];
        if (
          named !== undefined &&
          joinsNext(tokens[end] as Token) &&
          !isPossessive(tokens[end] as Token) &&
          isCapitalised(named)
        ) {
          const run = capitalisedRun(sentence, tokens, end + 1, to);
          found.push({ party: run.party, kin: false, loose: false, described: true });
          i = run.end;
          continue;
        }
        const party = `the ${stripPossessive(slice(sentence, tokens, j, end))}`;
        found.push({ party, kin: false, loose: false });
        i = end;
      }
    }
  }
  return found;
}

/** Parts of an organisation: `the Dhaka office of X`, `the Great Plains program at X`. */
export const UNIT_NOUNS = new Set(
  'office branch programme program division unit team chapter wing desk arm bureau operations campaign'.split(
    ' ',
  ),
);
/** Whether the `of`/`at` at `i` follows a part of an organisation (`the Lagos office of`). */
const unitBefore = (tokens: readonly Token[], i: number) => UNIT_NOUNS.has(tokens[i - 1]?.lower ?? '');

export const GROUP_NOUNS =
  /^(?:delegation|team|side|government|negotiators|camp|cabinet|administration|negotiating|consortium|group|coalition|alliance|bloc|syndicate|party|union|company|firm)$/;

/** The last word of the clause from `from`: up to a comma, a full stop or the end. */
export function clauseEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to + 1 < tokens.length && joinsNext(tokens[to] as Token)) to += 1;
  return to;
}

/** The level of government of the words of a title or role phrase (`State Representative` → state). */
export function officeOf(words: readonly string[]): Office | undefined {
  // `general manager`, `union secretary`, `the company secretary`, `general secretary`: offices of
  // organisations, not of a government.
  if (words.some((w, i) => PRIVATE_WORDS.has(w) || (w === 'secretary' && words[i - 1] === 'general')))
    return undefined;
  if (words.some((w) => LOCAL_OFFICES.has(w))) return 'local';
  if (words.some((w) => STATE_OFFICES.has(w))) return 'state';
  if (words.some((w) => NATIONAL_OFFICES.has(w))) return 'national';
  return undefined;
}

export const isDemonym = (text: string) => DEMONYMS[text.toLowerCase()] !== undefined;
/** Regions of the world: `Southeast Asia`, `Latin America`, `the Middle East`. */
const WORLD_REGION =
  /^(?:(?:Southeast|South|East|West|North|Central|Northern|Southern|Eastern|Western|Latin|Sub-Saharan)\s)?(?:Asia|Africa|Europe|America|Americas|Middle East|Pacific|Caribbean|Balkans)$/;
/** Adjectives of regions of the world: `Latin American`, `West African`, `Scandinavian`. */
const REGION_ADJECTIVE =
  /^(?:(?:Latin|South|North|East|West|Central|Southeast|Southern|Northern|Eastern|Western|Sub-Saharan)\s(?:American|African|Asian|European)|Scandinavian|Caribbean|Balkan|Nordic|Baltic|Andean|Sahelian)$/;

/**
 * The ties a role phrase gives (tokens `from`..`to`), its role nouns (a tie verb counts as the role
 * it amounts to: `chairs` → chair) and its words, lower case, for the level of an office.
 */
export function phraseTies(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  strength: number,
): { ties: Tie[]; roleWords: string[]; words: string[] } {
  const span = tokens.slice(from, to + 1);
  // `represents American interests`: whom one represents is one's side, as a title of office is.
  const official = span.some((t) => GOVERNMENT_TITLES.has(titleKey(t)) || /^represent/.test(t.lower));
  const roleWords: string[] = [];
  span.forEach((t, i) => {
    if (isRoleNoun(t) && !inOrganisationName(tokens, from + i)) roleWords.push(titleKey(t));
    const tied = TIE_VERBS[t.lower];
    if (tied !== undefined) roleWords.push(tied);
    // `speaks for the group`, `on behalf of the group`: one who speaks for a party acts for it.
    const next = span[i + 1]?.lower;
    if ((FOR_VERBS.has(t.lower) && next === 'for') || (t.lower === 'behalf' && next === 'of'))
      roleWords.push('spokesperson');
    // `campaigns with the group`, `works with the union`: one of its people.
    else if (WITH_VERBS.has(t.lower) && next === 'with') roleWords.push('member');
  });
  const representative = roleWords.some((w) => REPRESENTATIVE_ROLES.has(w));
  const ties: Tie[] = [];
  // `a former economist at the IMF`: a party one no longer acts for is none.
  const former = span.some((t) => /^(?:former|ex-.*)$/.test(t.lower));
  const named = former ? [] : partiesIn(sentence, tokens, from, to);
  // `Scottish Conservative education spokesman`: the nationality qualifies the party.
  const partyMember = named.some((n) => PARTY_MEMBERS.has(n.party));
  for (const { party, kin, loose, place, whole, described, group } of named) {
    // A nationality is a side with a title of government office (`French Agriculture Minister`),
    // not with a private role (`American businessman`, `Polish farm leader`).
    // (`the Indonesian Forum for the Environment`: the organisation the nationality opens.)
    if (
      isDemonym(party) &&
      whole !== undefined &&
      whole !== party &&
      whole.split(/\s+/).some((w) => ORG_HEADS.has(stripPossessive(w).toLowerCase()))
    ) {
      ties.push({ party: whole, strength, kin, official, loose, representative, described });
      continue;
    }
    if (isDemonym(party) && (!official || partyMember) && group !== true) continue;
    // `head of Latin American sourcing`: a region's adjective names no party.
    if (REGION_ADJECTIVE.test(party)) continue;
    // `his Peruvian counterpart`: a counterpart stands opposite the person it is named by.
    if (kin && span.some((t) => t.lower === 'counterpart')) continue;
    // (`… Exporters Association (BGMEA)`: the name, without the acronym in brackets after it.)
    const text = withoutBracketed(party);
    ties.push({ party: text, strength, kin, official, loose, representative, place, whole, described });
  }
  return { ties, roleWords, words: span.map(titleKey) };
}
