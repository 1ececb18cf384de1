/**
 * Reading a saved web page: the article is found with Mozilla's Readability (Firefox's reader view)
 * on a linkedom DOM, and turned into Markdown with turndown. Before Readability looks, everything
 * that is never the article is removed (scripts, styles, forms, navigation, asides, footers, ads by
 * their class or id), so none of it can win. Images become their alt text; links keep only web and
 * mail addresses (a `javascript:` link is its text). The title is the one Readability finds (the
 * page's headline, without the site name); `h2` headings start sections.
 */

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { sanitizeText } from '../sanitize.js';
import { splitSections } from '../sections.js';
import { markdownToPlain } from './markdown-plain.js';
import type { ArticleDoc, ArticleSection } from './types.js';

/**
 * Pages with more elements are refused rather than read: Readability scores every element, and a
 * generated page of nested tables could keep it busy for minutes. A long news page has 3,000 to 8,000.
 */
export const MAX_ELEMENTS = 30_000;
/** More text than this is a dump, not an article (a long feature runs to 60,000 characters). */
export const MAX_TEXT_CHARS = 1_000_000;
/** Deeper nesting is refused: Readability and turndown recurse once per level (real pages nest 20 to 60). */
export const MAX_DEPTH = 200;

/** Elements that are never article text. */
const NEVER_ARTICLE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'dialog',
  'menu',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',');

/** Class or id words of page furniture: ads, promotions, sharing, sign-up boxes, related links. */
const FURNITURE =
  /(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|banner|newsletter|subscribe|subscription|cookie\w*|consent|share|sharing|social|related|recommended|outbrain|taboola|paywall|popup|modal|breadcrumbs?|masthead|site-?header|site-?footer|skip-?link|meta|byline|read-?time|reading-?time|kicker|tags?)(?:$|[\s_-])/i;

/**
 * The little of the DOM this module touches. The project compiles without the DOM library (nothing
 * else runs in a browser), so linkedom's nodes are typed here by what is used.
 */
interface DomElement {
  readonly textContent: string | null;
  readonly children: ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
  closest(selector: string): DomElement | null;
  matches(selector: string): boolean;
  remove(): void;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  removeAttribute(name: string): void;
}
interface DomDocument extends DomElement {
  readonly title: string;
  readonly body: DomElement | null;
}

const CREDIT = /^\s*(?:photo|photograph|image|picture|illustration|graphic|video|credit)s?(?:\s+by\b|\s*:)/i;

export class PageTooLargeError extends Error {}
export class NoArticleError extends Error {}

/** Removes what is never the article, in place. */
function stripFurniture(document: DomDocument): void {
  for (const node of [...document.querySelectorAll(NEVER_ARTICLE)]) node.remove();
  for (const node of [...document.querySelectorAll('header')]) {
    // A page's header (logo, menu) goes; an article's own header keeps its headline.
    if (node.closest('article, main, [role="main"]') === null) node.remove();
  }
  for (const node of [...document.querySelectorAll('[class], [id]')]) {
    const words = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(words) && !node.matches('body, html, article, main')) node.remove();
  }
  // Photo credits (`Photo: Coastal Courier`) are the page's, not the article's.
  for (const node of [...document.querySelectorAll('figcaption, small, span, p')]) {
    const text = node.textContent ?? '';
    if (text.length < 120 && CREDIT.test(text)) node.remove();
  }
  // Event handlers and inline styles never reach Markdown, but nothing should carry them further.
  for (const node of [...document.querySelectorAll('*')]) {
    for (const name of node.getAttributeNames())
      if (/^on/i.test(name) || name === 'style') node.removeAttribute(name);
  }
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
  });
  const escapeMarkdown = service.escape.bind(service);
  // turndown escapes Markdown but not `<`: text reading `<script>` would otherwise become HTML.
  service.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');
  service.addRule('image-as-alt', {
    filter: 'img',
    replacement: (_content, node) => {
      const alt = (node as unknown as DomElement).getAttribute('alt')?.replace(/\s+/g, ' ').trim() ?? '';
      return alt === '' ? '' : service.escape(alt);
    },
  });
  service.addRule('safe-link', {
    filter: 'a',
    replacement: (content, node) => {
      const href = (node as unknown as DomElement).getAttribute('href')?.trim() ?? '';
      if (!SAFE_URL.test(href) || content.trim() === '') return content;
      return `[${content}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
    },
  });
  service.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button', 'nav', 'aside', 'footer']);
  return service;
}

const oneLine = (text: string) => sanitizeText(text).replace(/\s+/g, ' ').trim();

/** The article's own headline: the first `h1` inside the article, else on the page. */
function headlineOf(document: DomDocument): string {
  const h1 = document.querySelector('article h1, main h1, [role="main"] h1') ?? document.querySelector('h1');
  return oneLine(h1?.textContent ?? '');
}

/**
 * The page's title often carries the site's name (`Headline | The Daily Ledger`), which Readability
 * keeps when the headline is short: the page's own `h1`, when the title holds it, is the headline.
 */
function pickTitle(found: string, headline: string): string {
  const title = oneLine(found);
  if (headline !== '' && (title === '' || title.toLowerCase().includes(headline.toLowerCase())))
    return headline;
  return title;
}

/** How deep elements nest, found without recursion (the page may nest deeper than the stack allows). */
function depthOf(root: DomElement): number {
  let deepest = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return deepest;
    // linkedom builds `children` afresh on every read: once per node.
    for (const child of Array.from(node.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The article of a saved page (see the module comment). Throws PageTooLargeError or NoArticleError. */
export function readHtml(html: string): ArticleDoc {
  const document = parseHTML(html).document as unknown as DomDocument;
  const count = document.querySelectorAll('*').length;
  if (count > MAX_ELEMENTS) {
    throw new PageTooLargeError(
      `the page has ${count.toLocaleString('en-US')} elements, over the ${MAX_ELEMENTS.toLocaleString('en-US')} a page is read with`,
    );
  }
  const chars = document.body?.textContent?.length ?? 0;
  if (chars > MAX_TEXT_CHARS) {
    throw new PageTooLargeError(
      `the page holds ${chars.toLocaleString('en-US')} characters of text, over the ${MAX_TEXT_CHARS.toLocaleString('en-US')} a page is read with`,
    );
  }
  const depth = depthOf(document);
  if (depth > MAX_DEPTH)
    throw new PageTooLargeError(
      `the page nests elements over ${MAX_DEPTH} levels deep, more than a page is read with`,
    );
  stripFurniture(document);
  const headline = headlineOf(document);
  // Readability's types name the browser's Document; linkedom's is what it gets.
  const article = new Readability<DomElement>(document as never, {
    maxElemsToParse: MAX_ELEMENTS,
    serializer: (node) => node as unknown as DomElement,
  }).parse();
  const root = article?.content ?? document.body;
  if (root === null || root === undefined) throw new NoArticleError('the page has no text');
  const markdown = createTurndown().turndown(root as never);
  const outline = splitSections(markdown, { firstLine: 1, h1StartsSection: true });
  const sections: ArticleSection[] = outline.sections.map((section) => {
    const plain = markdownToPlain(section.markdown);
    return {
      title: section.depth === 0 ? '' : section.title,
      markdown: section.markdown,
      text: plain.text,
      code: plain.code,
    };
  });
  const title = pickTitle(article?.title ?? document.title ?? '', headline);
  return { shape: 'html', title: title === '' ? undefined : title, sections };
}
