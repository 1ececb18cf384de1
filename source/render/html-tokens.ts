/**
 * Marked's tokens with the HTML taken out, before anything is drawn (marked's `processAllTokens` hook):
 * an HTML block becomes the Markdown that says the same (./html-markdown.ts), lexed in its place; inline
 * tags become what they stand for (`<a href>…</a>` a link around the tokens between, `<br>` a break,
 * `<img>` an image) or go, leaving their text. Then a paragraph that is only a row of badges (images
 * inside links, the shields at the top of a README) goes too.
 */

import type { Token, Tokens } from 'marked';
import { htmlToMarkdown, readInlineTag } from './html-markdown.js';

/** Lexes Markdown into block tokens, inline tokens included (the Marked instance's own lexer). */
export type BlockLexer = (markdown: string) => Token[];

/** Block tokens with their HTML rewritten and badge rows dropped, in place of `tokens`. */
export function rewriteHtml(tokens: Token[], lex: BlockLexer): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.type === 'html') {
      const markdown = htmlToMarkdown(token.text);
      if (markdown !== '') out.push(...rewriteHtml(lex(markdown), lex));
      continue;
    }
    rewriteChildren(token, lex);
    if (token.type === 'paragraph' && isBadgeRow(token.tokens ?? [])) continue;
    out.push(token);
  }
  return out;
}

function rewriteChildren(token: Token, lex: BlockLexer): void {
  switch (token.type) {
    case 'blockquote': {
      const quote = token as Tokens.Blockquote;
      quote.tokens = rewriteHtml(quote.tokens, lex);
      return;
    }
    case 'list':
      for (const item of (token as Tokens.List).items) item.tokens = rewriteHtml(item.tokens, lex);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      for (const cell of table.header) cell.tokens = rewriteInline(cell.tokens);
      for (const row of table.rows) for (const cell of row) cell.tokens = rewriteInline(cell.tokens);
      return;
    }
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) {
        // A tight list item's text holds block tokens when it has more than a line of text.
        const inline = token.type !== 'text' || token.tokens.every((t) => !isBlock(t));
        token.tokens = inline ? rewriteInline(token.tokens) : rewriteHtml(token.tokens, lex);
      }
  }
}

function isBlock(token: Token): boolean {
  return token.type === 'html'
    ? (token as Tokens.HTML).block
    : ['paragraph', 'list', 'code'].includes(token.type);
}

/** The index of the `</a>` that closes the `<a>` at `from`, or -1. */
function closingLink(tokens: readonly Token[], from: number): number {
  let depth = 0;
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'html') continue;
    const tag = readInlineTag(token.text);
    if (tag.kind === 'open' && tag.name === 'a') depth += 1;
    else if (tag.kind === 'close' && tag.name === 'a') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

function textToken(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: true };
}

/** Inline tokens with their HTML tags turned into what they stand for, or dropped. */
export function rewriteInline(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'html') {
      if ('tokens' in token && Array.isArray(token.tokens)) token.tokens = rewriteInline(token.tokens);
      out.push(token.type === 'link' ? withoutDecoration(token as Tokens.Link) : token);
      continue;
    }
    const tag = readInlineTag(token.text);
    if (tag.kind !== 'open') continue;
    const { name, attributes } = tag;
    if (name === 'br') out.push({ type: 'br', raw: token.raw });
    else if (name === 'img') {
      const alt = (attributes.alt ?? '').replace(/\s+/g, ' ').trim();
      const image: Tokens.Image = {
        type: 'image',
        raw: token.raw,
        href: attributes.src ?? '',
        title: null,
        text: alt,
        tokens: alt === '' ? [] : [textToken(alt)],
      };
      out.push(image);
    } else if (name === 'a' && attributes.href !== undefined) {
      const end = closingLink(tokens, i);
      if (end < 0) continue;
      const inner = withoutDecoration({ tokens: rewriteInline(tokens.slice(i + 1, end)) }).tokens;
      const link: Tokens.Link = {
        type: 'link',
        raw: tokens
          .slice(i, end + 1)
          .map((t) => t.raw)
          .join(''),
        href: attributes.href,
        title: null,
        text: inner.map((t) => ('text' in t ? t.text : '')).join(''),
        tokens: inner,
      };
      out.push(link);
      i = end;
    }
  }
  return out;
}

/**
 * A link's images go when it has words of its own: an avatar beside a name (a contributors table) would
 * only say the name twice. A link that is only an image keeps it (its alt text is the link's words).
 */
function withoutDecoration<T extends { tokens: Token[] }>(link: T): T {
  const words = link.tokens.some((t) => t.type !== 'image' && t.type !== 'br' && !isBlankText(t));
  if (!words || !link.tokens.some((t) => t.type === 'image')) return link;
  const tokens = link.tokens.filter((t) => t.type !== 'image');
  // The space that stood between the image and the words goes with the image.
  const first = tokens[0];
  if (first?.type === 'text' && first.tokens === undefined) tokens[0] = textToken(first.text.trimStart());
  return { ...link, tokens };
}

function isBlankText(token: Token): boolean {
  return (token.type === 'text' || token.type === 'escape') && token.text.trim() === '';
}

/**
 * A row of badges: images inside links and blanks only, with two links or more, or one whose image has
 * no alt text. One linked image with words (a logo captioned `Ink`) stays, as its words.
 */
export function isBadgeRow(tokens: readonly Token[]): boolean {
  let linked = 0;
  let named = 0;
  for (const token of tokens) {
    if (isBlankText(token) || token.type === 'br') continue;
    if (token.type === 'image') continue;
    if (token.type !== 'link') return false;
    const inside = (token as Tokens.Link).tokens.filter((t) => !isBlankText(t) && t.type !== 'br');
    if (inside.length === 0 || !inside.every((t) => t.type === 'image')) return false;
    linked += 1;
    if (inside.some((t) => t.type === 'image' && t.text.trim() !== '')) named += 1;
  }
  return linked >= 2 || (linked === 1 && named === 0);
}
