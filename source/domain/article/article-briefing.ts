/**
 * An article as a briefing: its sections go through the same parser as any briefing body (so the
 * same limits, slugs and cleaning hold), its title is the article's, and the derived panels are
 * attached. Markdown read as a briefing gets the same panels from its sections' prose.
 */

import type { Briefing, ParseResult, Section } from '../types.js';
import type { SectionText } from './analysed.js';
import {
  type ArticleDerivation,
  type ArticleParts,
  type ArticleSource,
  articleBody,
  parseArticleBody,
  withDerivation,
} from './assemble.js';
import { deriveArticle } from './derive.js';
import { markdownToPlain } from './markdown-plain.js';
import type { ArticleDoc, ArticleSection } from './types.js';

export { articleBody };

/** An article's briefing, with the parts to cache when it was read. */
export type ArticleResult =
  | Extract<ParseResult, { ok: false }>
  | (Extract<ParseResult, { ok: true }> & { readonly parts: ArticleParts });

/** The text each briefing section's derivation reads: the article's own, or its Markdown's prose. */
export function sectionTexts(sections: readonly Section[], doc?: ArticleDoc): SectionText[] {
  const own = doc?.sections.filter((s) => s.title !== '' || s.markdown.trim() !== '') ?? [];
  const aligned = own.length === sections.length;
  return sections.map((section, i) => {
    const from: ArticleSection | undefined = aligned ? own[i] : undefined;
    if (from !== undefined) return { id: section.id, text: from.text, code: from.code };
    const plain = markdownToPlain(section.markdown);
    return { id: section.id, text: plain.text, code: plain.code };
  });
}

/** Builds the briefing of an article with its derived panels, and the parts to cache. */
export function articleBriefing(doc: ArticleDoc, source: ArticleSource): ArticleResult {
  const partial = { shape: doc.shape, title: doc.title, body: articleBody(doc) };
  const parsed = parseArticleBody(partial, source);
  if (!parsed.ok) return parsed;
  const derivation = deriveArticle(sectionTexts(parsed.briefing.sections, doc));
  return {
    ...parsed,
    briefing: withDerivation(parsed.briefing, derivation),
    parts: { ...partial, derivation },
  };
}

/** A Markdown briefing's panels derived from its prose (for Markdown that reads as an article). */
export function deriveMarkdownBriefing(briefing: Briefing): {
  briefing: Briefing;
  derivation: ArticleDerivation;
} {
  const derivation = deriveArticle(sectionTexts(briefing.sections));
  return { briefing: withDerivation(briefing, derivation), derivation };
}
