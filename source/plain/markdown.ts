import { Lexer } from 'marked';
import { renderMarkdown } from '../render/markdown.js';
import type { Theme } from '../render/theme.js';

/**
 * Turns top-level headings into bold paragraphs. The terminal renderer keeps a heading's `###` prefix,
 * which shows structure on screen but is read aloud as "number number number". The lexer's tokens
 * hold their source text (`raw`) end to end, so everything but the headings is passed on untouched.
 */
export function headingsAsParagraphs(markdown: string): string {
  let tokens: ReturnType<Lexer['lex']>;
  try {
    tokens = new Lexer().lex(markdown);
  } catch {
    return markdown;
  }
  let out = '';
  for (const token of tokens) {
    if (token.type === 'heading') {
      const text = String(token.text ?? '').trim();
      // Blank lines on both sides, so the heading cannot join the paragraph before or after it.
      if (text !== '') out += `\n\n**${text}**\n\n`;
    } else {
      out += token.raw;
    }
  }
  return out;
}

/** Markdown laid out for the plain mode: headings without their `#` marks, no blank lines at the ends. */
export function plainLines(markdown: string, width: number, theme: Theme): string[] {
  const lines = [...renderMarkdown(headingsAsParagraphs(markdown), width, theme).lines];
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  return lines;
}
