/**
 * Reading HTML as a stream of tags and text, for the HTML that Markdown written for GitHub carries
 * (`<div align="center">`, `<img>`, `<a href>`, `<details>`). The reader is htmlparser2
 * (./html-parser.ts): forgiving, entity-complete and small, but ~60 KB of code and its entity tables,
 * which a curated briefing's first frame should not pay for. So it is loaded on demand
 * (`loadHtmlParser`, which the command does once it has seen HTML in what it loaded) and, until then, a
 * plain scanner stands in: it finds the same tags, attributes and comments in well-formed HTML and
 * decodes the common character references, so raw tags never reach the screen either way.
 */

import { decodeEntities, setNamedReferences } from './entities.js';

/** What a reader reports, in document order. Names are lower case; attribute values decoded. */
export interface HtmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text between tags, entities decoded. */
  text(data: string): void;
}

/** Reads `html` and reports its tags and text; comments, doctypes and processing instructions are skipped. */
export type HtmlReader = (html: string, handler: HtmlHandler) => void;

/** Elements without content or closing tag. */
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is not text to show. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name !== '' && !Object.hasOwn(attributes, name)) {
      attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    }
  }
  return attributes;
}

/** The stand-in reader: a scanner for well-formed tags, attributes, comments and the common entities. */
export const scanHtml: HtmlReader = (html, handler) => {
  let raw: string | undefined;
  for (const match of html.matchAll(TOKEN)) {
    const [whole, slash, tagName, attributes, selfClosing] = match;
    if (tagName === undefined) {
      if (raw !== undefined || whole.startsWith('<!') || whole.startsWith('<?')) continue;
      handler.text(decodeEntities(whole));
      continue;
    }
    const name = tagName.toLowerCase();
    if (raw !== undefined) {
      if (slash === '/' && name === raw) {
        raw = undefined;
        handler.close(name);
      }
      continue;
    }
    if (slash === '/') {
      handler.close(name);
      continue;
    }
    handler.open(name, attributesOf(attributes ?? ''));
    if (VOID_ELEMENTS.has(name) || selfClosing === '/') handler.close(name);
    else if (RAW_TEXT.has(name)) raw = name;
  }
};

let loaded: HtmlReader | undefined;

/** The HTML reader: htmlparser2 once `loadHtmlParser` has run, the scanner until then. */
export function readHtml(html: string, handler: HtmlHandler): void {
  (loaded ?? scanHtml)(html, handler);
}

/**
 * Loads htmlparser2 for `readHtml`, and its table of named character references for `decodeEntities`
 * (once; later calls return at once).
 */
export async function loadHtmlParser(): Promise<void> {
  if (loaded !== undefined) return;
  const parser = await import('./html-parser.js');
  setNamedReferences(parser.decodeNamed);
  loaded = parser.parseHtml;
}

const HTML_START = /<[A-Za-z!/?]|&[A-Za-z][A-Za-z0-9]{1,31};/;

/**
 * Whether Markdown may hold HTML (a `<` starting a tag or comment) or a named character reference: then
 * `loadHtmlParser` is worth it.
 */
export function mayHoldHtml(markdown: string): boolean {
  return HTML_START.test(markdown);
}
