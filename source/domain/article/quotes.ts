/**
 * Quotes: quoted spans of three words or more (one or two quoted words are a term being marked, not
 * a quotation), with their speaker when the sentence says who: the person next to a speech verb
 * (`said Kerr`, `Bell told`, `according to`), a `he`/`she` that spoke (the person named last), or the
 * one person the sentence names beside a speech verb.
 */

import type { Sentence } from './analysed.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { DerivedPlayer } from './players.js';

export interface DerivedQuote {
  readonly text: string;
  readonly speaker: DerivedPlayer | undefined;
  readonly sentence: Sentence;
}

const QUOTED = /“([^”]+)”|"([^"]+)"|‘([^’]+)’(?![\p{L}])/gu;

/** The quotes of the article, with the players for speakers. */
export function deriveQuotes(
  sentences: readonly Sentence[],
  players: readonly DerivedPlayer[],
): DerivedQuote[] {
  const people = players.filter((p) => p.kind === 'person');
  const byForm = new Map<string, DerivedPlayer>();
  for (const person of people) for (const form of [person.name, ...person.aliases]) byForm.set(form, person);
  const quotes: DerivedQuote[] = [];
  let lastPerson: DerivedPlayer | undefined;
  for (const sentence of sentences) {
    const named = sentence.names
      .map((chunk) => ({ chunk, person: byForm.get(chunk.name) }))
      .filter(
        (n): n is { chunk: (typeof sentence.names)[number]; person: DerivedPlayer } => n.person !== undefined,
      );
    for (const match of sentence.text.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? match[3] ?? '').trim();
      if (inner.split(/\s+/).length < 3) continue;
      const start = match.index;
      const end = start + match[0].length;
      const outside = sentence.tokens.filter((t) => t.start < start || t.start >= end);
      const speech = outside.find((t) => SPEECH_VERBS.has(t.lower) || t.lower === 'according');
      let speaker: DerivedPlayer | undefined;
      if (speech !== undefined) {
        const outsideNames = named.filter(({ chunk }) => {
          const at = sentence.tokens[chunk.first]?.start ?? 0;
          return at < start || at >= end;
        });
        // The name nearest the speech verb.
        const nearest = [...outsideNames].sort(
          (a, b) =>
            Math.abs((sentence.tokens[a.chunk.first]?.start ?? 0) - speech.start) -
            Math.abs((sentence.tokens[b.chunk.first]?.start ?? 0) - speech.start),
        )[0];
        if (nearest !== undefined) speaker = nearest.person;
        else if (outside.some((t) => /^(?:he|she)$/.test(t.lower))) speaker = lastPerson;
      }
      quotes.push({ text: inner, speaker, sentence });
    }
    const last = named.at(-1);
    if (last !== undefined) lastPerson = last.person;
  }
  return quotes;
}
