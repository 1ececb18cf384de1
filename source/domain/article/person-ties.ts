/**
 * What a person gathers from the sentences about them: the roles, ties and office of each context,
 * and the sentence-level ties (delegations, copular roles, `He is …`, `X also …`).
 */

import type { Sentence } from './analysed.js';
import { type Context, ITS, type Office, sentenceTies } from './context.js';
import type { Mention } from './mentions.js';
import { countryOf } from './names.js';
import type { DerivedPlayer } from './players.js';
import type { Token } from './tokens.js';

const PRONOUNS = /^(?:he|she)$/i;

const OFFICE_RANK: Record<Office, number> = { national: 1, state: 2, local: 3 };

/** A context's roles, ties, role words and office, added to a person's. */
export function absorbContext(player: DerivedPlayer, context: Context, sentence: Sentence): void {
  for (const role of context.roles) if (!player.roles.includes(role)) player.roles.push(role);
  if (context.ties.length > 0 && player.evidence === undefined) player.evidence = sentence;
  player.ties.push(...context.ties);
  player.fallback.push(...(context.fallback ?? []));
  player.roleWords.push(...(context.roleWords ?? []));
  // The most local level a title names: `State Representative`, `County commissioner`.
  const office = context.office;
  if (
    office !== undefined &&
    (player.office === undefined || OFFICE_RANK[office] > OFFICE_RANK[player.office])
  )
    player.office = office;
}

/**
 * Sentence-level ties (delegations, copular roles, `represents`) for a name or a `He`/`She` subject,
 * and the person a sentence's `X also …` puts beside the one before.
 */
export function addSentenceTies(
  sentences: readonly Sentence[],
  people: ReadonlyMap<string, DerivedPlayer>,
  mentions: readonly Mention[],
  lastPartyBefore: ReadonlyMap<Sentence, string>,
): void {
  const byForm = new Map<string, DerivedPlayer>();
  for (const person of people.values())
    for (const form of [person.name, ...person.aliases]) byForm.set(form, person);
  const partyBefore = new Map<Sentence, string>();
  for (const m of mentions) {
    if ((m.chunk.kind === 'organisation' || m.chunk.kind === 'country') && !partyBefore.has(m.sentence))
      partyBefore.set(m.sentence, m.chunk.name);
  }
  let last: DerivedPlayer | undefined;
  let previousSubject: DerivedPlayer | undefined;
  for (const sentence of sentences) {
    const { tokens } = sentence;
    const subjects: { person: DerivedPlayer; first: number; last: number }[] = [];
    const first = tokens[0] as Token | undefined;
    if (first !== undefined && PRONOUNS.test(first.text) && last !== undefined) {
      subjects.push({ person: last, first: 0, last: 0 });
    }
    for (const chunk of sentence.names) {
      const person = byForm.get(chunk.name);
      if (person !== undefined)
        subjects.push({ person, first: chunk.titleFirst ?? chunk.first, last: chunk.last });
    }
    for (const subject of subjects) {
      const raw = sentenceTies(sentence.text, tokens, subject);
      const its = lastPartyBefore.get(sentence);
      const at = sentence.index;
      const context = {
        ...raw,
        ties: raw.ties.flatMap((tie) =>
          tie.party !== ITS ? [{ ...tie, at }] : its === undefined ? [] : [{ ...tie, party: its, at }],
        ),
      };
      absorbContext(subject.person, context, sentence);
      // `China's Commerce Ministry said…, and spokesman Wang Lei warned…`: the party the sentence opens with.
      const opening = partyBefore.get(sentence);
      const openingChunk = sentence.names[0];
      if (
        opening !== undefined &&
        openingChunk !== undefined &&
        openingChunk.first <= 1 &&
        openingChunk.first < subject.first &&
        openingChunk.name === opening
      )
        subject.person.fallback.push({ party: opening, strength: 4, kin: false, at: sentence.index });
    }
    const subject = subjects.find((s) => s.first <= 1);
    // `X spoke with his Argentine counterpart`: X is not Argentina's.
    const counterpart = tokens.findIndex(
      (t, i) => /^counterparts?$/.test(t.lower) && /^(?:his|her)$/.test(tokens[i - 2]?.lower ?? ''),
    );
    const against = counterpart > 1 ? countryOf((tokens[counterpart - 1] as Token).text) : undefined;
    if (subject !== undefined && against !== undefined && counterpart > subject.last)
      subject.person.opposite ??= against;
    // `Jared Kushner, Trump's son-in-law, also attended previous talks.` after a sentence about Witkoff.
    if (subject !== undefined && previousSubject !== undefined && subject.person !== previousSubject) {
      const also = tokens.findIndex((t) => t.lower === 'also');
      if (
        also > subject.last &&
        tokens.slice(subject.last + 1, also).every((t) => !t.tags.has('Verb') || t.tags.has('Participle'))
      )
        subject.person.alongside ??= previousSubject;
    }
    previousSubject = subject?.person;
    const named = sentence.names.map((chunk) => byForm.get(chunk.name)).find((p) => p !== undefined);
    if (named !== undefined) last = named;
  }
}
