/**
 * The ties a whole sentence gives its subject, a name or `He`/`She`: a delegation it leads or is in,
 * a copular role (`He is Ukraine's national security chief.`), a tie verb (`X represents American
 * interests`, `X speaks for them`), and a role named before it (`Its chief negotiator is X`).
 */

import type { Context } from './context.js';
import { FOR_VERBS, TIE_VERBS } from './side-words.js';
import { clauseEnd, GROUP_NOUNS, isRoleNoun, partiesIn, phraseTies, slice, type Tie } from './ties.js';
import { joinsNext, type Token } from './tokens.js';

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
      addTies(afterSubject, to);
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
