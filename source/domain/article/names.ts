/**
 * Names in a sentence: runs of capitalised words (with `of`, `for`, `de`, `von` and the like inside),
 * cut at punctuation and after a possessive, with a title in front split off (`Special Envoy` of
 * `Special Envoy Steve Witkoff`), and a first guess at what each names, from compromise's tags and the
 * word classes of ./lexicon.ts. Context (a role before or after, a speech verb) settles the unknowns
 * later, in ./players.ts.
 */

import {
  COUNTRY_FORMS,
  DEMONYMS,
  FOREIGN_ORG_HEADS,
  NOT_ORG_ACRONYMS,
  ORG_HEADS,
  PARTY_MEMBERS,
  PERSON_TITLES,
  THING_NOUNS,
  TITLE_WORDS,
} from './lexicon.js';
import {
  isCapitalised,
  isCountryName,
  isHyphenPrefix,
  isKnownWord,
  isPossessive,
  joinsNext,
  stripPossessive,
  type Token,
} from './tokens.js';

export type NameKind = 'person' | 'organisation' | 'country' | 'place' | 'thing' | 'date' | 'unknown';

export interface NameChunk {
  /** The name as written, possessive cut. */
  readonly name: string;
  readonly kind: NameKind;
  /** Token indices of the name in the sentence (inclusive), and of the title before it inside the run. */
  readonly first: number;
  readonly last: number;
  readonly titleFirst: number | undefined;
  /** The title as written (`Special Envoy`, `EU Agriculture Commissioner`), or empty. */
  readonly title: string;
  /** The name followed by a possessive: `NATO's chief`. */
  readonly possessive: boolean;
  /** compromise knows a word of it as a first or last name. */
  readonly personTagged: boolean;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'es',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'da',
  'du',
  'and',
  'en',
  'y',
  'e',
  'di',
  'dos',
  'das',
  'des',
]);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const ORG_TAGS = ['Organization', 'SportsTeam'];
const COUNTRY_CODES = new Set(COUNTRY_FORMS.flatMap((forms) => forms.filter((f) => /^[A-Z.]+$/.test(f))));
/** Capitalised words that are never names on their own. */
const NOT_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'sir']);

/** Abbreviated titles, for the word classes of a role: `Gov.` is a governor. */
const ABBREVIATED: Readonly<Record<string, string>> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  capt: 'captain',
  prof: 'professor',
};
export const titleKey = (token: Token): string => {
  const word = token.lower.replace(/\.$/, '');
  return ABBREVIATED[word] ?? word;
};
export const isTitleWord = (token: Token): boolean =>
  TITLE_WORDS.has(token.lower) ||
  TITLE_WORDS.has(titleKey(token)) ||
  token.tags.has('Honorific') ||
  isAbbreviatedTitle(token);
/** `Gov.`, `Sen.`, `Lt.`: compromise keeps the full stop out of the word, as punctuation after it. */
export const isAbbreviatedTitle = (token: Token): boolean =>
  /^\.[ \t]+$/.test(token.post) && TITLE_WORDS.has(`${token.lower}.`);
export const isPersonTitle = (token: Token): boolean =>
  PERSON_TITLES.has(token.lower) || PERSON_TITLES.has(titleKey(token)) || token.tags.has('Honorific');

const hasAny = (token: Token, tags: readonly string[]) => tags.some((tag) => token.tags.has(tag));

/** Whether a capitalised word at the start of a sentence is a name rather than a capitalised common word. */
function startsAsName(token: Token, next: Token | undefined, after: Token | undefined): boolean {
  // `Special Envoy Steve Witkoff`: an adjective opening a title.
  if (
    next !== undefined &&
    joinsNext(token) &&
    isCapitalised(next) &&
    isTitleWord(next) &&
    token.tags.has('Adjective')
  )
    return true;
  // `WHO Director-General …`: an acronym is a name, even one compromise reads as a question word.
  if (isAcronym(token)) return true;
  // `Kirsty Baird, a spokeswoman…`, `Maly Keo`: a word compromise's lexicon does not hold (it guessed
  // an adjective from its ending) before a capitalised word.
  if (next !== undefined && joinsNext(token) && isCapitalised(next) && !isKnownWord(token.text)) return true;
  if (hasAny(token, ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord']))
    return false;
  // `Habitat for Humanity has built…`, `Cementos del Valle said…`: a noun, a connector and a
  // capitalised word open a name.
  if (
    next !== undefined &&
    after !== undefined &&
    joinsNext(token) &&
    isConnector(next) &&
    next.text !== 'and' &&
    isCapitalised(after) &&
    token.tags.has('Noun') &&
    !hasAny(token, ['Adjective', 'Value'])
  )
    return true;
  // `Bayport Mayor Rosa Delgado`: a noun opening a run of capitalised words is part of a name.
  if (
    next !== undefined &&
    joinsNext(token) &&
    isCapitalised(next) &&
    token.tags.has('Noun') &&
    !hasAny(token, ['Adjective', 'Value'])
  )
    return true;
  // `Britain's communications regulator…`: a country's possessive opens a sentence as a name.
  if (isPossessive(token) && countryOf(token.text, token) !== undefined) return true;
  // `Dock workers returned…`: compromise reads a common noun phrase as an organisation's name; the
  // capital is the sentence's, not a name's.
  if (
    next !== undefined &&
    !isCapitalised(next) &&
    next.tags.has('Organization') &&
    !hasAny(token, ['Person', 'Place'])
  )
    return false;
  if (hasAny(token, ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Demonym'])) return true;
  return isTitleWord(token) && isCapitalised(token);
}

const isAcronym = (token: Token) => /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(stripPossessive(token.text));

/** A country's name, from its own name, a short form or a demonym; undefined if the text names none. */
export function countryOf(text: string, token?: Token): string | undefined {
  const plain = stripPossessive(text).replace(/^the\s+/i, '');
  for (const forms of COUNTRY_FORMS) if (forms.includes(plain)) return forms[0];
  const demonym = DEMONYMS[plain.toLowerCase()];
  if (demonym !== undefined) return demonym;
  if (token?.tags.has('Country') || isCountryName(plain)) return plain;
  return undefined;
}

function classify(
  tokens: readonly Token[],
  all: readonly Token[],
  first: number,
  last: number,
  hasTitle: boolean,
): NameKind {
  const part = all.slice(first, last + 1);
  const lastToken = all[last] as Token;
  const next = all[last + 1];
  const name = part.map((t) => t.text).join(' ');
  if (part.every((t) => hasAny(t, ['Month', 'WeekDay', 'Date', 'Holiday']) || /^\d/.test(t.text)))
    return 'date';
  // `Lexer/Parser/Composer`, `fs.readFile`, `snake_case`: code, not a name.
  if (part.some((t) => /[/_=<>{}()\\]|\.\w/.test(t.text) && !/^(?:\p{Lu}\.){2,4}$/u.test(t.text)))
    return 'thing';
  // `Hurricane Mara`, `Typhoon Haiyan`: a named thing.
  if (part.length > 1 && THING_NOUNS.has((all[first] as Token).lower)) return 'thing';
  if (
    THING_NOUNS.has(lastToken.lower) ||
    (next !== undefined && !isCapitalised(next) && THING_NOUNS.has(next.lower))
  )
    return 'thing';
  // A dateline (`LONDON, Sept 9 -`): the place a story is filed from.
  // (or `ASTANA (Meridian News) —`, the agency in brackets)
  if (
    first === 0 &&
    part.length <= 3 &&
    part.every((t) => /^[A-Z]{2,}$/.test(t.text)) &&
    /^[A-Z]{3,}$/.test(lastToken.text) &&
    (/^(?:,|\s*\()/.test(lastToken.post) || /\($/.test(next?.pre ?? ''))
  )
    return 'place';
  // (`BOGOTA (Andes Wire) —`, `YELLOWKNIFE, Oct 14 (Polar Wire) -`: the agency in brackets.)
  if (
    first <= 8 &&
    /^[A-Z]{3,}$/.test(all[0]?.text ?? '') &&
    /\($/.test((all[first] as Token).pre) &&
    /^\)/.test(lastToken.post)
  )
    return 'organisation';
  if (part.length === 1 && countryOf(lastToken.text, lastToken) !== undefined) return 'country';
  if (countryOf(name) !== undefined) return 'country';
  if (hasTitle && part.every((t) => !hasAny(t, ORG_TAGS) && !ORG_HEADS.has(t.lower))) return 'person';
  // `Liberal Democrats`, `Social Democrats`: a party named by its members.
  if (part.length > 1 && PARTY_MEMBERS.has(lastToken.text) && /s$/.test(lastToken.text))
    return 'organisation';
  if (
    ORG_HEADS.has(stripPossessive(lastToken.lower)) ||
    part.slice(1).some((t) => isCapitalised(t) && ORG_HEADS.has(t.lower)) ||
    // `Banco del Norte`, `Groupe Lactalis`: another language's organisation word opens the name.
    (part.length > 1 && FOREIGN_ORG_HEADS[(part[0] as Token).lower] !== undefined) ||
    // `Ministry of Health`, `Bank of Zambia`, `Directorate General of Trade Remedies`: an
    // organisation's word first, then what it is of (not `Cabinet Secretary for Trade`, a title).
    (part.length > 2 &&
      ORG_HEADS.has((part[0] as Token).lower) &&
      (/^(?:of|for)$/.test((part[1] as Token).text) ||
        ((part[1] as Token).text === 'General' && /^(?:of|for)$/.test((part[2] as Token).text))))
  )
    return 'organisation';
  // compromise tags `Western` of `Western military` an organisation: a direction is not one.
  if (
    part.length === 1 &&
    /^(?:(?:North|South|East|West)(?:ern)?|Central|Global|International|Federal|National)$/.test(
      lastToken.text,
    )
  )
    return 'unknown';
  if (part.some((t) => hasAny(t, ORG_TAGS)) && !(part.length === 1 && lastToken.tags.has('Adjective')))
    return 'organisation';
  if (
    part.length === 1 &&
    isAcronym(lastToken) &&
    NOT_ORG_ACRONYMS.has(stripPossessive(lastToken.text).replace(/\./g, ''))
  )
    return 'thing';
  if (part.length === 1 && isAcronym(lastToken) && !COUNTRY_CODES.has(stripPossessive(lastToken.text)))
    return 'organisation';
  if (part.some((t) => hasAny(t, PERSON_TAGS)) && !part.some((t) => t.tags.has('Place'))) return 'person';
  if (part.every((t) => t.tags.has('Place') || hasAny(t, ['City', 'Region', 'Country']))) return 'place';
  void tokens;
  return 'unknown';
}

/**
 * Whether a name stops after this word: a possessive ends it (`Russia's Kirill Dmitriev`), except a
 * plural one inside a name (`Northfield United Supporters' Trust`).
 */
function endsName(token: Token, next: Token | undefined): boolean {
  if (!isPossessive(token)) return false;
  // `All People's Congress`, `Norwegian Fishermen's Association`: a plural's possessive is inside
  // a name.
  if (/^(?:people|\p{L}*men|children)['’]s$/iu.test(token.text) && next !== undefined && isCapitalised(next))
    return false;
  return !(/s$/.test(token.text) && /^['’]/.test(token.post) && next !== undefined && isCapitalised(next));
}

const isConnector = (token: Token) => CONNECTORS.has(token.text);

/** The names of a sentence, in order. */
export function findNames(sentence: string, tokens: readonly Token[]): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const atStart =
      i === 0 || /["“‘(]\s*$/.test(token.pre) || /(?:[:;]|\s[-–—])\s*$/.test(tokens[i - 1]?.post ?? '');
    if (
      !isCapitalised(token) ||
      NOT_NAMES.has(titleKey(token)) ||
      (atStart && !startsAsName(token, tokens[i + 1], tokens[i + 2]))
    ) {
      i += 1;
      continue;
    }
    let end = i;
    while (
      end + 1 < tokens.length &&
      (joinsNext(tokens[end] as Token) || isAbbreviatedTitle(tokens[end] as Token)) &&
      !endsName(tokens[end] as Token, tokens[end + 1])
    ) {
      const next = tokens[end + 1] as Token;
      // `Kit (CDK`: an opening bracket or quote starts something else.
      if (next.pre.trim() !== '') break;
      if (isCapitalised(next)) {
        end += 1;
        continue;
      }
      // `Park Ji-hoon`: a hyphenated given name whose second part is no English word (not
      // `Vienna-based`, `Kyiv-led`).
      // (`Organisation for Co-operation`: a capitalised prefix before its word.)
      if (
        (tokens[end] as Token).post === '-' &&
        /^\p{Ll}+$/u.test(next.text) &&
        (isHyphenPrefix(tokens[end] as Token) || !isKnownWord(next.text))
      ) {
        end += 1;
        continue;
      }
      // `Local 1701`, `Apollo 11`: a number after a name's word (never after a month or weekday, nor
      // a plural: `the liberal Democrats 14`, seats in a list).
      if (
        /^\d{1,5}$/.test(next.text) &&
        !hasAny(tokens[end] as Token, ['Month', 'WeekDay', 'Date', 'Plural']) &&
        !/s$/.test((tokens[end] as Token).text)
      ) {
        end += 1;
        break;
      }
      // `and` joins only inside a name that has an `of` (`Federation of Manufacturers and
      // Associations`): `Ukrainian and Russian negotiators` are two names.
      // (`the Bank of Portugal and European officials`: a nationality after `and` is not in the name.)
      const joins =
        next.text !== 'and' ||
        (tokens.slice(i, end + 1).some((t) => t.text === 'of' || t.text === 'for') &&
          DEMONYMS[tokens[end + 2]?.lower ?? ''] === undefined);
      // One or two particles before a capitalised word: `Bank of England`, `Ursula von der Leyen`.
      let particles = 0;
      while (
        particles < 2 &&
        tokens[end + 1 + particles] !== undefined &&
        isConnector(tokens[end + 1 + particles] as Token) &&
        joinsNext(tokens[end + 1 + particles] as Token)
      )
        particles += 1;
      const after = tokens[end + 1 + particles];
      if (joins && particles > 0 && after !== undefined && isCapitalised(after)) {
        end += particles + 1;
        continue;
      }
      break;
    }
    chunks.push(...splitRun(sentence, tokens, i, end));
    i = end + 1;
  }
  return chunks;
}

/** Splits a capitalised run into a title and a name, and classifies the name. */
function splitRun(sentence: string, tokens: readonly Token[], from: number, to: number): NameChunk[] {
  // The last title word with a name after it ends the title: `EU Agriculture Commissioner | Janusz Wojciechowski`.
  let titleEnd: number | undefined;
  for (let k = to - 1; k >= from; k--) {
    if (isTitleWord(tokens[k] as Token)) {
      titleEnd = k;
      break;
    }
  }
  let first = from;
  let titleFirst: number | undefined;
  // `Premier League`, `Chief Executives Board`: a title before an organisation's word is part of its name.
  if (titleEnd !== undefined && ORG_HEADS.has((tokens[to] as Token).lower.replace(/['’]s$/, '')))
    titleEnd = undefined;
  // `Directorate General of Trade Remedies`: an organisation's word before `General of` names it.
  const before = titleEnd === undefined ? undefined : tokens[titleEnd - 1];
  if (
    titleEnd !== undefined &&
    titleEnd > from &&
    before !== undefined &&
    ORG_HEADS.has(before.lower) &&
    tokens[titleEnd + 1]?.lower === 'of'
  )
    titleEnd = undefined;
  // `Universidad Mayor de San Simón`, `Centre for Environmental Justice and Development`: a
  // connector right after the title word means it is inside a name, not before a person's.
  const after = titleEnd === undefined ? undefined : tokens[titleEnd + 1];
  if (after !== undefined && isConnector(after) && !/^(?:of|for)$/.test(after.text)) titleEnd = undefined;
  if (titleEnd !== undefined) {
    // `Secretary of State Marco Rubio`, `Minister for Further and Higher Education Declan Foley`:
    // the title takes its portfolio too, up to the name left after it (two words when the first is
    // a first name or a word compromise does not know, else one).
    const portfolio = /^(?:of|for)$/.test(tokens[titleEnd + 1]?.lower ?? '');
    // `Cabinet Secretary for Trade,`: a title and its portfolio, with no name after them.
    if (portfolio && titleEnd + 3 > to) return [];
    if (portfolio) {
      const given = tokens[to - 1] as Token;
      const two =
        to - 1 > titleEnd + 2 && (hasAny(given, ['FirstName', 'Person']) || !isKnownWord(given.text));
      titleEnd = two ? to - 2 : to - 1;
    }
    // `Minister of Environment and Water,`: a title and its portfolio, with no name after them.
    if (isConnector(tokens[titleEnd] as Token)) return [];
  }
  if (titleEnd !== undefined) {
    titleFirst = from;
    first = titleEnd + 1;
  }
  // A leading connector is never part of a name.
  while (first <= to && isConnector(tokens[first] as Token)) first += 1;
  let last = to;
  while (last >= first && isConnector(tokens[last] as Token)) last -= 1;
  if (first > last) return [];
  const lastToken = tokens[last] as Token;
  const raw = sentence.slice((tokens[first] as Token).start, lastToken.end);
  // A trailing full stop goes, but not the last one of `U.S.`.
  const name = stripPossessive(raw).replace(/(?<!\b\p{Lu})[\s.,;:]+$/u, '');
  const titleTokens = titleFirst === undefined ? [] : tokens.slice(titleFirst, first);
  const hasPersonTitle = titleTokens.some(isPersonTitle);
  const kind = classify(tokens, tokens, first, last, hasPersonTitle);
  const title =
    titleFirst === undefined
      ? ''
      : sentence.slice((tokens[titleFirst] as Token).start, (tokens[first - 1] as Token).end);
  const personTagged = tokens.slice(first, last + 1).some((t) => hasAny(t, PERSON_TAGS));
  return [{ name, kind, first, last, titleFirst, title, possessive: isPossessive(lastToken), personTagged }];
}
