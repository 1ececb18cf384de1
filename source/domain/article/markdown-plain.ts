/**
 * The plain text of a section's Markdown, as the derivation reads it: paragraphs, headings, list
 * items and quotes, each a paragraph of its own; emphasis, links and escapes reduced to their text;
 * code spans kept (so sentences stay whole) but marked, so no name is taken from code; code blocks,
 * tables and raw HTML left out (they are not prose).
 */

import { getDefaults, Lexer, type Token, type Tokens } from 'marked';
import { decodeEntities } from '../entities.js';

export interface PlainText {
  readonly text: string;
  readonly code: readonly { readonly start: number; readonly end: number }[];
}

/** Markdown to plain paragraphs (see the module comment). */
export function markdownToPlain(markdown: string): PlainText {
  const paragraphs: string[] = [];
  const code: { start: number; end: number }[] = [];
  let offset = 0;
  let tokens: Token[];
  try {
    tokens = new Lexer(getDefaults()).lex(markdown);
  } catch {
    // marked recurses per nesting level; a hostile section can run it out of stack. Read it as text.
    return { text: markdown, code: [] };
  }

  const addParagraph = (inline: readonly Token[]) => {
    let text = '';
    const spans: { start: number; end: number }[] = [];
    const walk = (list: readonly Token[]) => {
      for (const token of list) {
        switch (token.type) {
          case 'text':
            if ('tokens' in token && token.tokens && token.tokens.length > 0) walk(token.tokens);
            else text += decodeEntities(token.text);
            break;
          case 'escape':
            text += token.text;
            break;
          case 'codespan': {
            const start = text.length;
            text += decodeEntities(token.text);
            spans.push({ start, end: text.length });
            break;
          }
          case 'image':
            text += (token as Tokens.Image).text;
            break;
          case 'br':
            text += ' ';
            break;
          case 'html':
            break;
          default:
            if ('tokens' in token && token.tokens) walk(token.tokens);
            else if ('text' in token && typeof token.text === 'string') text += token.text;
        }
      }
    };
    walk(inline);
    const trimmed = text.replace(/\s+/g, ' ');
    // Collapsing spaces moves offsets: recompute the code spans against the collapsed text.
    const lead = trimmed.length - trimmed.trimStart().length;
    const final = trimmed.trim();
    if (final === '') return;
    if (paragraphs.length > 0) offset += 2;
    const base = offset;
    for (const span of spans) {
      const inner = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
      const at = final.indexOf(inner, Math.max(0, collapsedIndex(text, span.start) - lead));
      if (inner !== '' && at !== -1) code.push({ start: base + at, end: base + at + inner.length });
    }
    paragraphs.push(final);
    offset += final.length;
  };

  const block = (list: readonly Token[]) => {
    for (const token of list) {
      switch (token.type) {
        case 'paragraph':
        case 'heading':
          addParagraph((token as Tokens.Paragraph).tokens);
          break;
        case 'text':
          addParagraph('tokens' in token && token.tokens ? token.tokens : [token]);
          break;
        case 'list':
          for (const item of (token as Tokens.List).items) block(item.tokens);
          break;
        case 'blockquote':
          block((token as Tokens.Blockquote).tokens);
          break;
        default:
        // code, table, html, hr, space: not prose.
      }
    }
  };
  block(tokens);
  return { text: paragraphs.join('\n\n'), code };
}

/** Where an offset of `text` lands once its whitespace runs are collapsed to one space. */
function collapsedIndex(text: string, offset: number): number {
  return text.slice(0, offset).replace(/\s+/g, ' ').length;
}
