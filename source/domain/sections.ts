/**
 * Cutting a briefing's body into sections at its headings: the `##` headings (and `#` ones in a file
 * without front matter) that marked's block lexer finds at the top level, so a `##` inside fenced
 * code is code and `Title` over `---` is a heading. `headings.ts` finds them with a line scan that
 * lexes only where it must; `splitSectionsByLexer` lexes the whole body, the reference the scan is
 * tested against. Lines are counted once, front to back.
 */

import { getDefaults, Lexer, type Token } from 'marked';
import { type BodyHeading, lexHeadings, scanHeadings } from './headings.js';
import { sanitizeText } from './sanitize.js';
import { createIdAllocator, slugify } from './slug.js';
import type { Section } from './types.js';

/** The body's sections, and the text of its first `#` heading (a fallback for the title). */
export interface BodyOutline {
  readonly sections: readonly Section[];
  readonly firstH1: string | undefined;
}

export interface SplitOptions {
  /** File line of the body's first line (after the front matter). */
  readonly firstLine: number;
  /** Whether `#` headings start sections too (a file with no front matter, e.g. a README). */
  readonly h1StartsSection: boolean;
}

interface Cut {
  readonly start: number;
  readonly bodyStart: number;
  readonly depth: number;
  readonly title: string;
}

/**
 * Splits `body` (LF line ends) into sections: `##` headings (and `#` when `h1StartsSection`)
 * start one; deeper headings stay inside. Text before the first heading becomes the `lead`
 * section if it has any content. Titles and markdown are sanitised.
 */
export function splitSections(body: string, options: SplitOptions): BodyOutline {
  const scan = scanHeadings(body);
  // A title like `[Name]` reads the body's link definitions, which only a lexer of the whole body collects.
  if (scan.mayDefineLinks && scan.headings.some((h) => h.depth <= 2 && h.text.includes('['))) {
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

function outline(
  body: string,
  headings: readonly BodyHeading[],
  titleLexer: () => Lexer,
  options: SplitOptions,
): BodyOutline {
  const cuts: Cut[] = [];
  let firstH1: string | undefined;
  for (const heading of headings) {
    const isSection = heading.depth === 2 || (heading.depth === 1 && options.h1StartsSection);
    if (isSection || (heading.depth === 1 && firstH1 === undefined)) {
      const title = headingTitle(titleLexer, heading.text);
      if (heading.depth === 1 && firstH1 === undefined && title !== '') firstH1 = title;
      if (isSection) cuts.push({ start: heading.start, bodyStart: heading.end, depth: heading.depth, title });
    }
  }
  return { sections: buildSections(body, cuts, options.firstLine), firstH1 };
}

function buildSections(body: string, cuts: readonly Cut[], firstLine: number): Section[] {
  const lineAt = createLineCounter(body, firstLine);
  const allocate = createIdAllocator();
  const sections: Section[] = [];
  const leadEnd = cuts[0]?.start ?? body.length;
  const leadStart = skipBlankLines(body, 0, leadEnd);
  const lead = sanitizeText(body.slice(leadStart, leadEnd).trimEnd());
  if (lead.trim() !== '') {
    sections.push({ id: allocate('lead'), title: 'Lead', depth: 0, markdown: lead, line: lineAt(leadStart) });
  }
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.start ?? body.length;
    const from = skipBlankLines(body, cut.bodyStart, end);
    sections.push({
      id: allocate(slugify(cut.title)),
      title: cut.title,
      depth: cut.depth,
      markdown: sanitizeText(body.slice(from, end).trimEnd()),
      line: lineAt(cut.start),
    });
  });
  return sections;
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

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (match, dec, hex, name) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  });
}

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
