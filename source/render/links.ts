/**
 * Where a link in Markdown leads, and the links of a text as the reader can follow them. A link's
 * destination is sanitised here, once, for every use: control characters and whitespace go, and only
 * `http`, `https` and `mailto` are web links; any other scheme (`javascript:`, `file:`, `data:`) is no
 * link at all, its text shown as text.
 */

import type { Token, Tokens } from 'marked';
import { stripAllControl, stripControl, stripStyles } from './ansi.js';
import { lexMarkdown } from './deep-links.js';
import { decodeEntities } from './entities.js';
import { rewriteHtml } from './html-tokens.js';

/** What a link's destination is. */
export type LinkDestination =
  /** A heading of the same document: `#requirements`. */
  | { readonly kind: 'anchor'; readonly fragment: string }
  /** Another file, relative to this one: `./docs/x.md`, `other.md#part`. */
  | { readonly kind: 'file'; readonly path: string; readonly fragment: string | undefined }
  /** A web link whose scheme is allowed. */
  | { readonly kind: 'url'; readonly url: string }
  /** Nothing to follow: an empty destination or a scheme not allowed. */
  | { readonly kind: 'none' };

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Classifies a link destination as written in Markdown (entities decoded, controls removed). */
export function linkDestination(href: string): LinkDestination {
  const clean = stripAllControl(decodeEntities(href)).trim().replace(/\s/g, '%20');
  if (clean === '') return { kind: 'none' };
  if (clean.startsWith('#'))
    return clean.length > 1 ? { kind: 'anchor', fragment: clean.slice(1) } : { kind: 'none' };
  if (clean.startsWith('//')) return { kind: 'url', url: `https:${clean}` };
  const scheme = SCHEME.exec(clean)?.[1];
  if (scheme !== undefined) {
    return ALLOWED_SCHEMES.has(scheme.toLowerCase()) ? { kind: 'url', url: clean } : { kind: 'none' };
  }
  const hash = clean.indexOf('#');
  const query = clean.search(/[?#]/);
  const path = decodePath(clean.slice(0, query < 0 ? clean.length : query));
  if (path === '') return { kind: 'none' };
  const fragment = hash < 0 || hash === clean.length - 1 ? undefined : clean.slice(hash + 1);
  return { kind: 'file', path: stripAllControl(path), fragment };
}

/** One link of a text, in reading order: its text as the reader shows it, and where it leads. */
export interface TextLink {
  readonly text: string;
  readonly destination: LinkDestination;
}

/** Backslash escapes undone: marked leaves them in an image's alt text (`![a\\.b](x)` has text `a\\.b`). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Inline tokens as the plain text the renderer shows for them. */
export function inlinePlain(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
        out += 'tokens' in token && token.tokens ? inlinePlain(token.tokens) : decodeEntities(token.text);
        break;
      case 'codespan':
        out += token.text;
        break;
      case 'image':
        out += unescapeMarkdown(token.text);
        break;
      case 'br':
        out += ' ';
        break;
      case 'html':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out += inlinePlain(token.tokens);
    }
  }
  return stripStyles(out).replace(/\s+/g, ' ').trim();
}

function collect(tokens: readonly Token[], into: TextLink[]): void {
  for (const token of tokens) {
    if (token.type === 'link') {
      const link = token as Tokens.Link;
      const destination = linkDestination(link.href);
      const text = inlinePlain(link.tokens);
      if (destination.kind !== 'none')
        into.push({ text: text === '' ? shownUrl(destination) : text, destination });
      continue;
    }
    if (token.type === 'list') for (const item of (token as Tokens.List).items) collect(item.tokens, into);
    else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of table.header) collect(cell.tokens, into);
      for (const row of table.rows) for (const cell of row) collect(cell.tokens, into);
    } else if ('tokens' in token && Array.isArray(token.tokens)) collect(token.tokens, into);
  }
}

function shownUrl(destination: LinkDestination): string {
  return destination.kind === 'url' ? destination.url : '';
}

/** What every link starts with or holds: a bracket, an angle bracket, a scheme, `www.` or an address's `@`. */
const MAY_LINK = /[[<@]|:\/\/|www\./i;

/**
 * The followable links of a Markdown text, in reading order, read as the renderer reads them (HTML
 * links included, badge rows left out), with the text each shows. Pure; lexes the text once.
 */
export function markdownLinks(markdown: string): TextLink[] {
  // Prose with nothing a link could be made of (most of a news briefing) is not lexed at all.
  if (!MAY_LINK.test(markdown)) return [];
  const lexer = (source: string): Token[] => lexMarkdown(stripControl(source));
  let tokens: Token[];
  try {
    tokens = rewriteHtml(lexer(markdown), lexer);
  } catch {
    return [];
  }
  const links: TextLink[] = [];
  collect(tokens, links);
  return links.filter((link) => link.text !== '');
}
