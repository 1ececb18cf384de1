/**
 * Open issues, drafted: sentences with a dispute cue (a verb such as `demands`, `rejects`, `prefers`,
 * `seeks`, `opposes`, `wants`, `refuses`, `views … as unacceptable`; or a noun such as `dispute`,
 * `issue`) grouped by topic, where a topic is a section of the article (its author's own grouping)
 * and a sentence naming a point in dispute (`The core dispute centers on territory`, `X is another
 * issue`) opens a new one. Each party's position is the cue sentences whose subject is that party
 * (a player, or `they`/`it` for the party named last), quoted as written.
 */

import type { Sentence } from './analysed.js';
import { DISPUTE_NOUNS, DISPUTE_VERBS } from './lexicon.js';
import type { DerivedPlayer } from './players.js';
import type { Token } from './tokens.js';

export interface DerivedIssue {
  title: string;
  section: string;
  /** Every section that discusses it (the first is `section`). */
  sections: string[];
  /** The sentence that names the point in dispute, or the first position's. */
  sentence: Sentence;
  positions: { party: DerivedPlayer; sentences: Sentence[] }[];
  sentences: Sentence[];
}

const NOUN_PHRASE_STOP = ['Verb', 'Conjunction', 'Pronoun', 'QuestionWord'];
const PLURAL_PRONOUNS = /^(?:they|it|he|she)$/i;

function isCue(tokens: readonly Token[]): { verb: number; noun: number } {
  const verb = tokens.findIndex(
    (t, i) =>
      (DISPUTE_VERBS.has(t.lower) && t.tags.has('Verb')) ||
      (/^(?:views?|viewed|sees?|saw)$/.test(t.lower) &&
        tokens
          .slice(i + 1)
          .some((u) => /^(?:unacceptable|illegal|unfair|threat|provocation)$/.test(u.lower))),
  );
  const noun = tokens.findIndex((t) => DISPUTE_NOUNS.has(t.lower) && t.tags.has('Noun'));
  return { verb, noun };
}

/** A noun phrase from `from`, up to a verb, a clause or `max` words. */
function phrase(sentence: Sentence, from: number, max = 8): string {
  const words: Token[] = [];
  for (let i = from; i < sentence.tokens.length && words.length < max; i++) {
    const token = sentence.tokens[i] as Token;
    const joins = token.lower === 'and' && words.length > 0;
    if (
      !joins &&
      NOUN_PHRASE_STOP.some((tag) => token.tags.has(tag)) &&
      !token.tags.has('Gerund') &&
      words.length > 0
    )
      break;
    words.push(token);
    if (/[,;:.!?]/.test(token.post)) break;
  }
  if (words.length === 0) return '';
  return sentence.text.slice((words[0] as Token).start, (words.at(-1) as Token).end);
}

/** What a dispute-noun sentence says is in dispute: `… centers on X`, `… is over X`, `X is another issue`. */
function topicOf(sentence: Sentence, noun: number): string {
  const { tokens } = sentence;
  const on = tokens.findIndex((t, i) => i > noun && /^(?:on|over|about|around)$/.test(t.lower));
  if (on !== -1) return phrase(sentence, on + 1);
  const copula = tokens.findIndex((t) => t.tags.has('Copula'));
  if (copula > 0 && copula < noun) return phrase(sentence, 0, Math.min(copula, 10));
  return '';
}

const capitalise = (text: string) =>
  text
    .replace(/^["'“‘]+|["'”’]+$/gu, '')
    .replace(/^(?:the|a|an)\s+["'“‘]?/iu, '')
    .replace(/\s+(?:and|or)$/i, '')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** The drafted issues of the article (see the module comment). */
export function deriveIssues(
  sentences: readonly Sentence[],
  players: readonly DerivedPlayer[],
): DerivedIssue[] {
  const byForm = new Map<string, DerivedPlayer>();
  for (const p of players) for (const form of [p.name, ...p.aliases]) byForm.set(form, p);
  const issues: DerivedIssue[] = [];
  let current: DerivedIssue | undefined;
  let lastParty: DerivedPlayer | undefined;
  let section = '';
  for (const sentence of sentences) {
    if (sentence.section !== section) {
      section = sentence.section;
      current = undefined;
    }
    const { verb, noun } = isCue(sentence.tokens);
    // The subject: the first player named before the verb, or a pronoun for the last party named.
    // The subject's head is the last player named before the verb: `FEMA regional administrator
    // Kevin Hale rejected…` is Kevin Hale's position.
    const before = sentence.names.filter((chunk) => verb === -1 || chunk.first < verb);
    let party = [...before]
      .reverse()
      .map((chunk) => byForm.get(chunk.name))
      .find((p) => p !== undefined);
    const first = sentence.tokens[0];
    const opening = sentence.tokens.find((t) => !t.tags.has('Adverb') && !t.tags.has('Conjunction'));
    if (
      party === undefined &&
      opening !== undefined &&
      PLURAL_PRONOUNS.test(opening.text) &&
      (verb === -1 || opening.start < (sentence.tokens[verb]?.start ?? 0))
    )
      party = lastParty;
    if (noun !== -1 && (verb === -1 || noun < verb)) {
      const topic = topicOf(sentence, noun);
      if (topic !== '') {
        current = {
          title: capitalise(topic),
          section,
          sections: [section],
          sentence,
          positions: [],
          sentences: [sentence],
        };
        issues.push(current);
      }
    }
    if (verb !== -1 && party !== undefined) {
      if (current === undefined) {
        const object = phrase(sentence, verb + 1, 6);
        current = {
          title: capitalise(object || sentence.text),
          section,
          sections: [section],
          sentence,
          positions: [],
          sentences: [],
        };
        issues.push(current);
      }
      if (!current.sentences.includes(sentence)) current.sentences.push(sentence);
      const position = current.positions.find((p) => p.party === party);
      if (position === undefined) current.positions.push({ party, sentences: [sentence] });
      else position.sentences.push(sentence);
    }
    const named = sentence.names.map((chunk) => byForm.get(chunk.name)).find((p) => p !== undefined);
    if (named !== undefined && first !== undefined) lastParty = named;
  }
  // One topic raised in several sections is one issue.
  const merged: DerivedIssue[] = [];
  for (const issue of issues) {
    const same = merged.find((m) => m.title.toLowerCase() === issue.title.toLowerCase());
    if (same === undefined) {
      merged.push(issue);
      continue;
    }
    same.sentences.push(...issue.sentences);
    for (const position of issue.positions) {
      const existing = same.positions.find((p) => p.party === position.party);
      if (existing === undefined) same.positions.push(position);
      else existing.sentences.push(...position.sentences);
    }
    if (!same.sections.includes(issue.section)) same.sections.push(issue.section);
  }
  return merged;
}
