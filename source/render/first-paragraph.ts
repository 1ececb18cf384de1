import type { Token } from 'marked';
import { stripAllControl, stripControl } from './ansi.js';
import { lexMarkdown } from './deep-links.js';
import { rewriteHtml } from './html-tokens.js';
import { inlinePlain } from './links.js';

/** How much of a text is read for its first paragraph: enough for any opening, little for a long one. */
const READ_CHARS = 4000;

/** Whether inline tokens are images and nothing else but space, line breaks and links around images. */
function imagesOnly(tokens: readonly Token[]): boolean {
  let images = 0;
  for (const token of tokens) {
    if (token.type === 'image') images++;
    else if (token.type === 'link' && 'tokens' in token && imagesOnly(token.tokens ?? [])) images++;
    else if (token.type === 'br' || (token.type === 'text' && token.raw.trim() === '')) continue;
    else return false;
  }
  return images > 0;
}

/**
 * The first paragraph of a Markdown text as one line of plain text, as the reader would show it (HTML
 * reduced, badge rows left out, markup gone), or `''` when the opening has none: a README's summary for
 * a list of documents.
 */
export function firstParagraph(markdown: string): string {
  const lex = (source: string): Token[] => lexMarkdown(stripControl(source));
  try {
    const tokens = rewriteHtml(lex(markdown.slice(0, READ_CHARS)), lex);
    for (const token of tokens) {
      if (token.type !== 'paragraph') continue;
      // A paragraph that shows nothing (a logo without alt text) is no opening, nor one of images
      // alone (a logo's alt text: ink's README would open on "Ink").
      const inline = token.tokens ?? [];
      if (imagesOnly(inline)) continue;
      // Character references are decoded after the controls went (`&#x202E;`): remove them again.
      const text = stripAllControl(inlinePlain(inline)).replace(/\s+/g, ' ').trim();
      if (text !== '') return text;
    }
    return '';
  } catch {
    return '';
  }
}
