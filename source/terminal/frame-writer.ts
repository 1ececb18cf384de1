/**
 * The frame writer: takes each whole frame the app renders and writes to the terminal only what
 * changed since the last one, the way less and ncurses do. Unchanged rows are skipped, rows that
 * shifted (the reader scrolled) are moved by the terminal with a scroll region, changed rows are
 * rewritten from the first to the last changed cell, and every update is one synchronized-output
 * block, so the terminal never shows half of it.
 *
 * It keeps a model of what the screen shows and trusts it: anything else that writes to the same
 * terminal must be followed by {@link FrameWriter.invalidate}.
 *
 * Every write is placed with an absolute cursor move (or a carriage return), and nothing is
 * written after a row's last cell, so the screen never scrolls and `\n` is never sent (an SSH
 * channel has no pty to turn it into `\r\n`).
 */
import { BLANK_LINE, type FrameLine, fitLine, splitFrame } from './frame-line.js';
import { applyScroll, BLANK_ID, planScrolls, type ScrollMove } from './frame-scroll.js';
import { changedSpan, type LineSpan, wholeLine } from './frame-span.js';

const CSI = '\u001B[';
const BEGIN_SYNC = `${CSI}?2026h`;
const END_SYNC = `${CSI}?2026l`;
const RESET_ATTRIBUTES = `${CSI}0m`;
const RESET_MARGINS = `${CSI}r`;
const ERASE_SCREEN = `${CSI}2J`;
const ERASE_LINE_RIGHT = `${CSI}K`;
/** Closes an OSC 8 hyperlink, so one never spills onto the next write. */
const CLOSE_LINK = '\u001B]8;;\u001B\\';

/** Something the terminal's bytes can be written to: a tty stream or an SSH channel. */
export interface FrameOutput {
  write(chunk: string): unknown;
}

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

/** Options for {@link createFrameWriter}. */
export interface FrameWriterOptions {
  /**
   * Wrap each update in synchronized output (`CSI ?2026h` … `CSI ?2026l`). Default true;
   * terminals without it ignore the two sequences.
   */
  readonly synchronized?: boolean;
}

/** Writes frames to one terminal, sending only what changed. */
export interface FrameWriter {
  /**
   * Shows `frame` (lines joined by `\n`; a trailing `\n` is allowed) as the whole screen: cut or
   * padded to the screen's rows, each line cut at its columns. Writes nothing when the screen
   * would not change.
   */
  write(frame: string): void;
  /** Takes a new terminal size; the next frame is painted in full. */
  resize(columns: number, rows: number): void;
  /** Forgets what the screen shows (something else wrote to it): the next frame is painted in full. */
  invalidate(): void;
  /** Paints the last frame again in full, now (after a resize, or to repair the screen). */
  redraw(): void;
  /**
   * Where to leave the (hidden) cursor after each update, for screen readers that follow it;
   * `undefined` for the bottom-left corner. Takes effect with the next update.
   */
  setCursor(position: CursorPosition | undefined): void;
  /** Bytes (UTF-8) written so far. */
  readonly bytesWritten: number;
  /** The current size. */
  readonly columns: number;
  readonly rows: number;
}

/**
 * Creates a frame writer for the terminal behind `out`, of `size` cells. The first frame clears
 * the screen and paints every row.
 */
export function createFrameWriter(
  out: FrameOutput,
  size: TerminalSize,
  options: FrameWriterOptions = {},
): FrameWriter {
  const synchronized = options.synchronized ?? true;
  let columns = atLeastOne(size.columns);
  let rows = atLeastOne(size.rows);
  /** What each row shows, or undefined when the screen is unknown. */
  let screen: FrameLine[] | undefined;
  let lastFrame: string | undefined;
  /** Fitted lines of the last frame by raw text: most lines repeat from one frame to the next. */
  let fitted = new Map<string, FrameLine>();
  let wantedCursor: CursorPosition | undefined;
  /** Where the cursor is after the last update, if known. */
  let cursor: CursorPosition | undefined;
  let bytesWritten = 0;

  const fitAll = (lines: readonly string[]): FrameLine[] => {
    const cache = new Map<string, FrameLine>();
    const result = lines.map((raw) => {
      const line = cache.get(raw) ?? fitted.get(raw) ?? fitLine(raw, columns);
      cache.set(raw, line);
      return line;
    });
    fitted = cache;
    return result;
  };

  const cursorTo = (row: number, column: number): string => {
    if (column === 0) return row === 0 ? `${CSI}H` : `${CSI}${row + 1}H`;
    return `${CSI}${row + 1};${column + 1}H`;
  };

  const moveBytes = (move: ScrollMove): string => {
    const amount = Math.abs(move.amount);
    const scroll = `${CSI}${amount === 1 ? '' : amount}${move.amount > 0 ? 'S' : 'T'}`;
    if (move.top === 0 && move.bottom === rows - 1) return scroll;
    // DECSTBM homes the cursor, and so does resetting it: every write after this places itself.
    return `${CSI}${move.top + 1};${move.bottom + 1}r${scroll}${RESET_MARGINS}`;
  };

  const spanBytes = (row: number, span: LineSpan): string => {
    let bytes = cursorTo(row, span.column) + span.text;
    if (span.styled) bytes += RESET_ATTRIBUTES;
    if (span.erase) bytes += ERASE_LINE_RIGHT;
    return bytes;
  };

  const rowBytes = (row: number, old: FrameLine, next: FrameLine): string => {
    const part = changedSpan(old, next);
    // Cells already right (the lines differ only in escapes that change nothing): nothing to do.
    if (part.text === '' && !part.erase) return '';
    const whole = wholeLine(old, next);
    const partBytes = spanBytes(row, part);
    const wholeBytes = spanBytes(row, whole);
    const [span, bytes] = partBytes.length < wholeBytes.length ? [part, partBytes] : [whole, wholeBytes];
    // After the last column (`end` equal to `columns`) the cursor waits to wrap: a carriage
    // return still takes it to the start of this row, but nothing else is certain.
    cursor = { row, column: span.end };
    return next.linked ? bytes + CLOSE_LINK : bytes;
  };

  const update = (frame: string, full: boolean): void => {
    const next = fitAll(splitFrame(frame, rows));
    let bytes = '';
    let current: FrameLine[];
    if (full || screen === undefined) {
      // Margins and attributes are reset in case something before us left them set.
      bytes = RESET_ATTRIBUTES + RESET_MARGINS + ERASE_SCREEN;
      current = new Array<FrameLine>(rows).fill(BLANK_LINE);
      cursor = { row: 0, column: 0 };
    } else {
      current = screen;
      // One changed row cannot be helped by moving others.
      const changed = next.filter((line, row) => line.text !== current[row]?.text).length;
      for (const move of changed > 1 ? scrollMoves(current, next) : []) {
        bytes += moveBytes(move);
        current = applyScroll(current, move, BLANK_LINE);
        cursor = undefined;
      }
    }
    for (let row = 0; row < rows; row++) {
      const old = current[row] ?? BLANK_LINE;
      const line = next[row] ?? BLANK_LINE;
      if (old.text !== line.text) bytes += rowBytes(row, old, line);
    }
    screen = next;
    lastFrame = frame;
    if (bytes === '' && sameCursor(cursor, wanted())) return;
    const target = wanted();
    if (!sameCursor(cursor, target)) {
      bytes += cursor?.row === target.row && target.column === 0 ? '\r' : cursorTo(target.row, target.column);
      cursor = target;
    }
    emit(synchronized ? BEGIN_SYNC + bytes + END_SYNC : bytes);
  };

  const wanted = (): CursorPosition => {
    if (wantedCursor === undefined) return { row: rows - 1, column: 0 };
    return {
      row: clamp(wantedCursor.row, 0, rows - 1),
      column: clamp(wantedCursor.column, 0, columns - 1),
    };
  };

  const scrollMoves = (current: readonly FrameLine[], next: readonly FrameLine[]): ScrollMove[] => {
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
    return planScrolls(screenIds, nextIds, cost, (move) => moveBytes(move).length);
  };

  const emit = (bytes: string): void => {
    bytesWritten += Buffer.byteLength(bytes, 'utf8');
    out.write(bytes);
  };

  return {
    write(frame) {
      update(frame, false);
    },
    resize(newColumns, newRows) {
      columns = atLeastOne(newColumns);
      rows = atLeastOne(newRows);
      fitted = new Map();
      screen = undefined;
      cursor = undefined;
    },
    invalidate() {
      screen = undefined;
      cursor = undefined;
    },
    redraw() {
      if (lastFrame !== undefined) update(lastFrame, true);
    },
    setCursor(position) {
      wantedCursor = position;
    },
    get bytesWritten() {
      return bytesWritten;
    },
    get columns() {
      return columns;
    },
    get rows() {
      return rows;
    },
  };
}

function sameCursor(a: CursorPosition | undefined, b: CursorPosition): boolean {
  return a !== undefined && a.row === b.row && a.column === b.column;
}

function atLeastOne(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
