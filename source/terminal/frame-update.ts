/**
 * The bytes that turn one screen into the next, as pure functions of what the screen shows, the
 * new frame's lines, the size and where the cursor is: the frame writer (./frame-writer.ts) keeps
 * that state and sends what these return.
 *
 * Every write is placed with an absolute cursor move (or a carriage return), and nothing is
 * written after a row's last cell, so the screen never scrolls and `\n` is never sent (an SSH
 * channel has no pty to turn it into `\r\n`).
 */
import { BLANK_LINE, CLOSE_LINK, type FrameLine, fitLine } from './frame-line.js';
import { applyScroll, BLANK_ID, planScrolls, type ScrollMove } from './frame-scroll.js';
import { changedSpan, type LineSpan, wholeLine } from './frame-span.js';

const CSI = '\u001B[';
const RESET_ATTRIBUTES = `${CSI}0m`;
const RESET_MARGINS = `${CSI}r`;
const ERASE_SCREEN = `${CSI}2J`;
const ERASE_LINE_RIGHT = `${CSI}K`;

/** A terminal size in character cells. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** A cell on the screen, 0-based. */
export interface CursorPosition {
  readonly row: number;
  readonly column: number;
}

/** What an update writes, and where it leaves the cursor (undefined: not known). */
export interface Update {
  /** '' when the screen already shows the frame and the cursor is where it belongs. */
  readonly bytes: string;
  readonly cursor: CursorPosition | undefined;
}

/** Moves the cursor to `row`, `column` (0-based) in the fewest bytes. */
export function cursorTo(row: number, column: number): string {
  if (column === 0) return row === 0 ? `${CSI}H` : `${CSI}${row + 1}H`;
  return `${CSI}${row + 1};${column + 1}H`;
}

/** Scrolls the rows of `move` by its amount, inside a scroll region unless it is the whole screen. */
export function moveBytes(move: ScrollMove, rows: number): string {
  const amount = Math.abs(move.amount);
  const scroll = `${CSI}${amount === 1 ? '' : amount}${move.amount > 0 ? 'S' : 'T'}`;
  if (move.top === 0 && move.bottom === rows - 1) return scroll;
  // DECSTBM homes the cursor, and so does resetting it: every write after this places itself.
  return `${CSI}${move.top + 1};${move.bottom + 1}r${scroll}${RESET_MARGINS}`;
}

function spanBytes(row: number, span: LineSpan): string {
  let bytes = cursorTo(row, span.column) + span.text;
  if (span.styled) bytes += RESET_ATTRIBUTES;
  if (span.erase) bytes += ERASE_LINE_RIGHT;
  return bytes;
}

/**
 * Turns row `row` from `old` into `next`: the changed cells or the whole line, whichever is shorter.
 * The cursor is left after the span; at the last column it waits to wrap, so a carriage return still
 * takes it to the start of this row, but nothing else is certain.
 */
export function rowUpdate(row: number, old: FrameLine, next: FrameLine): Update {
  const part = changedSpan(old, next);
  // Cells already right (the lines differ only in escapes that change nothing): nothing to do.
  if (part.text === '' && !part.erase) return { bytes: '', cursor: undefined };
  const partBytes = spanBytes(row, part);
  const whole = wholeLine(old, next);
  const wholeBytes = spanBytes(row, whole);
  const [span, bytes] = partBytes.length < wholeBytes.length ? [part, partBytes] : [whole, wholeBytes];
  return { bytes: next.linked ? bytes + CLOSE_LINK : bytes, cursor: { row, column: span.end } };
}

/** The scroll moves that bring `current`'s rows to where `next` has them, when they pay for themselves. */
export function scrollMoves(
  current: readonly FrameLine[],
  next: readonly FrameLine[],
  rows: number,
): ScrollMove[] {
  const ids = new Map<string, number>([['', BLANK_ID]]);
  const idOf = (line: FrameLine): number => {
    let id = ids.get(line.text);
    if (id === undefined) {
      id = ids.size;
      ids.set(line.text, id);
    }
    return id;
  };
  const screenIds = current.map(idOf);
  const nextIds = next.map(idOf);
  // Worth of a row: its whole-line write (a cursor move, the text, a reset, an erase).
  const cost = next.map((line) => (line.text === '' ? 6 : line.text.length + (line.styled ? 10 : 6)));
  return planScrolls(screenIds, nextIds, cost, (move) => moveBytes(move, rows).length);
}

/**
 * The bytes that make a screen showing `screen` (undefined: unknown, so paint everything) show
 * `next`, with the cursor at `cursor` before and at the bottom-left corner after.
 */
export function planUpdate(
  screen: readonly FrameLine[] | undefined,
  next: readonly FrameLine[],
  rows: number,
  cursor: CursorPosition | undefined,
): Update {
  let bytes = '';
  let current: readonly FrameLine[];
  let at = cursor;
  if (screen === undefined) {
    // Margins and attributes are reset in case something before us left them set.
    bytes = RESET_ATTRIBUTES + RESET_MARGINS + ERASE_SCREEN;
    current = new Array<FrameLine>(rows).fill(BLANK_LINE);
    at = { row: 0, column: 0 };
  } else {
    current = screen;
    // One changed row cannot be helped by moving others.
    const changed = next.filter((line, row) => line.text !== current[row]?.text).length;
    for (const move of changed > 1 ? scrollMoves(current, next, rows) : []) {
      bytes += moveBytes(move, rows);
      current = applyScroll(current, move, BLANK_LINE);
      at = undefined;
    }
  }
  for (let row = 0; row < rows; row++) {
    const old = current[row] ?? BLANK_LINE;
    const line = next[row] ?? BLANK_LINE;
    if (old.text === line.text) continue;
    const update = rowUpdate(row, old, line);
    if (update.bytes === '') continue;
    bytes += update.bytes;
    at = update.cursor;
  }
  // The (hidden) cursor rests in the bottom-left corner.
  const target = { row: rows - 1, column: 0 };
  if (bytes === '' && sameCursor(at, target)) return { bytes: '', cursor: at };
  if (!sameCursor(at, target)) {
    bytes += at?.row === target.row ? '\r' : cursorTo(target.row, target.column);
    at = target;
  }
  return { bytes, cursor: at };
}

/**
 * Fits frame lines to the screen width, reusing the last frame's fitted lines by their raw text:
 * most lines repeat from one frame to the next.
 */
export class LineFitter {
  #fitted = new Map<string, FrameLine>();

  /** Fits `lines` to `columns`; keeps them for the next call. */
  fit(lines: readonly string[], columns: number): FrameLine[] {
    const cache = new Map<string, FrameLine>();
    const result = lines.map((raw) => {
      const line = cache.get(raw) ?? this.#fitted.get(raw) ?? fitLine(raw, columns);
      cache.set(raw, line);
      return line;
    });
    this.#fitted = cache;
    return result;
  }

  /** Forgets the kept lines (the width changed). */
  clear(): void {
    this.#fitted = new Map();
  }
}

function sameCursor(a: CursorPosition | undefined, b: CursorPosition): boolean {
  return a !== undefined && a.row === b.row && a.column === b.column;
}
