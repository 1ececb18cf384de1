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

/**
 * How much text is read: past this (about 15,000 words), an article's tail is shown but nothing is
 * derived from it. compromise tags about 40,000 characters a second here, so this bounds the time.
 */
export const MAX_DERIVED_CHARS = 100_000;
/** `By Jane Doe`, `By Ann Lee and Tom Hart, Staff Writers`, `Reporting by …; Editing by …`. */
const BYLINE =
  /^(?:By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*(?:,\s*[\p{L} ]+)?$|\(?(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b)/u;

/** Characters of text tagged by one call of compromise. */
const CHUNK = 8_000;

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
    const spans = splitSentences(text);
    // compromise is called once for a run of paragraphs (up to CHUNK characters): each call has a fixed
    // cost (~3 ms) that would otherwise be paid for every sentence. Its words are shared out to the
    // sentences by offset.
    const chunkOf = new Map<number, Token[]>();
    const tokensOf = (at: number): Token[] => {
      const cached = chunkOf.get(at);
      if (cached !== undefined) return cached;
      const first = spans[at] as (typeof spans)[number];
      let last = at;
      while (last + 1 < spans.length && (spans[last + 1]?.end ?? 0) - first.start <= CHUNK) last += 1;
      const end = (spans[last] as (typeof spans)[number]).end;
      const tokens = tokenize(text.slice(first.start, end)).map((t) => ({
        ...t,
        start: t.start + first.start,
        end: t.end + first.start,
      }));
      for (let k = at; k <= last; k++) chunkOf.set(k, tokens);
      return tokens;
    };
    for (const [at, span] of spans.entries()) {
      lastParagraph = span.paragraph;
      // A byline or a wire credit names the reporters, not the story's players.
      if (BYLINE.test(span.text)) continue;
      // A sentence that is mostly code (an API listing) is not prose.
      if (overlapsCode(section, span.start, span.end) && codeShare(section, span.start, span.end) > 0.3)
        continue;
      const tokens = tokensOf(at)
        .filter((t) => t.start >= span.start && t.end <= span.end)
        .map((t) => ({ ...t, start: t.start - span.start, end: t.end - span.start }));
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
