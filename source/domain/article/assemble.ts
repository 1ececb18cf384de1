/**
 * Putting an article's briefing together from its parts: the Markdown body made of its sections, its
 * title, and a derivation (made now, or read back from the cache). Light on purpose: a re-opened
 * article is assembled from its cached parts without loading the derivation engine.
 */

import { parseBriefing } from '../parse.js';
import type {
  Briefing,
  BriefingIssue,
  Figure,
  ParseResult,
  Player,
  Quote,
  Section,
  TimelineEntry,
} from '../types.js';
import { escapeMarkdown } from './plain-text.js';
import type { ArticleDoc } from './types.js';

export interface ArticleDerivation {
  readonly players: readonly Player[];
  readonly issues: readonly BriefingIssue[];
  readonly timeline: readonly TimelineEntry[];
  readonly figures: readonly Figure[];
  readonly quotes: readonly Quote[];
}

/** What is kept of an article between runs: enough to show it again without reading it again. */
export interface ArticleParts {
  readonly shape: 'headed' | 'wire' | 'html' | 'markdown';
  readonly title: string | undefined;
  /** The sections as one Markdown body (the lead, then a `##` heading per section). */
  readonly body: string;
  readonly derivation: ArticleDerivation;
}

/** Puts a derivation on a briefing. */
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
export function plainTextLines(source: string, sections: readonly Section[]): Section[] {
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

/**
 * An untitled article is shown under its first sentence (`Talks began in Abu Dhabi`) rather than its
 * file name, when that sentence is short enough to be a headline.
 */
function openingSentence(sections: readonly Section[]): string | undefined {
  const lead = sections[0];
  if (lead === undefined || lead.depth !== 0) return undefined;
  const first = /^[^\n]*?[.!?](?=\s|$)/u.exec(lead.markdown.replace(/\\(.)/g, '$1'))?.[0];
  if (first === undefined || first.length > 90 || /^[\s\d]/.test(first)) return undefined;
  return first.replace(/\.$/, '');
}

export interface ArticleSource {
  readonly file: string;
  readonly id: string;
  /** The file's text, for plain-text articles: section lines are counted in it. */
  readonly text?: string;
}

/** The body parsed as a briefing, under the article's title (no derivation yet). */
export function parseArticleBody(
  parts: Pick<ArticleParts, 'shape' | 'title' | 'body'>,
  source: ArticleSource,
): ParseResult {
  const parsed = parseBriefing(parts.body, { file: source.file, id: source.id });
  if (!parsed.ok) return parsed;
  const sections =
    source.text !== undefined && (parts.shape === 'headed' || parts.shape === 'wire')
      ? plainTextLines(source.text, parsed.briefing.sections)
      : parsed.briefing.sections;
  const briefing: Briefing = {
    ...parsed.briefing,
    meta: {
      ...parsed.briefing.meta,
      title: parts.title ?? openingSentence(sections) ?? parsed.briefing.meta.title,
    },
    sections,
  };
  return { ...parsed, briefing };
}

/** The briefing of an article from its parts. */
export function assembleArticle(parts: ArticleParts, source: ArticleSource): ParseResult {
  const parsed = parseArticleBody(parts, source);
  return parsed.ok ? { ...parsed, briefing: withDerivation(parsed.briefing, parts.derivation) } : parsed;
}

/** The article's sections as one Markdown body: the lead, then a `##` heading per section. */
export function articleBody(doc: ArticleDoc): string {
  return doc.sections
    .filter((section) => section.title !== '' || section.markdown.trim() !== '')
    .map((section) =>
      section.title === '' ? section.markdown : `## ${escapeMarkdown(section.title)}\n\n${section.markdown}`,
    )
    .join('\n\n');
}
