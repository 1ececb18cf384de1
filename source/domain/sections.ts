/**
 * Cutting a briefing's body into sections at its headings, every level a node of the outline: the
 * headings that marked's block lexer finds at the top level, so a `##` inside fenced code is code and
 * `Title` over `---` is a heading. `headings.ts` finds them with a line scan that lexes only where it
 * must; `splitSectionsByLexer` lexes the whole body, the reference the scan is tested against. Lines
 * are counted once, front to back.
 */

import { getDefaults, Lexer, type Token } from 'marked';
import { createAnchorAllocator } from './anchors.js';
import { decodeEntities } from './entities.js';
import { type BodyHeading, lexHeadings, scanHeadings } from './headings.js';
import { LIMITS } from './limits.js';
import { sanitizeText } from './sanitize.js';
import { createIdAllocator, slugify } from './slug.js';
import type { Section } from './types.js';

/** The body's sections, and the headings a title can fall back to. */
export interface BodyOutline {
  readonly sections: readonly Section[];
  /** The text of the first `#` heading. */
  readonly firstH1: string | undefined;
  /** The text of the first `##` heading. */
  readonly firstH2: string | undefined;
}

export interface SplitOptions {
  /** File line of the body's first line (after the front matter). */
  readonly firstLine: number;
  /**
   * A file without front matter (a README): `#` headings are nodes too, but a `#` heading that is the
   * body's first heading is its title, not a section. With front matter, `##` is the top level and a
   * `#` heading stays in the text of the section it is in.
   */
  readonly h1StartsSection: boolean;
}

/** A heading with its plain title and GitHub's anchor. */
interface Titled {
  readonly heading: BodyHeading;
  readonly title: string;
  readonly anchor: string;
}

/**
 * Splits `body` (LF line ends) into sections, one per heading from the top level down (see
 * `SplitOptions`), each with its own text up to the next heading of any level. Text before the first
 * section (and under a title heading) becomes the `lead` section if it has any content. Titles and
 * markdown are sanitised. When the headings are more than the section limit allows, the deepest levels
 * stay in their parents' text until they fit.
 */
export function splitSections(body: string, options: SplitOptions): BodyOutline {
  const scan = scanHeadings(body);
  // A title like `[Name]` reads the body's link definitions, which only a lexer of the whole body collects.
  if (scan.mayDefineLinks && scan.headings.some((h) => h.text.includes('['))) {
    return splitSectionsByLexer(body, options);
  }
  let lexer: Lexer | undefined;
  // A fresh options object: marked.use() elsewhere changes the global defaults, never these.
  return outline(body, scan.headings, () => (lexer ??= new Lexer(getDefaults())), options);
}

/** `splitSections` by marked's block lexer over the whole body: slower, and the reference for the scan. */
export function splitSectionsByLexer(body: string, options: SplitOptions): BodyOutline {
  const { headings, lexer } = lexHeadings(body);
  return outline(body, headings, () => lexer, options);
}

/**
 * The deepest heading level that is a node: every level, unless that makes more sections than allowed.
 * The shallowest level present always is (a file with too many of those is refused with its count).
 */
function deepestLevel(headings: readonly BodyHeading[]): number {
  const perDepth = new Array<number>(7).fill(0);
  let top = 6;
  for (const heading of headings) {
    perDepth[heading.depth] = (perDepth[heading.depth] ?? 0) + 1;
    top = Math.min(top, heading.depth);
  }
  let deepest = top;
  // The lead counts as one.
  let count = 1 + (perDepth[top] ?? 0);
  while (deepest < 6 && count + (perDepth[deepest + 1] ?? 0) <= LIMITS.sections) {
    deepest += 1;
    count += perDepth[deepest] ?? 0;
  }
  return deepest;
}

function outline(
  body: string,
  headings: readonly BodyHeading[],
  titleLexer: () => Lexer,
  options: SplitOptions,
): BodyOutline {
  const top = options.h1StartsSection ? 1 : 2;
  const titleHeading = options.h1StartsSection && headings[0]?.depth === 1 ? headings[0] : undefined;
  const deepest = deepestLevel(headings.filter((h) => h.depth >= top && h !== titleHeading));
  // Headings deeper than the outline goes stay text: they need no title, and GitHub's numbering of repeated
  // anchors is kept for the headings that are nodes (it counts the rest too, which only a file past the
  // section limit has).
  const titled: Titled[] = [];
  const anchorOf = createAnchorAllocator();
  for (const heading of headings) {
    if (heading.depth > deepest) continue;
    const title = headingTitle(titleLexer, heading.text);
    titled.push({ heading, title, anchor: anchorOf(title) });
  }
  const firstH1 = titled.find((h) => h.heading.depth === 1 && h.title !== '')?.title;
  const firstH2 = titled.find((h) => h.heading.depth === 2 && h.title !== '')?.title;
  const nodes = titled.filter((h) => h.heading.depth >= top && h.heading !== titleHeading);
  return { sections: buildSections(body, nodes, titleHeading, options.firstLine), firstH1, firstH2 };
}

function buildSections(
  body: string,
  nodes: readonly Titled[],
  titleHeading: BodyHeading | undefined,
  firstLine: number,
): Section[] {
  const lineAt = createLineCounter(body, firstLine);
  const allocate = createIdAllocator();
  const sections: Section[] = [];
  const leadEnd = nodes[0]?.heading.start ?? body.length;
  // The text above a title heading and the text under it are the opening, without the heading itself.
  const parts: [number, number][] =
    titleHeading === undefined
      ? [[0, leadEnd]]
      : [
          [0, titleHeading.start],
          [titleHeading.end, leadEnd],
        ];
  let leadText = '';
  let leadStart = -1;
  for (const [from, to] of parts) {
    const start = skipBlankLines(body, from, to);
    const text = body.slice(start, to).trimEnd();
    if (text.trim() === '') continue;
    if (leadStart < 0) leadStart = start;
    leadText = leadText === '' ? text : `${leadText}\n\n${text}`;
  }
  const lead = sanitizeText(leadText);
  if (lead.trim() !== '') {
    sections.push({ id: allocate('lead'), title: 'Lead', depth: 0, markdown: lead, line: lineAt(leadStart) });
  }
  /** The open sections that can still adopt a subsection, outermost first. */
  const open: { depth: number; id: string }[] = [];
  nodes.forEach(({ heading, title, anchor }, i) => {
    const end = nodes[i + 1]?.heading.start ?? body.length;
    const from = skipBlankLines(body, heading.end, end);
    const markdown = sanitizeText(body.slice(from, end).trimEnd());
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= heading.depth) open.pop();
    const parent = open.at(-1)?.id;
    const id = allocate(slugify(title));
    sections.push({
      id,
      title,
      depth: heading.depth,
      markdown,
      line: lineAt(heading.start),
      parent,
      anchor: anchor === '' ? undefined : anchor,
    });
    // A heading over nothing but a table of contents (a README's `# Table of Contents`) is a sibling of
    // the headings it lists, not their parent.
    if (!isTableOfContents(markdown)) open.push({ depth: heading.depth, id });
  });
  return sections;
}

/** A list item that is one in-document link: `* [Requirements](#requirements)`. */
const TOC_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[(?:[^\]\\]|\\.)*\]\(\s*<?#[^\s)]*>?\s*\)\s*$/;
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/** Whether the text is only a list of in-document links (two or more), blank lines and HTML comments. */
export function isTableOfContents(markdown: string): boolean {
  let links = 0;
  for (const line of markdown.split('\n')) {
    if (TOC_ITEM.test(line)) links += 1;
    else if (line.trim() !== '' && !COMMENT_LINE.test(line)) return false;
  }
  return links >= 2;
}

/** The heading as plain text: inline Markdown removed, entities decoded, sanitised, spaces collapsed. */
function headingTitle(lexer: () => Lexer, text: string): string {
  // Most headings are plain words: skip the inline lexer unless a Markdown character is present.
  let plain = text;
  if (INLINE_MARKUP.test(text)) {
    try {
      plain = plainText(lexer().inlineTokens(text));
    } catch {
      // marked recurses once per emphasis level: `## ***…***` thousands deep runs out of stack.
    }
  }
  return sanitizeText(plain).replace(/\s+/g, ' ').trim();
}

function plainText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? plainText(token.tokens) : decodeEntities(token.text);
        break;
      case 'escape':
      case 'codespan':
        out += token.text;
        break;
      case 'image':
        out += token.text;
        break;
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      default:
        out += 'tokens' in token && token.tokens ? plainText(token.tokens) : token.raw;
    }
  }
  return out;
}

const INLINE_MARKUP = /[\\`*_~[\]<>&!]/;

/** Offset of the first line in [from, to) that is not blank (`to` if all are). */
function skipBlankLines(text: string, from: number, to: number): number {
  let lineStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lineStart = i + 1;
    else if (c !== 0x20 && c !== 0x09) return lineStart;
  }
  return to;
}

/** Maps ascending offsets to file lines, counting each newline once. */
function createLineCounter(text: string, firstLine: number): (offset: number) => number {
  let counted = 0;
  let line = firstLine;
  return (offset) => {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line += 1;
      counted = nl + 1;
    }
    return line;
  };
}
