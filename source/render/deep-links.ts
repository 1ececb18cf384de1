/**
 * Links whose text nests brackets more than one deep, which marked 18 leaves as text (its link pattern
 * allows one level: `[a [b] c](x)`, not `[f([a[, b[, c]]])](#f)`), though CommonMark and GitHub take any
 * balanced nesting. A table of contents of function signatures is where they are found
 * (source-map-js's README). This inline tokenizer takes only those, leaving every other link to marked.
 */
import { Marked, type Token, type TokenizerExtension, type Tokens } from 'marked';

const OPEN = 0x5b;
const CLOSE = 0x5d;
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;

/** Where the code span opened by the backticks at `at` ends (just past it), or `at + 1` when it never closes. */
function pastCodeSpan(src: string, at: number): number {
  let run = at;
  while (src.charCodeAt(run) === BACKTICK) run++;
  const fence = src.slice(at, run);
  const close = src.indexOf(fence, run);
  return close < 0 ? run : close + fence.length;
}

/** The end of the destination in `(…)` starting at `at` (the index of its `)`), or -1. */
function destinationEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i;
    else if (c <= 0x20) return -1;
  }
  return -1;
}

/**
 * No `start`: marked's text rule already stops at `[` (its own links start there), and a start function
 * would search the rest of the text again at every text token.
 */
export const deepLinks: TokenizerExtension = {
  name: 'deepLink',
  level: 'inline',
  tokenizer(src) {
    if (src.charCodeAt(0) !== OPEN) return undefined;
    let depth = 0;
    let deepest = 0;
    let end = -1;
    for (let i = 0; i < src.length && end < 0; i++) {
      const c = src.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === BACKTICK) i = pastCodeSpan(src, i) - 1;
      else if (c === OPEN) deepest = Math.max(deepest, ++depth);
      else if (c === CLOSE && --depth === 0) end = i;
    }
    // Two levels or fewer are marked's own.
    if (end < 0 || deepest < 3 || src.charCodeAt(end + 1) !== 0x28) return undefined;
    const close = destinationEnd(src, end + 1);
    if (close < 0) return undefined;
    const text = src.slice(1, end);
    const href = src.slice(end + 2, close).replace(/^<(.*)>$/, '$1');
    const link: Tokens.Link = {
      type: 'link',
      raw: src.slice(0, close + 1),
      href,
      title: null,
      text,
      tokens: this.lexer.inlineTokens(text),
    };
    return link as unknown as Tokens.Generic;
  },
};

// An instance of its own: marked.use() on the shared one would change a global.
const lexer = new Marked({ extensions: [deepLinks] });

/** Markdown lexed as the renderer lexes it (GFM, and links nested deep), for reading its links. */
export function lexMarkdown(markdown: string): Token[] {
  return lexer.lexer(markdown);
}
