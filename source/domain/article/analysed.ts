/**
 * An article cut into tagged sentences: the unit every derivation rule reads.
 */

import { findNames, type NameChunk } from './names.js';
import { splitSentences } from './sentences.js';
import { type Token, tokenize } from './tokens.js';

export interface SectionText {
  /** Section id in the briefing. */
  readonly id: string;
  readonly text: string;
  /** Spans of `text` that are code: names there are not players. */
  readonly code: readonly { readonly start: number; readonly end: number }[];
}

export interface Sentence {
  /** Index in the article, from 0. */
  readonly index: number;
  readonly section: string;
  /** Index of the paragraph in the article, from 0. */
  readonly paragraph: number;
  /** The sentence as written. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly names: readonly NameChunk[];
}

/** How much text is read: past this, an article's tail is shown but nothing is derived from it. */
export const MAX_DERIVED_CHARS = 200_000;

const overlapsCode = (section: SectionText, start: number, end: number) =>
  section.code.some((span) => start < span.end && end > span.start);

/** Splits and tags the sections' text, up to MAX_DERIVED_CHARS in all. */
export function analyse(sections: readonly SectionText[]): Sentence[] {
  const sentences: Sentence[] = [];
  let budget = MAX_DERIVED_CHARS;
  let paragraphBase = 0;
  for (const section of sections) {
    if (budget <= 0) break;
    const text = section.text.length > budget ? section.text.slice(0, budget) : section.text;
    budget -= text.length;
    let lastParagraph = -1;
    for (const span of splitSentences(text)) {
      lastParagraph = span.paragraph;
      // A sentence that is mostly code (an API listing) is not prose.
      if (overlapsCode(section, span.start, span.end) && codeShare(section, span.start, span.end) > 0.3)
        continue;
      const tokens = tokenize(span.text);
      const names = findNames(span.text, tokens).filter(
        (chunk) =>
          !overlapsCode(
            section,
            span.start + (tokens[chunk.first]?.start ?? 0),
            span.start + (tokens[chunk.last]?.end ?? 0),
          ),
      );
      sentences.push({
        index: sentences.length,
        section: section.id,
        paragraph: paragraphBase + span.paragraph,
        text: span.text,
        tokens,
        names,
      });
    }
    paragraphBase += lastParagraph + 1;
  }
  return sentences;
}

function codeShare(section: SectionText, start: number, end: number): number {
  let covered = 0;
  for (const span of section.code)
    covered += Math.max(0, Math.min(end, span.end) - Math.max(start, span.start));
  return covered / Math.max(1, end - start);
}
