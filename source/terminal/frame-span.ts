/**
 * The part of a row that must be rewritten when one line replaces another on screen.
 *
 * A status line whose counter ticks, or a list row whose marker moves, differs from the last
 * frame in a few cells: writing only those (after the cells that match at both ends) costs a
 * few bytes where the whole line costs a hundred.
 */
import type { FrameLine } from './frame-line.js';
import { type Cell, cellsOf } from './text-cells.js';

/** What to write on a row, from which column. */
export interface LineSpan {
  /** Column (0-based) where writing starts. */
  readonly column: number;
  /** What to write there: the attributes in force at `column`, then the changed text. */
  readonly text: string;
  /** Whether attributes must be reset after `text`. */
  readonly styled: boolean;
  /** Whether the rest of the row must be erased after `text` (the old line was wider). */
  readonly erase: boolean;
  /** Column the cursor is left at after `text`. */
  readonly end: number;
}

/** Below this many matching characters at the ends, looking closer cannot pay for itself. */
const MIN_SHARED = 4;

/** The whole of `next`, from the row's first column. */
export function wholeLine(old: FrameLine, next: FrameLine): LineSpan {
  return {
    column: 0,
    text: next.text,
    styled: next.styled,
    erase: old.width > next.width,
    end: next.width,
  };
}

/**
 * The smallest span that turns `old` into `next` on screen: cells equal (same grapheme, same
 * attributes, same column) at the start and, when the widths match, at the end are skipped.
 * Falls back to {@link wholeLine} when nothing can be skipped or a line holds hyperlinks.
 */
export function changedSpan(old: FrameLine, next: FrameLine): LineSpan {
  if (old.linked || next.linked || old.text === '' || next.text === '') return wholeLine(old, next);
  const shared = Math.min(
    sharedPrefix(old.text, next.text) + sharedSuffix(old.text, next.text),
    old.text.length,
    next.text.length,
  );
  // Splitting lines into cells costs more than writing a few characters: only worth it when a
  // good part of the line may be skipped (a counter that ticks, a marker that moves).
  if (shared < Math.max(MIN_SHARED, next.text.length / 4)) return wholeLine(old, next);
  if (!old.styled && !next.styled && isAscii(old.text) && isAscii(next.text)) return plainSpan(old, next);
  const before = cellsOfLine(old);
  const after = cellsOfLine(next);
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && sameCell(before[head], after[head])) head++;
  let tail = 0;
  if (old.width === next.width) {
    while (
      head + tail < shortest &&
      sameCell(before[before.length - 1 - tail], after[after.length - 1 - tail])
    ) {
      tail++;
    }
  }
  if (head === 0 && tail === 0) return wholeLine(old, next);

  const first = after[head];
  const last = after[after.length - 1 - tail];
  if (first === undefined || last === undefined || head > after.length - 1 - tail) {
    // Every cell of `next` is already on screen: at most the old line's extra cells remain.
    return { column: next.width, text: '', styled: false, erase: old.width > next.width, end: next.width };
  }
  const stop = tail === 0 ? next.text.length : last.end;
  const text = first.style + next.text.slice(first.start, stop);
  const following = after[after.length - tail];
  return {
    column: first.column,
    text,
    styled: text.includes('\u001B'),
    erase: tail === 0 && old.width > next.width,
    end: following === undefined ? next.width : following.column,
  };
}

/** Cells of each line still on screen or about to be: a line is compared as new, then as old. */
const cellCache = new WeakMap<FrameLine, readonly Cell[]>();

function cellsOfLine(line: FrameLine): readonly Cell[] {
  let cells = cellCache.get(line);
  if (cells === undefined) {
    cells = cellsOf(line.text);
    cellCache.set(line, cells);
  }
  return cells;
}

/** {@link changedSpan} for unstyled ASCII, where a character is a cell. */
function plainSpan(old: FrameLine, next: FrameLine): LineSpan {
  const shortest = Math.min(old.text.length, next.text.length);
  const head = sharedPrefix(old.text, next.text);
  const tail = old.width === next.width ? Math.min(sharedSuffix(old.text, next.text), shortest - head) : 0;
  if (head === 0 && tail === 0) return wholeLine(old, next);
  const stop = next.text.length - tail;
  return {
    column: head,
    text: next.text.slice(head, stop),
    styled: false,
    erase: tail === 0 && old.width > next.width,
    end: stop,
  };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.grapheme === b.grapheme &&
    a.style === b.style &&
    a.column === b.column
  );
}

function sharedPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function sharedSuffix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
