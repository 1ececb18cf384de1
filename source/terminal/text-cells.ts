/**
 * Measuring sanitised frame text (printable text, SGR and OSC 8 only) in terminal columns, and
 * splitting it into cells, fast: string-width segments every string into graphemes, which costs
 * tens of microseconds a line once there is any CJK or styling, and a page down re-measures every
 * row. Printable ASCII is one column a character; only the runs of other characters go to
 * string-width, each once (they repeat: the same CJK words, the same emoji), through a cache.
 */
import stringWidth from 'string-width';
import { csiEnd, ESC, oscStringEnd } from '../domain/terminal-safety.js';
import { applySgr, DEFAULT_SGR, sgrSequence } from '../render/sgr.js';

/** One grapheme on screen and the attributes it is drawn with. */
export interface Cell {
  /** Index range of the grapheme in the line's text. */
  readonly start: number;
  readonly end: number;
  readonly column: number;
  readonly width: number;
  /** The cell's attributes, as the one SGR sequence that sets them ('' for the defaults). */
  readonly style: string;
  readonly grapheme: string;
}

interface Grapheme {
  readonly text: string;
  readonly width: number;
}

const CACHE_LIMIT = 4096;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const runCache = new Map<string, readonly Grapheme[]>();

/** Width in columns of sanitised `text`, as string-width counts it. */
export function textWidth(text: string): number {
  let width = 0;
  forEachPiece(text, {
    escape() {},
    ascii(start, end) {
      width += end - start;
    },
    graphemes(list, mergesPrevious) {
      for (const grapheme of list) width += grapheme.width;
      // The first grapheme holds the ASCII character before the run, already counted.
      if (mergesPrevious) width -= 1;
    },
  });
  return width;
}

/** Splits sanitised `text` (printable text and SGR only) into cells, with their columns and attributes. */
export function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let state = DEFAULT_SGR;
  let style = '';
  let column = 0;
  forEachPiece(text, {
    escape(sequence) {
      if (sequence.startsWith('\u001B[')) {
        state = applySgr(state, sequence.slice(2, -1));
        style = sgrSequence(state);
      }
    },
    ascii(start, end) {
      for (let i = start; i < end; i++) {
        cells.push({ start: i, end: i + 1, column, width: 1, style, grapheme: text[i] ?? '' });
        column += 1;
      }
    },
    graphemes(list, mergesPrevious, start) {
      let index = start;
      for (const [n, grapheme] of list.entries()) {
        if (n === 0 && mergesPrevious) {
          const previous = cells.pop();
          if (previous !== undefined) {
            column = previous.column;
            index = previous.start;
          }
        }
        cells.push({
          start: index,
          end: index + grapheme.text.length,
          column,
          width: grapheme.width,
          style,
          grapheme: grapheme.text,
        });
        index += grapheme.text.length;
        column += grapheme.width;
      }
    },
  });
  return cells;
}

interface PieceVisitor {
  escape(sequence: string): void;
  /** Printable ASCII from `start` to `end`. */
  ascii(start: number, end: number): void;
  /**
   * The graphemes of a run of other characters starting at `start`. When `mergesPrevious`, the
   * first grapheme begins with the ASCII character just before the run (a combining accent or
   * a keycap joins it), which was already reported as ASCII.
   */
  graphemes(list: readonly Grapheme[], mergesPrevious: boolean, start: number): void;
}

function forEachPiece(text: string, visit: PieceVisitor): void {
  let i = 0;
  let previousAscii = -1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === ESC) {
      const end = escapeEnd(text, i);
      visit.escape(text.slice(i, end));
      previousAscii = -1;
      i = end;
    } else if (code < 0x7f) {
      let end = i + 1;
      while (end < text.length && isPrintableAscii(text.charCodeAt(end))) end++;
      visit.ascii(i, end);
      previousAscii = end - 1;
      i = end;
    } else {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) >= 0x7f) end++;
      const run = text.slice(i, end);
      if (previousAscii === i - 1 && previousAscii >= 0) {
        const withPrevious = graphemesOf(text.slice(previousAscii, end));
        const first = withPrevious[0];
        if (first !== undefined && first.text.length > 1) visit.graphemes(withPrevious, true, i);
        else visit.graphemes(withPrevious.slice(1), false, i);
      } else {
        visit.graphemes(graphemesOf(run), false, i);
      }
      previousAscii = -1;
      i = end;
    }
  }
}

function isPrintableAscii(code: number): boolean {
  return code >= 0x20 && code < 0x7f;
}

function graphemesOf(run: string): readonly Grapheme[] {
  const cached = runCache.get(run);
  if (cached !== undefined) return cached;
  const list: Grapheme[] = [];
  for (const { segment } of segmenter.segment(run)) list.push({ text: segment, width: stringWidth(segment) });
  if (runCache.size >= CACHE_LIMIT) runCache.clear();
  runCache.set(run, list);
  return list;
}

/** The index just past the SGR or OSC 8 sequence at `start` in sanitised text. */
function escapeEnd(text: string, start: number): number {
  return text[start + 1] === ']' ? oscStringEnd(text, start + 2).end : csiEnd(text, start + 2);
}
