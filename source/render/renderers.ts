import type { MarkedExtension, RendererObject, Token, Tokens } from 'marked';
import {
  CODE_MARK,
  hasControl,
  LINK_CLOSE,
  linkOpen,
  QUOTE_MARK,
  stripAllControl,
  stripControl,
  stripStyles,
} from './ansi.js';
import { deepLinks, lexMarkdown } from './deep-links.js';
import { decodeEntities } from './entities.js';
import { readHtml } from './html-events.js';
import { rewriteHtml } from './html-tokens.js';
import { linkDestination, unescapeMarkdown } from './links.js';
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

/** The text of an HTML fragment, tags dropped. */
function htmlText(html: string): string {
  let text = '';
  readHtml(html, { open() {}, close() {}, text: (data) => (text += data) });
  return stripControl(text).replace(/\s+/g, ' ').trim();
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
 * A link as the reader shows it. A web link (http, https, mailto) is OSC 8 around its text when the theme
 * has hyperlinks, else its text then `<url>`, the URL once: alone when the text is the URL. A link within
 * the document or to another file shows its text only (the reader follows it; its target is no reading
 * matter). Any other destination (`javascript:`, `file:`) is no link: its text, unstyled.
 */
export function renderLink(text: string, href: string, ctx: RenderContext): string {
  const { styles } = ctx;
  const destination = linkDestination(href);
  const label = stripStyles(text).trim();
  if (destination.kind === 'none') return text;
  if (destination.kind !== 'url') return label === '' ? '' : styles.link(text);
  const url = destination.url;
  const same =
    label === '' || label === url || [`http://${label}`, `https://${label}`, `mailto:${label}`].includes(url);
  // The loader sanitises the text a destination comes from; a control character in one all the same is
  // the renderer's own guard's business: such a link is never put inside an escape sequence.
  if (ctx.theme.hyperlinks && !hasControl(href)) {
    return linkOpen(url.replace(/ /g, '%20')) + styles.link(same && label === '' ? url : text) + LINK_CLOSE;
  }
  // Autolinks (`www.example.com`, `someone@example.com`) already show their address.
  if (same) return styles.href(label === '' ? url : label);
  return `${styles.link(text)} <${styles.href(url)}>`;
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
      // The HTML hook (html-tokens.ts) leaves none; should one get through, its text and never its tags.
      const text = htmlText(token.text);
      return token.block ? `${text}\n\n` : text;
    },
    codespan(token) {
      // Character references in code spans are literal text (CommonMark), so only controls go.
      return styles.codespan(stripControl(token.text).replace(/\n/g, ' '));
    },
    code(token) {
      const lines = stripControl(token.text).replace(/\n+$/, '').split('\n');
      // Each line is marked for the layout, which keeps a line it must wrap whole for scrolling sideways.
      const drawn = lines.map((line) =>
        line.trim() === '' ? '' : CODE_MARK + tab + styles.code(expandTabs(line)),
      );
      const language = stripAllControl(token.lang ?? '').split(/\s/)[0] ?? '';
      const label = language === '' ? [] : [tab + styles.codeLabel(language)];
      return `${[...label, ...drawn].join('\n')}\n\n`;
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
      // An image is its alt text, or nothing: a terminal cannot show it, and its address is no reading.
      const alt = clean(unescapeMarkdown(token.text)).trim();
      return alt === '' ? '' : styles.image(alt);
    },
  };
  const lex = (markdown: string) => lexMarkdown(stripControl(markdown));
  return {
    renderer,
    extensions: [deepLinks],
    hooks: {
      processAllTokens: (tokens) => {
        const written = tokens as Token[];
        const rewritten = rewriteHtml(written, lex);
        return startsWithRule(written) ? rewritten : withoutLeadingRules(rewritten);
      },
    },
  };
}

function startsWithRule(tokens: readonly Token[]): boolean {
  return tokens.find((token) => token.type !== 'space')?.type === 'hr';
}

/**
 * A rule that comes first only because what was above it went (a README's badges) separates nothing;
 * one the author put first stays.
 */
function withoutLeadingRules(tokens: Token[]): Token[] {
  const first = tokens.findIndex((token) => token.type !== 'hr' && token.type !== 'space');
  return first <= 0 ? tokens : tokens.slice(first);
}
