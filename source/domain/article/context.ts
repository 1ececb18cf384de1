/**
 * What the words around a name say about it: a role phrase before it (`union leader John Samuelsen`,
 * `the union's president, John Samuelsen`), an appositive after it (`Jared Kushner, Trump's
 * son-in-law,`), a copular role (`He is Ukraine's national security chief.`), a delegation or
 * interests it is given (`Russia's delegation includes Igor Kostyukov`, `represents American
 * interests`), an `of`/`from` phrase (`Maria Lopez of the Transport Workers Union`), and a speech
 * verb beside it. Each yields a role phrase as written and the text of a party it ties the name to;
 * ./players.ts resolves those parties to sides.
 */

import { DEMONYMS, KINSHIP, ORG_HEADS, PARTY_MEMBERS, SPEECH_VERBS } from './lexicon.js';
import { countryOf, isTitleWord, type NameChunk, titleKey } from './names.js';
import {
  FOR_VERBS,
  GOVERNMENT_TITLES,
  LOCAL_OFFICES,
  NATIONAL_OFFICES,
  REPRESENTATIVE_ROLES,
  STATE_OFFICES,
  TIE_VERBS,
} from './side-words.js';
import { isCapitalised, isPossessive, joinsNext, stripPossessive, type Token } from './tokens.js';

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
  /** The sentence the tie was read in (set by ./players.ts): a description means the party named nearest before. */
  readonly at?: number;
}

/** The level of government an office belongs to, from the words of a title (`State Representative`). */
export type Office = 'national' | 'state' | 'local';

export interface Context {
  readonly roles: readonly string[];
  readonly ties: readonly Tie[];
  /** The words around the name say it is a person (a role noun, a speech verb, an age). */
  readonly personCue: boolean;
  /** An appositive says it is an organisation (`Copa-Cogeca, the main EU farm lobby,`). */
  readonly orgCue?: boolean;
  /** A role phrase stands beside the name (not only a speech verb). */
  readonly roleCue?: boolean;
  /** The role nouns of the phrases around the name, lower case (`economist`, `president`). */
  readonly roleWords?: readonly string[];
  /** The level of government of an office the phrases name. */
  readonly office?: Office | undefined;
}

const ROLE_SPAN_TAGS = ['Noun', 'Adjective', 'ProperNoun', 'Possessive', 'Demonym', 'Acronym', 'Value'];
const STOP_TAGS = ['Determiner', 'Verb', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb'];
const hasAny = (token: Token, tags: readonly string[]) => tags.some((tag) => token.tags.has(tag));
const isRoleNoun = (token: Token) =>
  isTitleWord(token) || (token.tags.has('Actor') && !isCapitalised(token)) || PARTY_MEMBERS.has(token.text);
const GROUP_NOUNS =
  /^(?:delegation|team|side|government|negotiators|camp|cabinet|administration|negotiating|consortium|group|coalition|alliance|bloc|syndicate|party|union|company|firm)$/;

/** The text of a token range of the sentence. */
const slice = (sentence: string, tokens: readonly Token[], from: number, to: number) =>
  sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);

/** Possessive pronouns: the party they stand for is found in the sentences before (./players.ts). */
export const ITS = '@its';
export const HIS = '@his';

const isConnectorWord = (token: Token) => /^(?:of|for|and|de|von|van)$/.test(token.text);
const isNumber = (token: Token) => /^\d{1,5}$/.test(token.text);

/**
 * The end of the capitalised run from `i` (with `of`/`for`/`and` and a number inside), and the party
 * it names: the whole run when it is an organisation's name (ends in an organisation word) or one
 * word, else its first word when that is a country, a demonym or an acronym (`U.S. Commerce
 * Secretary`, `EU Budget Commissioner`, `French Agriculture Minister`).
 */
function capitalisedRun(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  to: number,
): { end: number; party: string } {
  let end = i;
  while (end < to && joinsNext(tokens[end] as Token)) {
    const next = tokens[end + 1] as Token;
    if (isCapitalised(next) && !isTitleWord(next)) end += 1;
    else if (isNumber(next)) end += 1;
    else if (
      isConnectorWord(next) &&
      end + 2 <= to &&
      isCapitalised(tokens[end + 2] as Token) &&
      joinsNext(next)
    )
      end += 2;
    else break;
  }
  const first = tokens[i] as Token;
  const whole = stripPossessive(slice(sentence, tokens, i, end));
  if (end === i || ORG_HEADS.has(stripPossessive((tokens[end] as Token).lower))) return { end, party: whole };
  const lead = stripPossessive(first.text);
  if (countryOf(lead, first) !== undefined || /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(lead))
    return { end: i, party: lead };
  return { end, party: whole };
}

/** A party named in a role phrase, as written. */
interface Named {
  readonly party: string;
  readonly kin: boolean;
  /** After `in`, `at`, `from` and the like: where the person is, not whom they act for. */
  readonly loose: boolean;
}

const LOCATIVE = /^(?:in|near|outside|across|around|from|at)$/;
const PORTFOLIO_TITLES = /^(?:minister|secretary|commissioner|ministry|department)$/;
const OBJECT_WORDS = /^(?:of|for|at|with|from|to)$/;

/**
 * Parties named in a role phrase: possessives, demonyms, capitalised runs, and the objects of
 * `of`/`for`/`at` and of tie verbs (`representing the group`).
 */
function partiesIn(sentence: string, tokens: readonly Token[], from: number, to: number): Named[] {
  const found: Named[] = [];
  const kinAfter = (i: number) =>
    tokens
      .slice(i + 1, to + 1)
      .some((t) => KINSHIP.has(t.lower) || KINSHIP.has(stripPossessive(t.lower)) || isTitleWord(t));
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    const loose = i > from && prev !== undefined && LOCATIVE.test(prev.lower);
    if (/^(?:its|their)$/.test(token.lower)) {
      found.push({ party: ITS, kin: false, loose: false });
    } else if (/^(?:his|her)$/.test(token.lower)) {
      // `his spokeswoman`: a person's aide or relative stands where that person stands.
      found.push({ party: HIS, kin: true, loose: false });
    } else if (isPossessive(token) && !isCapitalised(token)) {
      // `the union's president`: a definite description, resolved against the organisations named.
      const article = prev !== undefined && i > from && prev.lower === 'the' ? 'the ' : '';
      found.push({ party: article + stripPossessive(token.text), kin: false, loose: false });
    } else if (token.tags.has('Demonym') || (isCapitalised(token) && !isTitleWord(token))) {
      const run = capitalisedRun(sentence, tokens, i, to);
      const kin = isPossessive(tokens[run.end] as Token) && kinAfter(run.end);
      found.push({ party: run.party, kin, loose });
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
      const objectLoose = /^(?:at|from)$/.test(token.lower);
      if (isCapitalised(object)) {
        const run = capitalisedRun(sentence, tokens, j, to);
        // `Minister of Water Resources`, `Commissioner for Health`: a portfolio, not a party.
        const portfolio =
          /^(?:of|for)$/.test(token.lower) &&
          prev !== undefined &&
          PORTFOLIO_TITLES.test(titleKey(prev)) &&
          countryOf(run.party) === undefined;
        if (!portfolio) found.push({ party: run.party, kin: false, loose: objectLoose });
        i = run.end;
      } else if (the) {
        let end = j;
        while (
          end < to &&
          joinsNext(tokens[end] as Token) &&
          !isPossessive(tokens[end] as Token) &&
          (tokens[end + 1] as Token).tags.has('Noun')
        )
          end += 1;
        const party = `the ${stripPossessive(slice(sentence, tokens, j, end))}`;
        found.push({ party, kin: false, loose: false });
        i = end;
      }
    }
  }
  return found;
}

/** The role phrase just before a name, with no punctuation between: `union leader John Samuelsen`. */
function roleBefore(
  sentence: string,
  tokens: readonly Token[],
  chunk: NameChunk,
): { from: number; to: number } | undefined {
  const at = (chunk.titleFirst ?? chunk.first) - 1;
  const before = tokens[at];
  if (before === undefined || !joinsNext(before) || !isRoleNoun(before)) return undefined;
  let from = at;
  while (from > 0) {
    const prev = tokens[from - 1] as Token;
    // `Habitat for Humanity volunteer coordinator`: a connector between capitalised words is in a name.
    const inName =
      /^(?:of|for|and)$/.test(prev.text) &&
      isCapitalised(tokens[from] as Token) &&
      isCapitalised(tokens[from - 2] as Token);
    if (!joinsNext(prev)) break;
    if (/^(?:its|their|his|her)$/.test(prev.lower)) {
      from -= 1;
      break;
    }
    if (!inName && (hasAny(prev, STOP_TAGS) || !hasAny(prev, ROLE_SPAN_TAGS))) break;
    from -= 1;
  }
  void sentence;
  return { from, to: at };
}

/**
 * A role phrase ending in a comma right before the name: `the union's president, John Samuelsen,`,
 * `A spokesperson for the company, Rebecca Tan,`, `Vento Air's founder and chairwoman, Ana Reis,`.
 * The phrase runs back over nouns, possessives and `of`/`for`/`at`/`and` to a determiner that no such
 * word precedes, or to the start of the clause; it must hold a role noun.
 */
function roleBeforeComma(
  tokens: readonly Token[],
  chunk: NameChunk,
): { from: number; to: number } | undefined {
  const at = (chunk.titleFirst ?? chunk.first) - 1;
  const before = tokens[at];
  if (before === undefined || !/^,\s*$/.test(before.post)) return undefined;
  let from = at;
  while (from > 0) {
    const prev = tokens[from - 1] as Token;
    if (!joinsNext(prev)) break;
    if (/^(?:its|their|his|her)$/.test(prev.lower)) {
      from -= 1;
      break;
    }
    if (prev.tags.has('Determiner')) {
      from -= 1;
      const link = tokens[from - 1];
      if (link !== undefined && joinsNext(link) && /^(?:of|for|at|to)$/.test(link.lower)) continue;
      break;
    }
    if (/^(?:of|for|at|to|in|and|&)$/.test(prev.lower)) {
      from -= 1;
      continue;
    }
    if (hasAny(prev, STOP_TAGS) || !hasAny(prev, ROLE_SPAN_TAGS)) break;
    from -= 1;
  }
  // A phrase cannot open with a linking word (`In Brussels, …`, `and the union's president, …`).
  while (from < at && /^(?:of|for|at|to|in|and|&)$/.test((tokens[from] as Token).lower)) from += 1;
  const span = tokens.slice(from, at + 1);
  if (!span.some(isRoleNoun)) return undefined;
  // The phrase is the name's own only where a clause or a preposition opens it: not in `After
  // meeting the minister, X said`.
  const opener = tokens[from - 1];
  if (
    opener !== undefined &&
    joinsNext(opener) &&
    !hasAny(opener, ['Preposition', 'Conjunction']) &&
    !/^(?:by|with|and|but|while)$/.test(opener.lower)
  )
    return undefined;
  return { from, to: at };
}

/** `Name, [the|a] role [of X],`: the words between the commas after a name, when they hold a role noun. */
function appositive(tokens: readonly Token[], chunk: NameChunk): { from: number; to: number } | undefined {
  const last = tokens[chunk.last] as Token;
  if (!/^\s*,\s*$/.test(last.post)) return undefined;
  const from = chunk.last + 1;
  const start = tokens[from];
  if (start === undefined || start.tags.has('Verb') || /^(?:and|or|but|said|says)$/.test(start.lower))
    return undefined;
  let to = clauseEnd(tokens, from);
  // `a Republican whose district includes Cedar Key`: the role ends where a relative clause begins.
  const relative = tokens.findIndex(
    (t, i) => i > from && i <= to && /^(?:who|whose|which|that)$/.test(t.lower),
  );
  if (relative !== -1 && start.lower !== 'who') to = relative - 1;
  const span = tokens.slice(from, to + 1);
  if (/^\d+$/.test(start.text) && span.length === 1) return { from, to };
  if (span.length > 16 || !span.some((t) => isRoleNoun(t) || ORG_HEADS.has(t.lower))) return undefined;
  // `a lawyer representing the group`: a verb that ties is part of the role.
  const verbs = span.filter(
    (t) => t.tags.has('Verb') && !t.tags.has('Participle') && TIE_VERBS[t.lower] === undefined,
  );
  if (verbs.some((t) => !/^(?:who|which)$/.test(t.lower)))
    return start.lower === 'who' ? { from, to } : undefined;
  return { from, to };
}

/** The last word of the clause from `from`: up to a comma, a full stop or the end. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to + 1 < tokens.length && joinsNext(tokens[to] as Token)) to += 1;
  return to;
}

/**
 * The end of the noun phrase from `from`: `the group` of `the group after his car caught fire`,
 * `the Hadejia Valley Farmers' Association`, `Paraguay's naval forces` (a name may hold `of`).
 */
function phraseEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  while (j + 1 < tokens.length && joinsNext(tokens[j] as Token)) {
    const next = tokens[j + 1] as Token;
    const after = tokens[j + 2];
    if (
      /^(?:of|for|and)$/.test(next.lower) &&
      isCapitalised(tokens[j] as Token) &&
      after !== undefined &&
      isCapitalised(after)
    ) {
      j += 2;
      continue;
    }
    if (!hasAny(next, ['Noun', 'Adjective', 'ProperNoun', 'Possessive']) || hasAny(next, STOP_TAGS)) break;
    j += 1;
  }
  return j;
}

/**
 * `who chairs the association`, `who is Nigeria's deputy health minister`: the verb after `who` (and
 * an adverb) and the phrase it governs, when the verb ties (or is `is`: a role follows).
 */
function relativeTie(tokens: readonly Token[], who: number): { verb: number; end: number } | undefined {
  let verb = who + 1;
  while (tokens[verb]?.tags.has('Adverb')) verb += 1;
  const token = tokens[verb];
  if (token === undefined) return undefined;
  if (TIE_VERBS[token.lower] !== undefined) return { verb, end: phraseEnd(tokens, verb + 1) };
  if (token.tags.has('Copula')) {
    const end = phraseEnd(tokens, verb + 1);
    const span = tokens.slice(verb + 1, end + 1);
    return span.some(isRoleNoun) ? { verb: verb + 1, end } : undefined;
  }
  return undefined;
}

/** The level of government of the words of a title or role phrase (`State Representative` → state). */
export function officeOf(words: readonly string[]): Office | undefined {
  if (words.some((w) => LOCAL_OFFICES.has(w))) return 'local';
  if (words.some((w) => STATE_OFFICES.has(w))) return 'state';
  if (words.some((w) => NATIONAL_OFFICES.has(w))) return 'national';
  return undefined;
}

const isDemonym = (text: string) => DEMONYMS[text.toLowerCase()] !== undefined;

/**
 * The ties a role phrase gives (tokens `from`..`to`), its role nouns (a tie verb counts as the role
 * it amounts to: `chairs` → chair) and its words, lower case, for the level of an office.
 */
function phraseTies(
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
  for (const t of span) {
    if (isRoleNoun(t)) roleWords.push(titleKey(t));
    const tied = TIE_VERBS[t.lower];
    if (tied !== undefined) roleWords.push(tied);
  }
  const representative = roleWords.some((w) => REPRESENTATIVE_ROLES.has(w));
  const ties: Tie[] = [];
  for (const { party, kin, loose } of partiesIn(sentence, tokens, from, to)) {
    // A nationality is a side with a title of government office (`French Agriculture Minister`),
    // not with a private role (`American businessman`, `Polish farm leader`).
    if (isDemonym(party) && !official) continue;
    ties.push({ party, strength, kin, official, loose, representative });
  }
  return { ties, roleWords, words: span.map(titleKey) };
}

/** The context of one name in its sentence (see the module comment). */
export function contextOf(sentence: string, tokens: readonly Token[], chunk: NameChunk): Context {
  const roles: string[] = [];
  const ties: Tie[] = [];
  const roleWords: string[] = [];
  const officeWords: string[] = [];
  let personCue = false;
  let roleCue = false;
  const addTies = (from: number, to: number, strength: number) => {
    const read = phraseTies(sentence, tokens, from, to, strength);
    ties.push(...read.ties);
    roleWords.push(...read.roleWords);
    officeWords.push(...read.words);
  };

  const start = chunk.titleFirst ?? chunk.first;
  // `State Representative X` at the start of a sentence: the words before the title say its level.
  for (const back of [start - 1, start - 2]) {
    const token = tokens[back];
    if (token !== undefined && joinsNext(token) && isCapitalised(token)) officeWords.push(titleKey(token));
    else break;
  }
  if (chunk.titleFirst !== undefined && chunk.title !== '') {
    roles.push(chunk.title);
    roleCue = true;
    addTies(chunk.titleFirst, chunk.first - 1, 1);
    // `Misiones Governor X` opening a sentence, where the capital hid the place from the name rules.
    const place = tokens[start - 1];
    if (
      start === 1 &&
      place !== undefined &&
      joinsNext(place) &&
      isCapitalised(place) &&
      !isTitleWord(place) &&
      officeOf([place.lower]) === undefined
    ) {
      const official = tokens.slice(start, chunk.first).some((t) => GOVERNMENT_TITLES.has(titleKey(t)));
      ties.push({ party: place.text, strength: 1, kin: false, official, loose: false, representative: true });
    }
  }
  const before = roleBefore(sentence, tokens, chunk) ?? roleBeforeComma(tokens, chunk);
  if (before !== undefined) {
    personCue = true;
    roleCue = true;
    roles.push(slice(sentence, tokens, before.from, before.to).replace(/^(?:the|a|an)\s+/i, ''));
    addTies(before.from, before.to, 2);
  }
  const after = appositive(tokens, chunk);
  let orgCue = false;
  if (after !== undefined) {
    const span = tokens.slice(after.from, after.to + 1);
    const head = span.filter((t) => !t.tags.has('Verb')).at(-1);
    orgCue =
      span[0]?.lower !== 'who' && head !== undefined && ORG_HEADS.has(head.lower) && !span.some(isRoleNoun);
    personCue = !orgCue;
    roleCue = !orgCue;
    const text = slice(sentence, tokens, after.from, after.to);
    if (!/^\d+$/.test(text) && !orgCue) {
      roles.push(text.replace(/^(?:the|a|an|who is|who was)\s+/i, ''));
      // A relative clause ties only through its verb's object (below), not through every name in it.
      if (span[0]?.lower !== 'who') addTies(after.from, after.to, 2);
    }
  }
  // `X, who chairs the association,`, `X, a Brisbane electrician who founded the group,`.
  if (/^\s*,\s*$/.test((tokens[chunk.last] as Token).post)) {
    const end = clauseEnd(tokens, chunk.last + 1);
    const who = tokens.findIndex((t, i) => i > chunk.last && i <= end && t.lower === 'who');
    if (who === chunk.last + 1) personCue = true;
    const tie = who === -1 ? undefined : relativeTie(tokens, who);
    if (tie !== undefined) {
      personCue = true;
      roleCue = true;
      addTies(tie.verb, tie.end, 2);
    }
  }
  // `Vento Air's founder`: a name whose founder or chief executive is named is an organisation's.
  const owned = tokens[chunk.last + 1];
  if (
    chunk.kind === 'unknown' &&
    chunk.possessive &&
    !chunk.personTagged &&
    owned !== undefined &&
    !isCapitalised(owned) &&
    REPRESENTATIVE_ROLES.has(titleKey(owned)) &&
    !KINSHIP.has(owned.lower)
  )
    orgCue = true;
  // `Name of the X` / `Name from X`, with no comma between.
  const next = tokens[chunk.last + 1];
  if (next !== undefined && joinsNext(tokens[chunk.last] as Token) && /^(?:of|from)$/.test(next.lower)) {
    const end = clauseEnd(tokens, chunk.last + 1);
    for (const { party, kin, loose } of partiesIn(sentence, tokens, chunk.last + 1, end))
      ties.push({ party, strength: 3, kin, loose: loose || next.lower === 'from' });
  }
  const verbAfter = tokens[chunk.last + 1];
  const verbBefore = tokens[(chunk.titleFirst ?? chunk.first) - 1];
  // `Bell told`, `said Kerr`: a speech verb right beside the name (`…includes Cedar Key, said` is not).
  if (
    (verbAfter !== undefined &&
      SPEECH_VERBS.has(verbAfter.lower) &&
      joinsNext(tokens[chunk.last] as Token)) ||
    (verbBefore !== undefined && SPEECH_VERBS.has(verbBefore.lower) && joinsNext(verbBefore))
  )
    personCue = true;
  // `is led by NAME`, `[the delegation] includes NAME`: a group's leader or member.
  const twoBefore = tokens[(chunk.titleFirst ?? chunk.first) - 2];
  const groupBefore = tokens.slice(0, chunk.first).some((t) => GROUP_NOUNS.test(t.lower));
  if (
    (verbBefore?.lower === 'by' && /^(?:led|headed|chaired|represented)$/.test(twoBefore?.lower ?? '')) ||
    (groupBefore && /^(?:includes|included|include)$/.test(verbBefore?.lower ?? ''))
  )
    personCue = true;
  return { roles, ties, personCue, orgCue, roleCue, roleWords, office: officeOf(officeWords) };
}

/**
 * Sentence-level ties of a subject: `[X's] delegation is led by / includes NAME`, `NAME leads X's
 * delegation`, `NAME represents X interests`, and a copular role `NAME|He is (also) a Russian envoy`.
 * `subject` is the token range of the name (or pronoun) the sentence is about.
 */
export function sentenceTies(
  sentence: string,
  tokens: readonly Token[],
  subject: { first: number; last: number },
): Context {
  const roles: string[] = [];
  const ties: Tie[] = [];
  const roleWords: string[] = [];
  const lowerText = tokens.map((t) => t.lower);
  const afterSubject = subject.last + 1;
  const addTies = (from: number, to: number) => {
    const read = phraseTies(sentence, tokens, from, to, 2);
    ties.push(...read.ties);
    roleWords.push(...read.roleWords);
  };
  // Copular: `X is (also|now) (a|an|the) ROLE...` up to the end or a comma.
  const copula = tokens[afterSubject];
  if (copula?.tags.has('Copula') && joinsNext(tokens[subject.last] as Token)) {
    let from = afterSubject + 1;
    while (tokens[from]?.tags.has('Adverb')) from += 1;
    const to = clauseEnd(tokens, from);
    const span = tokens.slice(from, to + 1);
    if (
      span.length > 0 &&
      span.length <= 10 &&
      span.some(isRoleNoun) &&
      !span.some((t) => t.tags.has('Verb'))
    ) {
      roles.push(slice(sentence, tokens, from, to).replace(/^(?:the|a|an)\s+/i, ''));
      addTies(from, to);
    }
  }
  // `X heads military intelligence`, `X leads Ukraine's delegation`, `X represents American interests`,
  // `X speaks for them on finance`.
  const verb = tokens[afterSubject];
  const forVerb =
    verb !== undefined && FOR_VERBS.has(verb.lower) && tokens[afterSubject + 1]?.lower === 'for';
  if (verb !== undefined && (TIE_VERBS[verb.lower] !== undefined || forVerb)) {
    const to = clauseEnd(tokens, afterSubject + 1);
    if (to < tokens.length && joinsNext(tokens[subject.last] as Token)) {
      roles.push(slice(sentence, tokens, afterSubject, to));
      addTies(forVerb ? afterSubject + 1 : afterSubject, to);
      roleWords.push(forVerb ? 'spokesperson' : (TIE_VERBS[verb.lower] as string));
    }
  }
  // `Its chief negotiator is NAME`, `Russia's envoy is NAME`: a role named by its party, then the name.
  const copulaBefore = tokens[subject.first - 1];
  if (copulaBefore?.tags.has('Copula') && subject.first >= 2 && subject.first <= 6) {
    const span = tokens.slice(0, subject.first - 1);
    if (span.some(isRoleNoun) && !span.some((t) => t.tags.has('Verb'))) {
      roles.push(slice(sentence, tokens, 0, subject.first - 2).replace(/^(?:the|a|an)\s+/i, ''));
      addTies(0, subject.first - 2);
    }
  }
  // `[X's|Demonym] delegation is led by NAME` / `... includes NAME`: the name after the verb.
  const byAt = lowerText.findIndex(
    (w, i) =>
      (w === 'by' && /^(?:led|headed|chaired)$/.test(lowerText[i - 1] ?? '')) ||
      /^(?:includes|included|include)$/.test(w),
  );
  if (byAt > 0 && subject.first > byAt) {
    const group = tokens.slice(0, byAt).findIndex((t) => GROUP_NOUNS.test(t.lower));
    if (group > 0) {
      // The party nearest the group noun: `Redwood Sports Partners, a consortium led by …`.
      const nearest = partiesIn(sentence, tokens, 0, group - 1).at(-1);
      if (nearest !== undefined) ties.push({ party: nearest.party, strength: 2, kin: nearest.kin });
      roleWords.push(lowerText[byAt] === 'by' ? 'leader' : 'member');
      roles.push(
        `${lowerText[byAt] === 'by' ? 'leads' : 'member of'} ${slice(sentence, tokens, 0, group).replace(/^(?:the)\s+/i, '')}`,
      );
    }
  }
  return { roles, ties, personCue: roles.length > 0, roleWords };
}
