import stringWidth from 'string-width';
import {
  BIDI_CONTROL_CHARS,
  CONTROL_CHARS,
  oscStringEnd,
  sgrEnd,
  UNSAFE_CONTROL_CHARS,
} from '../domain/terminal-safety.js';

/**
 * One piece of a styled line: an SGR sequence, an OSC 8 hyperlink boundary (`url` empty closes the link), or
 * one grapheme of visible text with its width in columns.
 */
export type Piece =
  | { readonly kind: 'sgr'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly url: string }
  | { readonly kind: 'char'; readonly text: string; readonly width: number };

export const ESC = '\u001b';
const BEL = '\u0007';
export const RESET = `${ESC}[0m`;

/**
 * Stands for a blockquote bar between the renderers and the layout, which draws it as the theme's glyph.
 * A private-use character, removed from all input like a control character, so a `|` in the text (a table,
 * a shell pipe in code) is never mistaken for a quote bar.
 */
export const QUOTE_MARK = '\ue000';

/**
 * Marks a line of a code block between the renderers and the layout, which records the line whole when
 * it has to wrap it (`RenderedText.wide`). Private-use, and removed from all input like the quote mark.
 */
export const CODE_MARK = '\ue001';

// The sets come from domain/terminal-safety.ts. CONTROL: controls but tab and newline, the bidi
// embeddings, overrides and isolates, and the quote mark. The loader removes the bidi controls too, but
// marked decodes character references in text (`&#x202E;` becomes U+202E), so they are removed again here.
const CONTROL = new RegExp(`[${UNSAFE_CONTROL_CHARS}${BIDI_CONTROL_CHARS}${QUOTE_MARK}${CODE_MARK}]`, 'g');
// What tokenize drops from rendered text: the same, except the quote marks the renderers put there.
const STRAY = new RegExp(`[${UNSAFE_CONTROL_CHARS}]`, 'g');
const ANY_CONTROL = new RegExp(`[${CONTROL_CHARS}${BIDI_CONTROL_CHARS}${QUOTE_MARK}${CODE_MARK}]`, 'g');
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/** Removes control characters other than tab and newline, bidi controls and the quote and code marks; CRLF and lone CR become LF. */
export function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** True when `text` holds any C0/C1 control character, DEL, a bidi control or the quote mark. */
export function hasControl(text: string): boolean {
  ANY_CONTROL.lastIndex = 0;
  return ANY_CONTROL.test(text);
}

/** Removes every control character, tab and newline included, bidi controls and the quote mark. */
export function stripAllControl(text: string): string {
  return text.replace(ANY_CONTROL, '');
}

/** The OSC 8 sequence opening a hyperlink to `url`, BEL-terminated: ESC is only followed by `[` or `]8;`. */
export function linkOpen(url: string): string {
  return `${ESC}]8;;${url}${BEL}`;
}

/** The OSC 8 sequence that closes a hyperlink. */
export const LINK_CLOSE = `${ESC}]8;;${BEL}`;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const widthCache = new Map<string, number>();

function graphemeWidth(grapheme: string): number {
  let width = widthCache.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    if (widthCache.size > 4096) widthCache.clear();
    widthCache.set(grapheme, width);
  }
  return width;
}

function pushAscii(text: string, from: number, to: number, out: Piece[]): void {
  for (let i = from; i < to; i++) out.push({ kind: 'char', text: text.charAt(i), width: 1 });
}

/** Code units handed to the segmenter at once; see {@link pushGraphemes}. */
const SEGMENT_CHUNK = 1024;

/**
 * Pushes the graphemes of `text`, segmenting at most about {@link SEGMENT_CHUNK} code units at a time.
 * V8's `Intl.Segmenter` is quadratic in the length of the string it iterates
 * (https://issues.chromium.org/issues/326176949, fixed after Node 20's V8): 40,000 CJK characters took
 * 0.4 s, 80,000 took 99 s. Each chunk ends one grapheme early and the next starts where that grapheme
 * started, so a grapheme cut by the chunk boundary is segmented whole in the next chunk.
 */
function pushGraphemes(text: string, out: Piece[]): void {
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + SEGMENT_CHUNK);
    let last: string | undefined;
    let lastAt = from;
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
      if (last !== undefined) out.push({ kind: 'char', text: last, width: graphemeWidth(last) });
      last = segment;
      lastAt = from + index;
    }
    if (last === undefined) break;
    // The final chunk keeps its last grapheme; any other chunk hands it to the next one.
    if (to === text.length || lastAt === from) {
      out.push({ kind: 'char', text: last, width: graphemeWidth(last) });
      from = lastAt + last.length;
    } else {
      from = lastAt;
    }
  }
}

/**
 * Splits text into graphemes. The segmenter is slow next to everything else here, so only stretches of
 * non-ASCII go through it, each with the ASCII character before it (a combining mark, variation selector
 * or keycap joins that one); other printable ASCII characters are graphemes of width 1 on their own.
 */
function pushText(run: string, out: Piece[]): void {
  if (PRINTABLE_ASCII.test(run)) {
    pushAscii(run, 0, run.length, out);
    return;
  }
  const text = run.replace(/\t/g, ' ').replace(STRAY, '');
  let i = 0;
  while (i < text.length) {
    let start = i;
    while (start < text.length && text.charCodeAt(start) < 0x80) start++;
    if (start === text.length) {
      pushAscii(text, i, start, out);
      break;
    }
    const base = Math.max(i, start - 1);
    pushAscii(text, i, base, out);
    let end = start;
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
    pushGraphemes(text.slice(base, end), out);
    i = end;
  }
}

/**
 * Splits a styled line into pieces. Escape sequences other than SGR and OSC 8 are dropped (the renderer never
 * emits them, and text reaching it has had its control characters stripped), as are stray control characters.
 */
export function tokenize(line: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < line.length) {
    const esc = line.indexOf(ESC, i);
    if (esc === -1) {
      pushText(line.slice(i), out);
      break;
    }
    if (esc > i) pushText(line.slice(i, esc), out);
    const sgr = sgrEnd(line, esc);
    if (sgr !== -1) {
      out.push({ kind: 'sgr', text: line.slice(esc, sgr) });
      i = sgr;
      continue;
    }
    if (line.startsWith(`${ESC}]8;`, esc)) {
      const osc = oscStringEnd(line, esc + 4);
      if (osc.terminated) {
        const body = line.slice(esc + 4, osc.bodyEnd);
        const url = body.slice(body.indexOf(';') + 1);
        out.push({ kind: 'link', text: url === '' ? LINK_CLOSE : linkOpen(url), url });
        i = osc.end;
        continue;
      }
    }
    i = esc + 1;
  }
  return out;
}

/** The visible text of a styled line. */
export function plainOf(pieces: readonly Piece[]): string {
  let text = '';
  for (const piece of pieces) if (piece.kind === 'char') text += piece.text;
  return text;
}

/** Removes all escape sequences from a styled string. */
export function stripStyles(line: string): string {
  return line.includes(ESC) ? plainOf(tokenize(line)) : line;
}
