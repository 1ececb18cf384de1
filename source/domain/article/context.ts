/**
 * What the words around a name say about it: a role phrase before it (`union leader John Samuelsen`,
 * `the union's president, John Samuelsen`), an appositive after it (`Jared Kushner, Trump's
 * son-in-law,`), a copular role (`He is Ukraine's national security chief.`), a delegation or
 * interests it is given (`Russia's delegation includes Igor Kostyukov`, `represents American
 * interests`), an `of`/`from` phrase (`Maria Lopez of the Transport Workers Union`), and a speech
 * verb beside it. Each yields a role phrase as written and the text of a party it ties the name to;
 * ./players.ts resolves those parties to sides.
 */

import { KINSHIP, OFFICIAL_TITLES, ORG_HEADS, PARTY_MEMBERS, SPEECH_VERBS } from './lexicon.js';
import { countryOf, isTitleWord, type NameChunk, titleKey } from './names.js';
import { isCapitalised, isPossessive, joinsNext, stripPossessive, type Token } from './tokens.js';

/** A party a name is tied to, as written, and how strongly. */
export interface Tie {
  /** The party's text (`Ukraine`, `American`, `the union`, `Trump`). */
  readonly party: string;
  /** 1 strongest (in the title), 4 weakest. */
  readonly strength: number;
  /** The party is a relative's (`Trump's son-in-law`): the name stands where they stand. */
  readonly kin: boolean;
}

export interface Context {
  readonly roles: readonly string[];
  readonly ties: readonly Tie[];
  /** The words around the name say it is a person (a role noun, a speech verb, an age). */
  readonly personCue: boolean;
  /** An appositive says it is an organisation (`Copa-Cogeca, the main EU farm lobby,`). */
  readonly orgCue?: boolean;
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

/** Parties named in a role phrase: possessives, demonyms, capitalised runs, and `of`/`for`/`at` objects. */
function partiesIn(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { party: string; kin: boolean }[] {
  const found: { party: string; kin: boolean }[] = [];
  const kinAfter = (i: number) =>
    tokens
      .slice(i + 1, to + 1)
      .some((t) => KINSHIP.has(t.lower) || KINSHIP.has(stripPossessive(t.lower)) || isTitleWord(t));
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (/^(?:its|their)$/.test(token.lower)) {
      found.push({ party: ITS, kin: false });
    } else if (/^(?:his|her)$/.test(token.lower)) {
      // `his spokeswoman`: a person's aide or relative stands where that person stands.
      found.push({ party: HIS, kin: true });
    } else if (isPossessive(token) && !isCapitalised(token)) {
      // `the union's president`: a definite description, resolved against the organisations named.
      const article = prev !== undefined && i > from && prev.lower === 'the' ? 'the ' : '';
      found.push({ party: article + stripPossessive(token.text), kin: false });
    } else if (token.tags.has('Demonym') || (isCapitalised(token) && !isTitleWord(token))) {
      const run = capitalisedRun(sentence, tokens, i, to);
      const kin = isPossessive(tokens[run.end] as Token) && kinAfter(run.end);
      found.push({ party: run.party, kin });
      i = run.end;
    } else if (/^(?:of|for|at|with|from)$/.test(token.lower) && i < to) {
      // `president of the Transport Workers Union`: the object, capitalised or a definite description.
      let j = i + 1;
      const the = tokens[j]?.lower === 'the';
      if (the) j += 1;
      const object = tokens[j];
      if (object === undefined) break;
      if (isCapitalised(object)) {
        const run = capitalisedRun(sentence, tokens, j, to);
        found.push({ party: run.party, kin: false });
        i = run.end;
      } else if (the) {
        let end = j;
        while (end < to && joinsNext(tokens[end] as Token) && (tokens[end + 1] as Token).tags.has('Noun'))
          end += 1;
        found.push({ party: `the ${slice(sentence, tokens, j, end)}`, kin: false });
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

/** `the union's president, John Samuelsen,`: a role phrase ending in a comma right before the name. */
function roleBeforeComma(
  tokens: readonly Token[],
  chunk: NameChunk,
): { from: number; to: number } | undefined {
  const at = (chunk.titleFirst ?? chunk.first) - 1;
  const before = tokens[at];
  if (before === undefined || !/^,\s*$/.test(before.post) || !isRoleNoun(before)) return undefined;
  let from = at;
  while (from > 0) {
    const prev = tokens[from - 1] as Token;
    if (!joinsNext(prev)) break;
    if (prev.tags.has('Determiner') || /^(?:its|their|his|her)$/.test(prev.lower)) {
      from -= 1;
      break;
    }
    if (hasAny(prev, STOP_TAGS) || !hasAny(prev, ROLE_SPAN_TAGS)) break;
    from -= 1;
  }
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
  let to = from;
  while (to + 1 < tokens.length && joinsNext(tokens[to] as Token)) to += 1;
  // `a Republican whose district includes Cedar Key`: the role ends where a relative clause begins.
  const relative = tokens.findIndex(
    (t, i) => i > from && i <= to && /^(?:who|whose|which|that)$/.test(t.lower),
  );
  if (relative !== -1 && start.lower !== 'who') to = relative - 1;
  const span = tokens.slice(from, to + 1);
  if (/^\d+$/.test(start.text) && span.length === 1) return { from, to };
  if (span.length > 16 || !span.some((t) => isRoleNoun(t) || ORG_HEADS.has(t.lower))) return undefined;
  if (span.some((t) => t.tags.has('Verb') && !t.tags.has('Participle') && !/^(?:who|which)$/.test(t.lower)))
    return start.lower === 'who' ? { from, to } : undefined;
  return { from, to };
}

/** The context of one name in its sentence (see the module comment). */
export function contextOf(sentence: string, tokens: readonly Token[], chunk: NameChunk): Context {
  const roles: string[] = [];
  const ties: Tie[] = [];
  let personCue = false;
  const addTies = (from: number, to: number, strength: number) => {
    // A nationality is a side with a title of office; with a private role (`American businessman`) it
    // yields to any organisation the text ties the person to.
    const official = tokens.slice(from, to + 1).some((t) => OFFICIAL_TITLES.has(titleKey(t)));
    for (const { party, kin } of partiesIn(sentence, tokens, from, to)) {
      const nationality = countryOf(party) !== undefined;
      ties.push({ party, strength: nationality && !official ? 4 : strength, kin });
    }
  };

  if (chunk.titleFirst !== undefined && chunk.title !== '') {
    roles.push(chunk.title);
    addTies(chunk.titleFirst, chunk.first - 1, 1);
  }
  const before = roleBefore(sentence, tokens, chunk) ?? roleBeforeComma(tokens, chunk);
  if (before !== undefined) {
    personCue = true;
    roles.push(slice(sentence, tokens, before.from, before.to).replace(/^(?:the|a|an)\s+/i, ''));
    addTies(before.from, before.to, 2);
  }
  const after = appositive(tokens, chunk);
  let orgCue = false;
  if (after !== undefined) {
    const span = tokens.slice(after.from, after.to + 1);
    const head = span.filter((t) => !t.tags.has('Verb')).at(-1);
    orgCue = head !== undefined && ORG_HEADS.has(head.lower) && !span.some(isRoleNoun);
    personCue = !orgCue;
    const text = slice(sentence, tokens, after.from, after.to);
    if (!/^\d+$/.test(text) && !orgCue) {
      roles.push(text.replace(/^(?:the|a|an|who is|who was)\s+/i, ''));
      addTies(after.from, after.to, 2);
    }
  }
  // `Name of the X` / `Name from X`, with no comma between.
  const next = tokens[chunk.last + 1];
  if (next !== undefined && joinsNext(tokens[chunk.last] as Token) && /^(?:of|from)$/.test(next.lower)) {
    let end = chunk.last + 1;
    while (end + 1 < tokens.length && joinsNext(tokens[end] as Token)) end += 1;
    for (const { party, kin } of partiesIn(sentence, tokens, chunk.last + 1, end))
      ties.push({ party, strength: 3, kin });
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
  return { roles, ties, personCue, orgCue };
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
  const lowerText = tokens.map((t) => t.lower);
  const afterSubject = subject.last + 1;
  // Copular: `X is (also|now) (a|an|the) ROLE...` up to the end or a comma.
  const copula = tokens[afterSubject];
  if (copula?.tags.has('Copula') && joinsNext(tokens[subject.last] as Token)) {
    let from = afterSubject + 1;
    while (tokens[from]?.tags.has('Adverb')) from += 1;
    let to = from;
    while (to + 1 < tokens.length && joinsNext(tokens[to] as Token)) to += 1;
    const span = tokens.slice(from, to + 1);
    if (
      span.length > 0 &&
      span.length <= 10 &&
      span.some(isRoleNoun) &&
      !span.some((t) => t.tags.has('Verb'))
    ) {
      roles.push(slice(sentence, tokens, from, to).replace(/^(?:the|a|an)\s+/i, ''));
      for (const { party, kin } of partiesIn(sentence, tokens, from, to))
        ties.push({ party, strength: 2, kin });
    }
  }
  // `X heads military intelligence`, `X leads Ukraine's delegation`, `X represents American interests`.
  const verb = tokens[afterSubject];
  if (
    verb !== undefined &&
    /^(?:heads|headed|leads|led|chairs|chaired|runs|ran|represents|represented|commands|commanded|owns|owned)$/.test(
      verb.lower,
    )
  ) {
    let to = afterSubject + 1;
    while (to + 1 < tokens.length && joinsNext(tokens[to] as Token)) to += 1;
    if (to < tokens.length) {
      roles.push(slice(sentence, tokens, afterSubject, to));
      for (const { party, kin } of partiesIn(sentence, tokens, afterSubject + 1, to))
        ties.push({ party, strength: 2, kin });
    }
  }
  // `Its chief negotiator is NAME`, `Russia's envoy is NAME`: a role named by its party, then the name.
  const copulaBefore = tokens[subject.first - 1];
  if (copulaBefore?.tags.has('Copula') && subject.first >= 2 && subject.first <= 6) {
    const span = tokens.slice(0, subject.first - 1);
    if (span.some(isRoleNoun) && !span.some((t) => t.tags.has('Verb'))) {
      roles.push(slice(sentence, tokens, 0, subject.first - 2).replace(/^(?:the|a|an)\s+/i, ''));
      for (const { party, kin } of partiesIn(sentence, tokens, 0, subject.first - 2))
        ties.push({ party, strength: 2, kin });
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
      roles.push(
        `${lowerText[byAt] === 'by' ? 'leads' : 'member of'} ${slice(sentence, tokens, 0, group).replace(/^(?:the)\s+/i, '')}`,
      );
    }
  }
  return { roles, ties, personCue: roles.length > 0 };
}
