/**
 * The spans of a sentence that give a name its role: the role phrase just before it (`union leader
 * X`, `the union's president, X,`), the appositive after it (`X, Trump's son-in-law,`), and the
 * phrase a `who` clause governs (`X, who chairs the association,`).
 */

import { ORG_HEADS } from './lexicon.js';
import type { NameChunk } from './names.js';
import { FOR_VERBS, ORG_DESCRIPTIONS, TIE_VERBS, WITH_VERBS } from './side-words.js';
import {
  clauseEnd,
  hasAny,
  isConnectorWord,
  isRoleNoun,
  KIND_BEFORE,
  ROLE_SPAN_TAGS,
  STOP_TAGS,
  UNIT_NOUNS,
} from './ties.js';
import { isCapitalised, joinsNext, type Token } from './tokens.js';

/**
 * `deputy transport minister`: a word compromise reads as a verb's base form, right before a role
 * noun, is the noun that qualifies it; `sourcing` in `head of sourcing at X` is a field's name.
 */
const isAdjunct = (word: Token, next: Token | undefined) =>
  !isCapitalised(word) &&
  next !== undefined &&
  ((word.tags.has('Infinitive') && !word.tags.has('PastTense') && isRoleNoun(next)) ||
    // (`the head of Latin American sourcing at X`: a gerund named as a field, before its `at`.)
    (word.tags.has('Gerund') && /^(?:at|for)$/.test(next.lower)) ||
    // (`trading house`, `shipping company`: a kind of organisation.)
    (word.tags.has('Gerund') && KIND_BEFORE.has(next.lower)));

/** The role phrase just before a name, with no punctuation between: `union leader John Samuelsen`. */
export function roleBefore(
  sentence: string,
  tokens: readonly Token[],
  chunk: NameChunk,
): { from: number; to: number } | undefined {
  const at = (chunk.titleFirst ?? chunk.first) - 1;
  const before = tokens[at];
  if (before === undefined || !joinsNext(before) || !isRoleNoun(before)) return undefined;
  // (`a vice-president of Hengrui Lithium`: the name is whom the role is of, not its holder.)
  if (/^(?:of|for|at|with)$/.test(before.lower)) return undefined;
  let from = at;
  while (from > 0) {
    const prev = tokens[from - 1] as Token;
    // `Habitat for Humanity volunteer coordinator`: a connector between capitalised words is in a name.
    const inName =
      /^(?:of|for|and)$/.test(prev.text) &&
      isCapitalised(tokens[from] as Token) &&
      isCapitalised(tokens[from - 2] as Token);
    if (!joinsNext(prev)) break;
    if (/^(?:its|their|his|her|whose)$/.test(prev.lower)) {
      from -= 1;
      break;
    }
    if (
      !inName &&
      !isAdjunct(prev, tokens[from]) &&
      (hasAny(prev, STOP_TAGS) || !hasAny(prev, ROLE_SPAN_TAGS))
    )
      break;
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
export function roleBeforeComma(
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
    if (/^(?:its|their|his|her|whose)$/.test(prev.lower)) {
      from -= 1;
      break;
    }
    if (prev.tags.has('Determiner')) {
      from -= 1;
      const link = tokens[from - 1];
      if (link !== undefined && joinsNext(link) && /^(?:of|for|at|to)$/.test(link.lower)) continue;
      break;
    }
    // (`Minister Petrina Shikongo and India's energy secretary,`: not back over a person named before.)
    const item = tokens[from - 2];
    const owner = tokens[from] as Token;
    if (
      prev.lower === 'and' &&
      item !== undefined &&
      (item.tags.has('Person') ||
        (isCapitalised(item) &&
          !item.tags.has('Place') &&
          isCapitalised(owner) &&
          owner.tags.has('Possessive')))
    )
      break;
    if (/^(?:of|for|at|to|in|on|and|&)$/.test(prev.lower)) {
      from -= 1;
      continue;
    }
    if (!isAdjunct(prev, tokens[from]) && (hasAny(prev, STOP_TAGS) || !hasAny(prev, ROLE_SPAN_TAGS))) break;
    from -= 1;
  }
  // A phrase cannot open with a linking word (`In Brussels, …`, `and the union's president, …`).
  while (from < at && /^(?:of|for|at|to|in|on|and|&)$/.test((tokens[from] as Token).lower)) from += 1;
  const span = tokens.slice(from, at + 1);
  if (!span.some(isRoleNoun)) return undefined;
  // The phrase is the name's own only where a clause or a preposition opens it: not in `After
  // meeting the minister, X said`; but `has appointed a mediator, X,` and `re-elected its president,
  // X,` name X by the role.
  const opener = tokens[from - 1];
  if (
    opener !== undefined &&
    !/^(?:an?|its|their)$/.test((tokens[from] as Token).lower) &&
    // (`Whitfield said the company's chief executive, X, would…`: a clause that speech opens.)
    !/^(?:said|says|added|told)$/.test(opener.lower) &&
    joinsNext(opener) &&
    !hasAny(opener, ['Preposition', 'Conjunction']) &&
    !/^(?:by|with|and|but|while)$/.test(opener.lower)
  )
    return undefined;
  return { from, to: at };
}

/** `Name, [the|a] role [of X],`: the words between the commas after a name, when they hold a role noun. */
export function appositive(
  tokens: readonly Token[],
  chunk: NameChunk,
): { from: number; to: number } | undefined {
  const last = tokens[chunk.last] as Token;
  if (!/^\s*,\s*$/.test(last.post)) return undefined;
  const from = chunk.last + 1;
  const start = tokens[from];
  // (`state secretary of the union`: a word compromise reads as a verb, before a role noun.)
  if (
    start === undefined ||
    (start.tags.has('Verb') && !(tokens[from + 1] !== undefined && isRoleNoun(tokens[from + 1] as Token))) ||
    /^(?:and|or|but|said|says)$/.test(start.lower)
  )
    return undefined;
  let to = clauseEnd(tokens, from);
  // `a Republican whose district includes Cedar Key`: the role ends where a relative clause begins.
  const relative = tokens.findIndex(
    (t, i) => i > from && i <= to && /^(?:who|whose|which|that)$/.test(t.lower),
  );
  if (relative !== -1 && start.lower !== 'who') to = relative - 1;
  const span = tokens.slice(from, to + 1);
  if (/^\d+$/.test(start.text) && span.length === 1) return { from, to };
  if (
    span.length > 16 ||
    !span.some(
      (t) => isRoleNoun(t) || ORG_HEADS.has(t.lower) || ORG_DESCRIPTIONS.has(t.lower.replace(/s$/, '')),
    )
  )
    return undefined;
  // `a lawyer representing the group`: a verb that ties is part of the role.
  // (`the privately run company`: a verb between an adverb and its noun qualifies the noun.)
  const verbs = span.filter(
    (t, i) =>
      t.tags.has('Verb') &&
      !t.tags.has('Participle') &&
      TIE_VERBS[t.lower] === undefined &&
      !(span[i - 1]?.tags.has('Adverb') === true && span[i + 1]?.tags.has('Noun') === true) &&
      // (`the water rights network X`, `state secretary`: a noun compound compromise misreads.)
      !(
        !t.tags.has('PastTense') &&
        span[i + 1]?.tags.has('Noun') === true &&
        (i === 0 || span[i - 1]?.tags.has('Noun') === true)
      ) &&
      // (`the authority's acting managing director`: words that qualify a role noun after them.)
      !(t.tags.has('Gerund') && span.slice(i + 1).some(isRoleNoun)),
  );
  if (verbs.some((t) => !/^(?:who|which)$/.test(t.lower)))
    return start.lower === 'who' ? { from, to } : undefined;
  return { from, to };
}

/**
 * `who chairs the association`, `who is Nigeria's deputy health minister`: the verb after `who` (and
 * an adverb) and the phrase it governs, when the verb ties (or is `is`: a role follows).
 */
export function relativeTie(
  tokens: readonly Token[],
  who: number,
): { verb: number; end: number } | undefined {
  let verb = who + 1;
  // `who has led the association since 2020`: past an adverb or an auxiliary to the verb.
  while (
    tokens[verb]?.tags.has('Adverb') ||
    (tokens[verb]?.tags.has('Auxiliary') && !tokens[verb]?.tags.has('Copula'))
  )
    verb += 1;
  const token = tokens[verb];
  if (token === undefined) return undefined;
  // `who runs three showrooms`: a count of things is not a party.
  if (tokens[verb + 1]?.tags.has('Value')) return undefined;
  if (TIE_VERBS[token.lower] !== undefined) {
    const end = phraseEnd(tokens, verb + 1);
    // `who represents prison staff for the union ACOD`: and whom they are represented for.
    const link = tokens[end + 1];
    return link !== undefined && joinsNext(tokens[end] as Token) && /^(?:for|at)$/.test(link.lower)
      ? { verb, end: phraseEnd(tokens, end + 2) }
      : { verb, end };
  }
  // `who campaigns with the group Costa Viva`, `who works for the union`.
  const link = tokens[verb + 1]?.lower;
  if ((FOR_VERBS.has(token.lower) && link === 'for') || (WITH_VERBS.has(token.lower) && link === 'with'))
    return { verb, end: phraseEnd(tokens, verb + 2) };
  // (`who has been governor since 2021`, `who became chairman`: compromise does not always tag these.)
  if (token.tags.has('Copula') || /^(?:been|become|became|becomes)$/.test(token.lower)) {
    const end = phraseEnd(tokens, verb + 1);
    const span = tokens.slice(verb + 1, end + 1);
    return span.some(isRoleNoun) ? { verb: verb + 1, end } : undefined;
  }
  return undefined;
}

const isBehalf = (tokens: readonly Token[], k: number) =>
  tokens[k]?.lower === 'on' && tokens[k + 1]?.lower === 'behalf' && tokens[k + 2]?.lower === 'of';

/**
 * `X said on behalf of the guild`, `X, speaking on behalf of the guild,`, `Speaking on behalf of the
 * guild, X said`: the span from `behalf` to the end of its clause.
 */
export function behalfSpan(
  tokens: readonly Token[],
  chunk: NameChunk,
): { from: number; to: number } | undefined {
  // After the name: up to two verbs or adverbs between (`said`, `was speaking`), a comma only
  // right after the name.
  let k = chunk.last + 1;
  for (let skipped = 0; skipped < 2 && !isBehalf(tokens, k); skipped++) {
    const token = tokens[k];
    if (token === undefined || !hasAny(token, ['Verb', 'Adverb'])) break;
    if (!joinsNext(tokens[k - 1] as Token) && k - 1 !== chunk.last) break;
    k += 1;
  }
  if (k > chunk.last + 1 && isBehalf(tokens, k)) return { from: k + 1, to: clauseEnd(tokens, k + 2) };
  // Before it: a clause opening the sentence whose comma comes right before the name.
  const start = chunk.titleFirst ?? chunk.first;
  for (let j = 0; j <= 1; j++) {
    if (isBehalf(tokens, j) && clauseEnd(tokens, j) === start - 1) return { from: j + 1, to: start - 1 };
  }
  return undefined;
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
    // (`the Pristina-based environmental group X`: past where it is based.)
    if (next.lower === 'based' && /^-$/.test((tokens[j] as Token).post)) {
      j += 1;
      continue;
    }
    if (
      isConnectorWord(next) &&
      isCapitalised(tokens[j] as Token) &&
      after !== undefined &&
      isCapitalised(after)
    ) {
      j += 2;
      continue;
    }
    // `the Dhaka office of the Garment Safety Compact`: a part of an organisation, and whose it is.
    if (/^(?:of|at)$/.test(next.lower) && UNIT_NOUNS.has((tokens[j] as Token).lower)) {
      j += tokens[j + 2]?.lower === 'the' ? 2 : 1;
      continue;
    }
    // (`the energy campaign at X`: compromise may read the part's word as a verb.)
    if (UNIT_NOUNS.has(next.lower) && /^(?:of|at)$/.test(after?.lower ?? '')) {
      j += 1;
      continue;
    }
    if (!hasAny(next, ['Noun', 'Adjective', 'ProperNoun', 'Possessive']) || hasAny(next, STOP_TAGS)) break;
    j += 1;
  }
  return j;
}
