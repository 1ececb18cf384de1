/**
 * HTML reduced to the Markdown that says the same, so the one renderer draws it: text kept, `<br>` a
 * line break, `<img>` an image (its alt text, or nothing), `<a href>` a link, headings and `<summary>`
 * headings, lists as lists, `<pre>` as code; everything else (`<div align>`, `<p>`, `<picture>`,
 * `<sup>`, `<kbd>`...) gives way to its text, and scripts, styles and comments go. Text is escaped,
 * so nothing in it is read as Markdown or as a tag again.
 */

import { stripAllControl, stripControl } from './ansi.js';
import { type HtmlHandler, readHtml, VOID_ELEMENTS } from './html-events.js';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
]);
/** Brackets the destination of a link being written until its end tag comes; never in text (private use). */
const MARK = '\ue002';
const OPEN_LINK = new RegExp(`\\[${MARK}[^${MARK}]*${MARK}`, 'g');
/** Hard line breaks (`\` at the end of a line) with nothing after them. */
const TRAILING_BREAKS = /(?:\\\n\s*)+$/;
const HIDDEN = new Set(['script', 'style', 'template', 'title', 'head', 'noscript']);
const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6, summary: 4 };

const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~&=:"]/g;

/** Text as Markdown that renders it verbatim. */
export function escapeText(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, '\\$&');
}

/**
 * A URL as a Markdown link destination in angle brackets: no control character or line break, spaces
 * and brackets percent-encoded. Undefined when nothing is left.
 */
export function destination(url: string): string | undefined {
  const clean = stripAllControl(url)
    .trim()
    .replace(/[\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return clean === '' ? undefined : `<${clean}>`;
}

class Converter implements HtmlHandler {
  private out = '';
  private hidden = 0;
  private pre = 0;
  private readonly links: boolean[] = [];
  private readonly lists: ('ul' | 'ol')[] = [];
  private readonly headings: string[] = [];

  result(): string {
    return this.out.replace(TRAILING_BREAKS, '').trim();
  }

  private get inLink(): boolean {
    return this.links.includes(true);
  }

  private get lineHasText(): boolean {
    const lastLine = this.out.slice(this.out.lastIndexOf('\n') + 1);
    return lastLine.trim() !== '';
  }

  /** Ends the block being written: a blank line, unless inside a link, a heading or at the start. */
  private block(): void {
    if (this.inLink || this.headings.length > 0) {
      if (!this.out.endsWith(' ')) this.out += ' ';
      return;
    }
    // A line break that ends a block breaks nothing (and Markdown would show its backslash).
    this.out = this.out.replace(/[ \t]+$/, '').replace(TRAILING_BREAKS, '\n');
    if (this.out === '' || this.out.endsWith('\n\n')) return;
    this.out += this.out.endsWith('\n') ? '\n' : '\n\n';
  }

  private newLine(): void {
    this.out = this.out.replace(/[ \t]+$/, '');
    if (this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (HIDDEN.has(name)) {
      this.hidden += 1;
      return;
    }
    if (this.hidden > 0) return;
    if (this.pre > 0) {
      if (name === 'br') this.out += '\n';
      return;
    }
    const level = HEADINGS[name];
    if (level !== undefined) {
      this.block();
      if (this.headings.length === 0 && !this.inLink) this.out += `${'#'.repeat(level)} `;
      this.headings.push(name);
      return;
    }
    switch (name) {
      case 'br':
        if (this.inLink || this.headings.length > 0) this.out += ' ';
        else if (this.lineHasText) this.out = `${this.out.replace(/[ \t]+$/, '')}\\\n`;
        return;
      case 'img': {
        const alt = escapeText(collapse(attributes.alt ?? '').trim());
        const src = destination(attributes.src ?? '');
        this.out += src === undefined ? alt : `![${alt}](${src})`;
        return;
      }
      case 'a': {
        const href = attributes.href === undefined ? undefined : destination(attributes.href);
        // A link inside a link is text: Markdown has no such thing.
        const opens = href !== undefined && !this.inLink;
        this.links.push(opens);
        if (opens) this.out += `[${MARK}${href}${MARK}`;
        return;
      }
      case 'ul':
      case 'ol':
        if (this.lists.length === 0) this.block();
        this.lists.push(name);
        return;
      case 'li': {
        this.newLine();
        const depth = Math.max(0, this.lists.length - 1);
        this.out += `${'   '.repeat(depth)}${this.lists.at(-1) === 'ol' ? '1.' : '-'} `;
        return;
      }
      case 'pre':
        this.block();
        this.out += '~~~~\n';
        this.pre += 1;
        return;
      case 'hr':
        this.block();
        this.out += '* * *';
        this.block();
        return;
      case 'td':
      case 'th':
        if (this.lineHasText) this.out += ' · ';
        return;
      default:
        if (BLOCKS.has(name)) this.block();
    }
  }

  close(name: string): void {
    if (HIDDEN.has(name)) {
      this.hidden = Math.max(0, this.hidden - 1);
      return;
    }
    if (this.hidden > 0 || VOID_ELEMENTS.has(name)) return;
    if (name === 'pre' && this.pre > 0) {
      this.pre -= 1;
      this.newLine();
      this.out += '~~~~';
      this.block();
      return;
    }
    if (this.pre > 0) return;
    if (HEADINGS[name] !== undefined) {
      if (this.headings.at(-1) === name) this.headings.pop();
      if (this.headings.length === 0) this.block();
      return;
    }
    switch (name) {
      case 'a':
        this.closeLink();
        return;
      case 'ul':
      case 'ol':
        this.lists.pop();
        if (this.lists.length === 0) this.block();
        return;
      default:
        if (BLOCKS.has(name)) this.block();
    }
  }

  /** Writes `[text](<href>)`, or just the text when the link holds none (an anchor with a name). */
  private closeLink(): void {
    if (this.links.length === 0) return;
    if (!this.links.pop()) return;
    const start = this.out.lastIndexOf(`[${MARK}`);
    if (start < 0) return;
    const hrefEnd = this.out.indexOf(MARK, start + 2);
    const href = this.out.slice(start + 2, hrefEnd);
    const text = this.out.slice(hrefEnd + 1);
    const head = this.out.slice(0, start);
    this.out = text.trim() === '' ? head + text : `${head}[${text.trim()}](${href})`;
  }

  text(data: string): void {
    if (this.hidden > 0) return;
    if (this.pre > 0) {
      this.out += stripControl(data).replace(/^~{4,}/gm, (fence) => `\\${fence}`);
      return;
    }
    let text = collapse(stripAllControl(data.replace(HTML_SPACE, ' ')));
    if (this.out === '' || this.out.endsWith('\n') || this.out.endsWith(' ')) text = text.replace(/^ +/, '');
    this.out += escapeText(text);
  }
}

/** What HTML collapses: ASCII whitespace only (a no-break space stays). */
const HTML_SPACE = /[ \t\n\f\r]/g;

function collapse(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ');
}

/**
 * An HTML block as Markdown. Tags left open at its end are closed there: marked cuts HTML blocks at blank
 * lines, so `<details>` and `</details>` often arrive in different blocks, with Markdown between them.
 */
export function htmlToMarkdown(html: string): string {
  const converter = new Converter();
  readHtml(html.replaceAll(MARK, ''), converter);
  // A link left open at the end still shows its text.
  return converter.result().replace(OPEN_LINK, '');
}

/** One inline tag as marked delivers it: an opening or closing tag with its name, or nothing to show. */
export type InlineTag =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>> }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'other' };

const CLOSING = /^<\/([A-Za-z][A-Za-z0-9:-]*)\s*>$/;

/** Reads one inline HTML token (`<a href="x">`, `</a>`, `<br/>`, `<!-- c -->`). */
export function readInlineTag(html: string): InlineTag {
  const closing = CLOSING.exec(html);
  if (closing !== null) return { kind: 'close', name: (closing[1] ?? '').toLowerCase() };
  let tag: InlineTag = { kind: 'other' };
  readHtml(html, {
    open(name, attributes) {
      if (tag.kind === 'other') tag = { kind: 'open', name, attributes };
    },
    close() {},
    text() {},
  });
  return tag;
}
