/**
 * How the heading scan (./headings.ts) reads one line of a body: an ATX heading's depth and text, and
 * what else a line could start that would hide a heading or add one, by the rules marked's lexer uses.
 */
import { Lexer } from 'marked';

/** The rules marked's lexer uses with the default options (GFM). */
const RULES = Lexer.rules.block.gfm;

export const HASH = 0x23;
export const SPACE = 0x20;
const TAB = 0x09;

/** A line the scan cannot vouch for: marked lexes the stretch that holds it. */
export const LEX = 0;
/** A possible fence or HTML block start (at most three spaces in): it may run past later headings. */
const OPENER = 1;
/** A possible link definition (at most three spaces in): harmless unless it runs past the next heading. */
export const DEFINITION = 2;

/** Characters an ATX heading line must not hold: marked's `.` stops at them and the line is no heading. */
const LINE_BREAKS = /[\r\u2028\u2029]/;

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** The depth of the ATX heading on this column-0 `#` line, or 0 if marked would not take it for one. */
export function atxDepth(body: string, at: number, lineEnd: number): number {
  let end = at;
  while (end < lineEnd && body.charCodeAt(end) === HASH) end++;
  const depth = end - at;
  if (depth > 6) return 0;
  if (end < lineEnd && !isBlank(body.charCodeAt(end))) return 0;
  if (LINE_BREAKS.test(body.slice(at, lineEnd))) return 0;
  return depth;
}

/** The heading text marked's heading rule gives: trimmed, a closing run of `#` removed. */
export function atxText(body: string, from: number, lineEnd: number): string {
  let text = body.slice(from, lineEnd).trim();
  if (text.endsWith('#')) {
    let cut = text.length;
    while (cut > 0 && text.charCodeAt(cut - 1) === HASH) cut--;
    const trimmed = text.slice(0, cut);
    if (trimmed === '' || isBlank(trimmed.charCodeAt(trimmed.length - 1))) text = trimmed.trim();
  }
  return text;
}

/**
 * What the line, whose first non-blank character `c` is at `at`, could start that the scan must not
 * miss. Only a line at most three spaces in can start a top-level block: further in (or past a tab)
 * it is indented code, a paragraph's continuation or a list item's content.
 */
export function hazardOf(
  body: string,
  c: number,
  at: number,
  lineStart: number,
  lineEnd: number,
): number | undefined {
  if (at - lineStart > 3) return undefined;
  for (let i = lineStart; i < at; i++) if (body.charCodeAt(i) === TAB) return undefined;
  switch (c) {
    case HASH:
      // Indented, seven deep, or no space after the hashes: marked may or may not take it for a heading.
      return LEX;
    case 0x60: // `
    case 0x7e: // ~
      return body.charCodeAt(at + 1) === c && body.charCodeAt(at + 2) === c ? OPENER : undefined;
    case 0x3c: // <
      return OPENER;
    case 0x5b: // [
      return DEFINITION;
    case 0x3d: // =
    case 0x2d: // -
      return isUnderline(body, c, at, lineEnd) ? LEX : undefined;
    default:
      return undefined;
  }
}

/** Whether the line is one run of `c` and blanks after it: a setext underline (or a `---` rule). */
function isUnderline(body: string, c: number, at: number, lineEnd: number): boolean {
  let i = at;
  while (i < lineEnd && body.charCodeAt(i) === c) i++;
  while (i < lineEnd && isBlank(body.charCodeAt(i))) i++;
  return i === lineEnd;
}

/** Whether a link definition could start at `at`, past any quote and list markers. */
export function opensLinkDefinition(body: string, at: number, lineEnd: number): boolean {
  let i = at;
  while (i < lineEnd && CONTAINER_PREFIX.has(body.charCodeAt(i))) i++;
  return body.charCodeAt(i) === 0x5b;
}

const CONTAINER_PREFIX = new Set([...' \t>*+-.)0123456789'].map((c) => c.charCodeAt(0)));

/** ASCII characters no block, heading or container marker starts with (1 = such a character). */
export const PROSE_START = new Uint8Array(0x80);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"\'(,;!?$%&@/\\{}^') {
  PROSE_START[c.charCodeAt(0)] = 1;
}
/** List and quote markers: one of them, a space and prose start a line the scan can skip too. */
export const CONTAINER_MARK = new Uint8Array(0x80);
for (const c of '-*+>') CONTAINER_MARK[c.charCodeAt(0)] = 1;

/** Where a link definition starting on this line would end (the line's start if none would). */
export function definitionEnd(body: string, lineStart: number): number {
  const found = RULES.def.exec(body.slice(lineStart));
  return lineStart + (found?.[0].length ?? 0);
}

/** Where a fence, HTML block or link definition starting on this line would end, by marked's rules. */
export function blockEnd(body: string, lineStart: number, definition: boolean): number {
  if (definition) return definitionEnd(body, lineStart);
  const rest = body.slice(lineStart);
  const found = RULES.fences.exec(rest) ?? RULES.html.exec(rest);
  return lineStart + (found?.[0].length ?? 0);
}
