/**
 * The article engine, loaded only when an article is opened (a chunk of its own in the bundle, with
 * compromise, Readability, linkedom and turndown): reading plain-text and HTML articles, deriving
 * their panels, and deriving panels for Markdown that reads as an article.
 */

import { makeProblem } from '../problems.js';
import { sanitizeText } from '../sanitize.js';
import type { ParseResult } from '../types.js';
import { type ArticleResult, articleBriefing } from './article-briefing.js';
import type { ArticleSource } from './assemble.js';
import type { NoArticleError, PageTooLargeError } from './html.js';
import { readPlainText } from './plain-text.js';
import type { ArticleDoc } from './types.js';

export { articleBody, deriveMarkdownBriefing, sectionTexts } from './article-briefing.js';
export type { ArticleDerivation, ArticleParts } from './assemble.js';
export { deriveArticle } from './derive.js';
export { readPlainText } from './plain-text.js';

export type ArticleFormat = 'text' | 'html';

/**
 * Reads an article, or says in one line why it cannot be read. The web page reader (linkedom,
 * Readability, turndown: ~170 ms to load) is loaded for web pages only.
 */
export async function readArticle(
  text: string,
  format: ArticleFormat,
  file: string,
): Promise<{ ok: true; doc: ArticleDoc } | { ok: false; problems: ParseResult & { ok: false } }> {
  let html: typeof import('./html.js') | undefined;
  // Cleaned before anything reads it: an escape sequence cut in two by a parser (HTML drops the ESC
  // but keeps `[2J`) could not be recognised and removed afterwards.
  const clean = sanitizeText(text);
  try {
    if (format === 'html') {
      html = await import('./html.js');
      return { ok: true, doc: html.readHtml(clean) };
    }
    return { ok: true, doc: readPlainText(clean) };
  } catch (error) {
    const is = (kind: typeof PageTooLargeError | typeof NoArticleError | undefined) =>
      kind !== undefined && error instanceof kind;
    const [message, hint] =
      is(html?.PageTooLargeError) && error instanceof Error
        ? [error.message, 'save the article alone, or its text as a .txt file']
        : is(html?.NoArticleError)
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

/** An article as a briefing with its derived panels, and the parts to cache. */
export async function articleFromText(
  text: string,
  format: ArticleFormat,
  source: ArticleSource,
): Promise<ArticleResult> {
  const read = await readArticle(text, format, source.file);
  if (!read.ok) return read.problems;
  if (read.doc.sections.every((s) => s.text.trim() === '')) {
    return {
      ok: false,
      problems: [
        makeProblem(source.file, { line: 1, column: 1 }, 'file is empty', 'give an article with some text'),
      ],
    };
  }
  return articleBriefing(read.doc, { ...source, text: format === 'text' ? text : undefined });
}
