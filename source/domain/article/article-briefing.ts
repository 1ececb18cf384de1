/**
 * An article as a briefing: its sections go through the same parser as any briefing body (so the
 * same limits, slugs and cleaning hold), its title is the article's, and the derived panels are
 * attached. Markdown read as a briefing gets the same panels from its sections' prose.
 */

import { parseBriefing } from '../parse.js';
import type { Briefing, ParseResult, Section } from '../types.js';
import type { SectionText } from './analysed.js';
import { type ArticleDerivation, deriveArticle } from './derive.js';
import { markdownToPlain } from './markdown-plain.js';
import { escapeMarkdown } from './plain-text.js';
import type { ArticleDoc, ArticleSection } from './types.js';

/** The article's sections as one Markdown body: the lead, then a `##` heading per section. */
export function articleBody(doc: ArticleDoc): string {
  return doc.sections
    .filter((section) => section.title !== '' || section.markdown.trim() !== '')
    .map((section) =>
      section.title === '' ? section.markdown : `## ${escapeMarkdown(section.title)}\n\n${section.markdown}`,
    )
    .join('\n\n');
}

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

/** Puts a derivation on a briefing; an empty derivation leaves it as it was. */
export function withDerivation(briefing: Briefing, derivation: ArticleDerivation): Briefing {
  return {
    ...briefing,
    players: derivation.players,
    issues: derivation.issues,
    timeline: derivation.timeline,
    figures: derivation.figures,
    quotes: derivation.quotes,
  };
}

/**
 * The 1-based line of each heading of a plain-text article in its file, so a section's `line` points
 * into the file the reader opened rather than into the Markdown made of it.
 */
function plainTextLines(source: string, sections: readonly Section[]): Section[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let at = 0;
  return sections.map((section) => {
    const wanted = section.depth === 0 ? undefined : section.title;
    for (let i = at; i < lines.length; i++) {
      const line = (lines[i] ?? '').trim();
      if (line === '' || (wanted !== undefined && line !== wanted)) continue;
      at = i + 1;
      return { ...section, line: i + 1 };
    }
    return section;
  });
}

export interface ArticleSource {
  readonly file: string;
  readonly id: string;
  /** The file's text, for plain-text articles: section lines are counted in it. */
  readonly text?: string;
}

/**
 * Builds the briefing of an article. `derive` is undefined to derive now, or a derivation made
 * earlier from the same text (the cache's).
 */
export function articleBriefing(
  doc: ArticleDoc,
  source: ArticleSource,
  derivation?: ArticleDerivation,
): ParseResult & { derivation?: ArticleDerivation } {
  const parsed = parseBriefing(articleBody(doc), { file: source.file, id: source.id });
  if (!parsed.ok) return parsed;
  const sections =
    source.text !== undefined && (doc.shape === 'headed' || doc.shape === 'wire')
      ? plainTextLines(source.text, parsed.briefing.sections)
      : parsed.briefing.sections;
  const base: Briefing = {
    ...parsed.briefing,
    meta: { ...parsed.briefing.meta, title: doc.title ?? parsed.briefing.meta.title },
    sections,
  };
  const made = derivation ?? deriveArticle(sectionTexts(sections, doc));
  return { ...parsed, briefing: withDerivation(base, made), derivation: made };
}

/** A Markdown briefing's panels derived from its prose (for Markdown that reads as an article). */
export function deriveMarkdownBriefing(briefing: Briefing): {
  briefing: Briefing;
  derivation: ArticleDerivation;
} {
  const derivation = deriveArticle(sectionTexts(briefing.sections));
  return { briefing: withDerivation(briefing, derivation), derivation };
}
