/**
 * What the words around a name say about it: a role phrase before it (`union leader John Samuelsen`,
 * `the union's president, John Samuelsen`), an appositive after it (`Jared Kushner, Trump's
 * son-in-law,`), a copular role (`He is Ukraine's national security chief.`), a delegation or
 * interests it is given (`Russia's delegation includes Igor Kostyukov`, `represents American
 * interests`), an `of`/`from` phrase (`Maria Lopez of the Transport Workers Union`), and a speech
 * verb beside it. Each yields a role phrase as written and the text of a party it ties the name to;
 * ./sides.ts resolves those parties to sides. The pieces are in ./ties.ts and ./role-spans.ts.
 */

import { KINSHIP, ORG_HEADS, SPEECH_VERBS } from './lexicon.js';
import { isTitleWord, type NameChunk, titleKey } from './names.js';
import { appositive, behalfSpan, relativeTie, roleBefore, roleBeforeComma } from './role-spans.js';
import { GOVERNMENT_TITLES, NEUTRAL_ROLES, ORG_DESCRIPTIONS, REPRESENTATIVE_ROLES } from './side-words.js';
import {
  clauseEnd,
  GROUP_NOUNS,
  isRoleNoun,
  KIND_BEFORE,
  type Office,
  officeOf,
  partiesIn,
  phraseTies,
  slice,
  type Tie,
} from './ties.js';
import { isCapitalised, joinsNext, type Token } from './tokens.js';

export { sentenceTies } from './sentence-ties.js';
export { HIS, ITS, type Office, type Tie } from './ties.js';

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
  /** Ties that count only when no other tie gives a side (./sides.ts). */
  readonly fallback?: readonly Tie[];
}

/** A role a person holds: `spokesman`, `analyst`, a title. */
const isPersonRole = (t: Token) =>
  REPRESENTATIVE_ROLES.has(t.lower) || NEUTRAL_ROLES.has(t.lower) || isTitleWord(t);

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
    // (Not `Tertiary Education Minister X`: a title of more words holds its portfolio.)
    if (
      start === 1 &&
      chunk.first - start === 1 &&
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
    // (`a Chinese producer that…`, `a joint venture of Spain's X`: the noun before any `of`.)
    // (`one of the country's largest packers`: the noun after `one of`.)
    const skip = span[0]?.lower === 'one' && span[1]?.lower === 'of' ? 2 : 0;
    const cut = span.findIndex(
      (t, i) => i > skip && (t.tags.has('Preposition') || t.tags.has('Conjunction')),
    );
    const described = (cut === -1 ? span : span.slice(0, cut)).findLast((t) => !t.tags.has('Verb'));
    orgCue =
      span[0]?.lower !== 'who' &&
      ((head !== undefined && ORG_HEADS.has(head.lower) && !span.some(isRoleNoun)) ||
        (described !== undefined &&
          // (`one of the country's largest packers`: one of several.)
          (ORG_DESCRIPTIONS.has(described.lower) ||
            (span[0]?.lower === 'one' && ORG_DESCRIPTIONS.has(described.lower.replace(/s$/, '')))) &&
          !span.some((t) => t !== described && isPersonRole(t))));
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
  const behalf = behalfSpan(tokens, chunk);
  if (behalf !== undefined) {
    personCue = true;
    addTies(behalf.from, behalf.to, 2);
  }
  // `China's Hengrui Lithium, which holds 49%`: `which` follows a thing, not a person.
  if (/^\s*,\s*$/.test((tokens[chunk.last] as Token).post) && tokens[chunk.last + 1]?.lower === 'which') {
    orgCue = true;
    personCue = false;
  }
  // `the group Costa Viva`, `trading house Nordkaffee`: a kind of organisation right before the name.
  const kindBefore = tokens[(chunk.titleFirst ?? chunk.first) - 1];
  if (
    chunk.titleFirst === undefined &&
    kindBefore !== undefined &&
    !isCapitalised(kindBefore) &&
    joinsNext(kindBefore) &&
    KIND_BEFORE.has(kindBefore.lower) &&
    !isRoleNoun(kindBefore)
  )
    orgCue = true;
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
