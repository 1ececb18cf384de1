import type { HighlightRange } from './highlight.js';
import { highlightLine } from './highlight.js';
import type { RenderedText } from './markdown.js';
import type { Theme } from './theme.js';

/** A stretch of one rendered line, as the state places marks: 0-based line, UTF-16 column, length. */
export interface LineSpot {
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

/** What to mark in the reader's lines. */
export interface ReaderMarks {
  /** The confirmed search query: every match in view is marked. Empty for none. */
  readonly query: string;
  readonly findMatches: (text: string, query: string) => readonly { offset: number; length: number }[];
  /** The current hit or the followed mention, drawn strongest. */
  readonly mark: LineSpot | undefined;
  readonly markKind: 'hit' | 'name';
  /** Followable names in view; the highlighted one is `current`. */
  readonly links: readonly { readonly spot: LineSpot; readonly current: boolean }[];
  /** Sentences changed since the last reading, drawn under every other mark. */
  readonly changes?: readonly LineSpot[];
}

/**
 * The styled lines `start` to `end` of a rendered text with search hits and names marked. Only the
 * lines in view are touched, so the cost per key does not grow with the document.
 */
export function readerLines(
  text: RenderedText,
  start: number,
  end: number,
  marks: ReaderMarks,
  theme: Theme,
): string[] {
  const out: string[] = [];
  for (let line = start; line < end; line++) {
    const styled = text.lines[line] ?? '';
    const plain = text.plain[line] ?? '';
    const ranges: HighlightRange[] = [];
    for (const spot of marks.changes ?? []) {
      if (spot.line === line) ranges.push({ start: spot.column, length: spot.length, style: 'change' });
    }
    for (const { spot, current } of marks.links) {
      if (spot.line === line)
        ranges.push({ start: spot.column, length: spot.length, style: current ? 'current-name' : 'name' });
    }
    if (marks.query !== '') {
      for (const match of marks.findMatches(plain, marks.query)) {
        ranges.push({ start: match.offset, length: match.length, style: 'hit' });
      }
    }
    const mark = marks.mark;
    if (mark !== undefined && mark.line === line) {
      ranges.push({
        start: mark.column,
        length: mark.length,
        style: marks.markKind === 'hit' ? 'current-hit' : 'current-name',
      });
    }
    out.push(highlightLine(styled, ranges, theme));
  }
  return out;
}
