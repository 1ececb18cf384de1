/**
 * What the words around a name say about it: a role phrase before it (`union leader John Samuelsen`,
 * `the union's president, John Samuelsen`), an appositive after it (`Jared Kushner, Trump's
 * son-in-law,`), a copular role (`He is Ukraine's national security chief.`), a delegation or
 * interests it is given (`Russia's delegation includes Igor Kostyukov`, `represents American
 * interests`), an `of`/`from` phrase (`Maria Lopez of the Transport Workers Union`), and a speech
 * verb beside it. Each yields a role phrase as written and the text of a party it ties the name to;
 * ./players.ts resolves those parties to sides.
 */

import { KINSHIP, SPEECH_VERBS } from './lexicon.js';
import { isTitleWord, type NameChunk } from './names.js';
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
}

const ROLE_SPAN_TAGS = ['Noun', 'Adjective', 'ProperNoun', 'Possessive', 'Demonym', 'Acronym', 'Value'];
const STOP_TAGS = ['Determiner', 'Verb', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb'];
const hasAny = (token: Token, tags: readonly string[]) => tags.some((tag) => token.tags.has(tag));
const isRoleNoun = (token: Token) => isTitleWord(token) || (token.tags.has('Actor') && !isCapitalised(token));
const GROUP_NOUNS =
  /^(?:delegation|team|side|government|negotiators|camp|cabinet|administration|negotiating)$/;

/** The text of a token range of the sentence. */
const slice = (sentence: string, tokens: readonly Token[], from: number, to: number) =>
  sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);

/** Parties named in a role phrase: possessives, demonyms, capitalised runs, and `of`/`for`/`at` objects. */
function partiesIn(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { party: string; kin: boolean }[] {
  const found: { party: string; kin: boolean }[] = [];
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (isPossessive(token)) {
      // `the union's`, `Trump's`, `Ukraine's`: a definite description keeps its article for resolution.
      const article = prev !== undefined && i > from && /^(?:the)$/.test(prev.lower) ? 'the ' : '';
      const kin = tokens
        .slice(i + 1, to + 1)
        .some((t) => KINSHIP.has(t.lower) || KINSHIP.has(stripPossessive(t.lower)));
      found.push({ party: article + stripPossessive(token.text), kin });
    } else if (token.tags.has('Demonym') || (isCapitalised(token) && !isTitleWord(token))) {
      let end = i;
      while (
        end < to &&
        joinsNext(tokens[end] as Token) &&
        isCapitalised(tokens[end + 1] as Token) &&
        !isTitleWord(tokens[end + 1] as Token)
      )
        end += 1;
      found.push({ party: stripPossessive(slice(sentence, tokens, i, end)), kin: false });
      i = end;
    } else if (/^(?:of|for|at|with|from)$/.test(token.lower) && i < to) {
      // `president of the Transport Workers Union`: the object, capitalised or a definite description.
      let j = i + 1;
      const the = tokens[j]?.lower === 'the';
      if (the) j += 1;
      let end = j;
      while (
        end < to &&
        joinsNext(tokens[end] as Token) &&
        (isCapitalised(tokens[end + 1] as Token) || /^(?:of|for|and)$/.test((tokens[end + 1] as Token).lower))
      )
        end += 1;
      const object = tokens[j];
      if (object !== undefined && (isCapitalised(object) || the)) {
        found.push({
          party:
            (the && !isCapitalised(object) ? 'the ' : '') + stripPossessive(slice(sentence, tokens, j, end)),
          kin: false,
        });
      }
      i = end;
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
    if (!joinsNext(prev) || hasAny(prev, STOP_TAGS) || !hasAny(prev, ROLE_SPAN_TAGS)) break;
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
    if (prev.tags.has('Determiner')) {
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
  const span = tokens.slice(from, to + 1);
  if (/^\d+$/.test(start.text) && span.length === 1) return { from, to };
  if (span.length > 12 || !span.some(isRoleNoun)) return undefined;
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
    for (const { party, kin } of partiesIn(sentence, tokens, from, to)) ties.push({ party, strength, kin });
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
  if (after !== undefined) {
    personCue = true;
    const text = slice(sentence, tokens, after.from, after.to);
    if (!/^\d+$/.test(text)) {
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
  if (
    (verbAfter !== undefined && SPEECH_VERBS.has(verbAfter.lower)) ||
    (verbBefore !== undefined && SPEECH_VERBS.has(verbBefore.lower))
  )
    personCue = true;
  // `is led by NAME`, `includes NAME`: a group's leader or member.
  const twoBefore = tokens[(chunk.titleFirst ?? chunk.first) - 2];
  if (
    (verbBefore?.lower === 'by' && /^(?:led|headed|chaired|represented)$/.test(twoBefore?.lower ?? '')) ||
    /^(?:includes|included|include)$/.test(verbBefore?.lower ?? '')
  )
    personCue = true;
  return { roles, ties, personCue };
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
  // `[X's|Demonym] delegation is led by NAME` / `... includes NAME`: the name after the verb.
  const byAt = lowerText.findIndex(
    (w, i) =>
      (w === 'by' && /^(?:led|headed|chaired)$/.test(lowerText[i - 1] ?? '')) ||
      /^(?:includes|included|include)$/.test(w),
  );
  if (byAt > 0 && subject.first > byAt) {
    const group = tokens.slice(0, byAt).findIndex((t) => GROUP_NOUNS.test(t.lower));
    if (group > 0) {
      for (const { party, kin } of partiesIn(sentence, tokens, 0, group - 1))
        ties.push({ party, strength: 2, kin });
      roles.push(
        `${lowerText[byAt] === 'by' ? 'leads' : 'member of'} ${slice(sentence, tokens, 0, group).replace(/^(?:the)\s+/i, '')}`,
      );
    }
  }
  return { roles, ties, personCue: roles.length > 0 };
}
