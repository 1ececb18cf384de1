import type { MarkedExtension, RendererObject, Tokens } from 'marked';
import {
  hasControl,
  LINK_CLOSE,
  linkOpen,
  QUOTE_MARK,
  stripAllControl,
  stripControl,
  stripStyles,
} from './ansi.js';
import { renderList } from './list.js';
import { renderTable } from './table.js';
import type { Glyphs, Styles, Theme } from './theme.js';

/** What the element renderers need to know about the session. */
export interface RenderContext {
  readonly width: number;
  readonly theme: Theme;
  readonly styles: Styles;
  readonly glyphs: Glyphs;
  /** Indentation of lists and code blocks. */
  readonly tab: string;
}

/**
 * Marks a hard line break (`br`) inside a paragraph until the paragraph has turned its soft line breaks into
 * spaces. Safe because `\r` is stripped from the input and from nowhere else.
 */
const HARD_BREAK = '\r';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©',
};

/**
 * Decodes the character references marked leaves in text tokens (it keeps them for HTML output). Numeric
 * references to control characters stay as written, so `&#27;` cannot smuggle in an ESC.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    const char = String.fromCodePoint(code);
    return hasControl(char) ? whole : char;
  });
}

/** Soft line breaks become spaces (the layout re-wraps), hard breaks become line breaks. */
function joinLines(text: string): string {
  return text.replace(/\n/g, ' ').replaceAll(HARD_BREAK, '\n');
}

/** Token text safe to print: marked decodes `&#27;` in text to a real ESC, so strip after decoding. */
function clean(text: string): string {
  return stripControl(decodeEntities(text)).replace(/\n/g, ' ');
}

/**
 * A link: OSC 8 around the text when the theme has hyperlinks and the URL has no control character (the
 * loader sanitises URLs already; this is the renderer's own guard), else `text (url)`.
 */
export function renderLink(text: string, href: string, ctx: RenderContext): string {
  const { styles } = ctx;
  if (ctx.theme.hyperlinks && href !== '' && !hasControl(href)) {
    return linkOpen(href.replace(/ /g, '%20')) + styles.link(text) + LINK_CLOSE;
  }
  const shown = stripAllControl(href);
  const label = stripStyles(text);
  if (label === '' || label === shown) return styles.href(shown);
  // Autolinks (`www.example.com`, `someone@example.com`) already show their address.
  if ([`http://${label}`, `https://${label}`, `mailto:${label}`].includes(shown)) return styles.href(label);
  return `${styles.link(text)} (${styles.href(shown)})`;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch;
  return out;
}

/**
 * The renderers that replace marked-terminal's; it keeps strong, em and del. marked-terminal 7.3
 * with marked 18 drops inline styling in tight list items (its `text` ignores `token.tokens`), prints task
 * boxes twice, misnumbers ordered lists (see list.ts), runs an HTML block into the next paragraph, reflows
 * with `String#length` (CJK overflows) and cuts OSC 8 links apart when reflowing, prefixes headings with
 * their `#` marks or styles them all alike, takes hyperlink support
 * from `process.stdout` and rule length from `process.stdout.columns`, highlights code at the global chalk
 * level, and draws tables with box characters and colours of its own. Wrapping happens afterwards, in one
 * place (layout.ts), so a paragraph is one line here.
 */
export function overrides(ctx: RenderContext): MarkedExtension {
  const { styles, glyphs, tab } = ctx;
  let listDepth = 0;
  const renderer: RendererObject = {
    heading(token) {
      // No `#` marks: the level shows in the style (theme.ts). The blank line above sets the heading off
      // from a list or a table before it; the layout drops it at the top and merges it with others.
      const style = styles.headings[Math.min(6, Math.max(1, token.depth)) - 1] ?? styles.strong;
      const text = joinLines(this.parser.parseInline(token.tokens)).replace(/\n/g, ' ');
      return `\n${style(text)}\n\n`;
    },
    text(token) {
      // Block-level text is a tight list item's text: end it so a nested list starts on its own line.
      if ('tokens' in token && token.tokens) return `${joinLines(this.parser.parseInline(token.tokens))}\n`;
      return stripControl(decodeEntities(token.text));
    },
    paragraph(token) {
      return `${joinLines(this.parser.parseInline(token.tokens))}\n\n`;
    },
    br() {
      return HARD_BREAK;
    },
    checkbox(token) {
      return token.checked ? '[x] ' : '[ ] ';
    },
    html(token) {
      const html = styles.html(stripControl(token.text).replace(/\s+$/, ''));
      return token.block ? `${html}\n\n` : html;
    },
    codespan(token) {
      // Character references in code spans are literal text (CommonMark), so only controls go.
      return styles.codespan(stripControl(token.text).replace(/\n/g, ' '));
    },
    code(token) {
      const lines = stripControl(token.text).replace(/\n+$/, '').split('\n');
      const drawn = lines.map((line) => (line.trim() === '' ? '' : tab + styles.code(expandTabs(line))));
      return `${drawn.join('\n')}\n\n`;
    },
    blockquote(token) {
      // The layout draws the mark as the theme's bar and knows it for a bar, not text (see QUOTE_MARK).
      const bar = styles.quoteBar(QUOTE_MARK);
      const out: string[] = [];
      for (const line of this.parser.parse(token.tokens).split('\n')) {
        const blank = stripStyles(line).trim() === '';
        if (blank && (out.length === 0 || out[out.length - 1] === bar)) continue;
        out.push(blank ? bar : `${bar} ${styles.blockquote(line)}`);
      }
      while (out[out.length - 1] === bar) out.pop();
      return `${out.join('\n')}\n\n`;
    },
    hr() {
      return `${styles.rule(glyphs.rule.repeat(ctx.width))}\n\n`;
    },
    list(token) {
      const depth = listDepth++;
      try {
        return renderList(token, (tokens) => this.parser.parse(tokens), glyphs.bullets, depth, tab);
      } finally {
        listDepth--;
      }
    },
    table(token) {
      const cell = (c: Tokens.TableCell): string => this.parser.parseInline(c.tokens).replace(/[\r\n]/g, ' ');
      const lines = renderTable(
        token.header.map(cell),
        token.rows.map((row) => row.map(cell)),
        token.align,
        ctx.width,
        styles,
        glyphs,
      );
      return `${lines.join('\n')}\n\n`;
    },
    link(token) {
      return renderLink(this.parser.parseInline(token.tokens), token.href, ctx);
    },
    image(token) {
      const alt = clean(token.text);
      return renderLink(alt === '' ? 'image' : `image: ${alt}`, token.href, ctx);
    },
  };
  return { renderer };
}
