/**
 * The article engine, loaded only when an article is opened (a chunk of its own in the bundle, with
 * compromise, Readability, linkedom and turndown): reading plain-text and HTML articles, deriving
 * their panels, and deriving panels for Markdown that reads as an article.
 */

import { makeProblem } from '../problems.js';
import type { ParseResult } from '../types.js';
import { type ArticleSource, articleBriefing } from './article-briefing.js';
import type { ArticleDerivation } from './derive.js';
import { NoArticleError, PageTooLargeError, readHtml } from './html.js';
import { readPlainText } from './plain-text.js';
import type { ArticleDoc } from './types.js';

export { articleBody, deriveMarkdownBriefing, sectionTexts, withDerivation } from './article-briefing.js';
export { type ArticleDerivation, deriveArticle, ENGINE_VERSION } from './derive.js';
export { readHtml } from './html.js';
export { readPlainText } from './plain-text.js';

export type ArticleFormat = 'text' | 'html';

/** Reads an article, or says in one line why it cannot be read. */
export function readArticle(
  text: string,
  format: ArticleFormat,
  file: string,
): { ok: true; doc: ArticleDoc } | { ok: false; problems: ParseResult & { ok: false } } {
  try {
    return { ok: true, doc: format === 'html' ? readHtml(text) : readPlainText(text) };
  } catch (error) {
    const [message, hint] =
      error instanceof PageTooLargeError
        ? [`${error.message}, too many to find the article in`, 'save the article alone, or as text']
        : error instanceof NoArticleError
          ? [
              'no article text found in this page',
              'save the article itself, or copy its text into a .txt file',
            ]
          : error instanceof RangeError
            ? ['the page is nested too deeply to read', 'save the article as text instead']
            : ['the page cannot be read as HTML', 'save the article as text instead'];
    return {
      ok: false,
      problems: { ok: false, problems: [makeProblem(file, { line: 1, column: 1 }, message, hint)] },
    };
  }
}

/** An article as a briefing with its derived panels (or the given derivation, from a cache). */
export function articleFromText(
  text: string,
  format: ArticleFormat,
  source: ArticleSource,
  derivation?: ArticleDerivation,
): ParseResult & { derivation?: ArticleDerivation; doc?: ArticleDoc } {
  const read = readArticle(text, format, source.file);
  if (!read.ok) return read.problems;
  if (read.doc.sections.every((s) => s.text.trim() === '')) {
    return {
      ok: false,
      problems: [
        makeProblem(source.file, { line: 1, column: 1 }, 'file is empty', 'give an article with some text'),
      ],
    };
  }
  return {
    ...articleBriefing(read.doc, { ...source, text: format === 'text' ? text : undefined }, derivation),
    doc: read.doc,
  };
}
