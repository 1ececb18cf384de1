/**
 * Reading a plain-text article. Two layouts are read alike: paragraphs separated by blank lines
 * (hard-wrapped or not), and one paragraph per line with no blank lines (the seed's layout). A
 * heading is a short line without closing punctuation that stands between paragraphs; the first such
 * line at the very top is the title. Text with no heading lines ("wire" style) is one section: the
 * article gives no names for parts of it, and inventing some would put words in its mouth.
 */

import type { ArticleDoc, ArticleSection } from './types.js';

/** Longest heading, in words and characters: headlines run to a dozen words, sentences past that. */
const HEADING_MAX_WORDS = 14;
const HEADING_MAX_CHARS = 110;
/** A line ending like this closes a sentence (or a clause), so it is text, not a heading. */
const CLOSING = /[.!;:,…"”’'»)\]–—-]$/u;
/** Function words that may stay lower case in a title-case heading. */
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over per than the to up upon via vs with without'.split(
    ' ',
  ),
);
/** Lines that are never headings: bylines, datelines-only, list bullets, rules. */
const NOT_HEADING = /^(?:by\s|[-*•+]\s|\d+[.)]\s|[=_*-]{3,}$)/i;

interface Block {
  /** The block's lines, trimmed. */
  readonly lines: readonly string[];
}

/** Whether a line reads as a heading on its own: short, unpunctuated at the end, starting upper case. */
export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > HEADING_MAX_CHARS || NOT_HEADING.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > HEADING_MAX_WORDS) return false;
  if (text.endsWith('?')) return titleCaseShare(words) >= 0.6;
  return !CLOSING.test(text);
}

/** The share of a line's words, function words aside, that start with a capital or a digit. */
function titleCaseShare(words: readonly string[]): number {
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  return content.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length / content.length;
}

function toBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasBlankSeparators = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks: Block[] = [];
  if (!hasBlankSeparators) {
    for (const line of lines) if (line.trim() !== '') blocks.push({ lines: [line.trim()] });
    return blocks;
  }
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
    } else current.push(line.trim());
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

/**
 * A block's paragraphs, and whether its first line is a heading set directly above its text. Lines
 * that each end a sentence are paragraphs of their own; other lines are a hard-wrapped paragraph.
 */
function splitBlock(block: Block): { heading?: string; paragraphs: string[] } {
  const { lines } = block;
  if (lines.length === 1) {
    const [only = ''] = lines;
    return isHeadingLike(only) ? { heading: only, paragraphs: [] } : { paragraphs: [only] };
  }
  const [first = '', ...rest] = lines;
  const longest = Math.max(...rest.map((line) => line.length));
  // A wrapped paragraph's first line is as long as the others; a heading above text is shorter.
  if (isHeadingLike(first) && first.length < 0.7 * longest) {
    return { heading: first, paragraphs: paragraphsOf(rest) };
  }
  return { paragraphs: paragraphsOf(lines) };
}

function paragraphsOf(lines: readonly string[]): string[] {
  if (lines.every((line) => /[.!?…"”’)]$/u.test(line))) return [...lines];
  return [lines.join(' ')];
}

/** Characters that would make Markdown of plain text, escaped so the reader shows the text as written. */
const INLINE_SPECIALS = /[\\`*_<[\]]/g;
const BLOCK_START = /^(?:#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|[=-]+$|\||```|~~~|\s{4})/;

/** Plain text as Markdown that renders to the same characters. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SPECIALS, (c) => `\\${c}`);
  return BLOCK_START.test(inline) ? `\\${inline}` : inline;
}

function section(title: string, paragraphs: readonly string[]): ArticleSection {
  return {
    title,
    markdown: paragraphs.map(escapeMarkdown).join('\n\n'),
    text: paragraphs.join('\n\n'),
    code: [],
  };
}

/** Reads a plain-text article into its title and sections (see the module comment for the rules). */
export function readPlainText(text: string): ArticleDoc {
  const blocks = toBlocks(text).map(splitBlock);
  let title: string | undefined;
  // The title: a heading line at the very top, followed by text (a heading with no text is the title too).
  const [top] = blocks;
  if (top?.heading !== undefined) {
    title = top.heading;
    blocks[0] = { paragraphs: top.paragraphs };
  }
  const sections: ArticleSection[] = [];
  let heading = '';
  let paragraphs: string[] = [];
  let headings = 0;
  const flush = () => {
    if (heading !== '' || paragraphs.length > 0) sections.push(section(heading, paragraphs));
  };
  for (const [i, block] of blocks.entries()) {
    // A heading line is one only between paragraphs: a short last line is text (a sign-off, a credit).
    const isLast = i === blocks.length - 1;
    if (block.heading !== undefined && !(isLast && block.paragraphs.length === 0)) {
      flush();
      heading = block.heading;
      headings += 1;
      paragraphs = [...block.paragraphs];
    } else {
      if (block.heading !== undefined) paragraphs.push(block.heading);
      paragraphs.push(...block.paragraphs);
    }
  }
  flush();
  return { shape: headings > 0 ? 'headed' : 'wire', title, sections };
}
