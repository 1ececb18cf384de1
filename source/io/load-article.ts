import { extname } from 'node:path';
import {
  articleBody,
  assembleArticle,
  parseArticleBody,
  withDerivation,
} from '../domain/article/assemble.js';
import { readPlainText } from '../domain/article/plain-text.js';
import { readsAsArticle } from '../domain/article/reads-as-article.js';
import { splitFrontMatter } from '../domain/front-matter.js';
import { parseBriefing } from '../domain/parse.js';
import { sanitizeText } from '../domain/sanitize.js';
import { type ArticleCache, cacheKey, createArticleCache } from './article-cache.js';
import { deriveArticleParts } from './derive-in-worker.js';
import { briefingId, type LoadResult, readBriefingText } from './load-file.js';
import type { ParseCache } from './parse-cache.js';

/**
 * Loading any file as a briefing: a plain-text (`.txt`) or HTML (`.html`, `.htm`) article is read and
 * its panels derived; Markdown is parsed as a briefing, and a file without front matter that reads as
 * an article (or any, with `derive`) gets derived panels too. The derivation engine (compromise,
 * Readability, linkedom, turndown) is loaded only for articles, only when the cache does not already
 * hold the article, and in a worker thread where it can (./derive-in-worker.ts): a curated briefing's
 * first frame never waits for it.
 */

export interface LoadOptions {
  /** Derive panels for Markdown without front matter even when it does not read as an article. */
  readonly derive?: boolean;
  /** Where derivations are kept; the user's cache directory by default. */
  readonly cache?: ArticleCache;
  /**
   * Derive in a worker thread: worth its start-up (~100 ms, and its own copy of the shared modules)
   * only when the main thread has other work meanwhile, loading the reader.
   */
  readonly inWorker?: boolean;
  /**
   * A plain-text article not yet derived is given at once with its sections only (marked `deriving`),
   * its derived briefing in `later`: the reader shows the text while the panels are made.
   */
  readonly progressive?: boolean;
  /** Markdown as parsed and checked before, by content hash (./parse-cache.ts); none by default. */
  readonly parseCache?: ParseCache;
}

/** A load's result; an article given before its panels are derived has the derived one in `later`. */
export type ProgressiveResult = LoadResult & { readonly later?: Promise<LoadResult> };

export type ArticleFormat = 'text' | 'html';

/** The article format a file name says, or undefined for Markdown (and anything else). */
export function articleFormat(path: string): ArticleFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.text') return 'text';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  return undefined;
}

const loadEngine = () => import('../domain/article/index.js');

/** Loads a file as a briefing (see the module comment). */
export async function loadAnyFile(path: string, options: LoadOptions = {}): Promise<ProgressiveResult> {
  const read = await readBriefingText(path);
  if (!read.ok) return { ok: false, problems: [read.problem], failure: read.failure };
  const source = { file: path, id: briefingId(path) };
  const cache = options.cache ?? createArticleCache();
  const format = articleFormat(path);

  if (format === undefined) {
    const parsed = parseCached(read.text, source, options.parseCache);
    if (!parsed.ok) return parsed;
    if (splitFrontMatter(read.text.replace(/^\uFEFF/, '')).kind !== 'none') return parsed;
    if (!options.derive && !readsAsArticle(read.text)) return parsed;
    const key = cacheKey('markdown', read.text);
    const cached = await cache.get(key);
    if (cached !== undefined)
      return { ...parsed, briefing: withDerivation(parsed.briefing, cached.derivation) };
    const { deriveMarkdownBriefing } = await loadEngine();
    const derived = deriveMarkdownBriefing(parsed.briefing);
    await cache.put(key, {
      shape: 'markdown',
      title: undefined,
      body: read.text,
      derivation: derived.derivation,
    });
    return { ...parsed, briefing: derived.briefing };
  }

  const articleSource = { ...source, text: format === 'text' ? read.text : undefined };
  const key = cacheKey(format, read.text);
  const cached = await cache.get(key);
  if (cached !== undefined) {
    const assembled = assembleArticle(cached, articleSource);
    if (assembled.ok) return assembled;
  }
  const derive = async (): Promise<LoadResult> => {
    const derived = await deriveArticleParts(read.text, format, source, options.inWorker === true);
    if (!derived.ok) return { ok: false, problems: derived.problems };
    await cache.put(key, derived.parts);
    return assembleArticle(derived.parts, articleSource);
  };
  if (options.progressive === true && format === 'text') {
    // The same body the derivation assembles (readPlainText, articleBody), so the sections, their ids
    // and lines are those of the derived briefing that replaces this one.
    const doc = readPlainText(sanitizeText(read.text));
    if (doc.sections.some((section) => section.text.trim() !== '')) {
      const early = parseArticleBody(
        { shape: doc.shape, title: doc.title, body: articleBody(doc) },
        articleSource,
      );
      if (early.ok) return { ...early, briefing: { ...early.briefing, deriving: true }, later: derive() };
    }
  }
  return derive();
}

/** Parses Markdown as a briefing, or takes it from the cache when this text was parsed before. */
function parseCached(text: string, source: { file: string; id: string }, cache: ParseCache | undefined) {
  if (cache === undefined) return parseBriefing(text, source);
  const key = cache.keyOf(source.file, source.id, text);
  const cached = cache.get(key);
  if (cached !== undefined) return { ok: true as const, ...cached };
  const result = parseBriefing(text, source);
  if (result.ok) cache.put(key, result);
  return result;
}
