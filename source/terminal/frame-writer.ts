/**
 * The frame writer: takes each whole frame the app renders and writes to the terminal only what
 * changed since the last one, the way less and ncurses do. Unchanged rows are skipped, rows that
 * shifted (the reader scrolled) are moved by the terminal with a scroll region, changed rows are
 * rewritten from the first to the last changed cell, and every update is one synchronized-output
 * block, so the terminal never shows half of it.
 *
 * It keeps a model of what the screen shows and trusts it: anything else that writes to the same
 * terminal must be followed by {@link FrameWriter.redraw}. The bytes of each update are worked out
 * by ./frame-update.ts from that model, the new lines and the cursor.
 */

import type { FrameLine } from './frame-line.js';
import { splitFrame } from './frame-line.js';
import { type CursorPosition, LineFitter, planUpdate, type TerminalSize } from './frame-update.js';

export type { TerminalSize } from './frame-update.js';

const BEGIN_SYNC = '\u001B[?2026h';
const END_SYNC = '\u001B[?2026l';

/** Something the terminal's bytes can be written to: a tty stream or an SSH channel. */
export interface FrameOutput {
  write(chunk: string): unknown;
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
  /** Paints the last frame again in full, now (after a resize, or to repair the screen). */
  redraw(): void;
  /** The current size. */
  readonly columns: number;
  readonly rows: number;
}

/**
 * Creates a frame writer for the terminal behind `out`, of `size` cells. The first frame clears
 * the screen and paints every row. Every update is one synchronized-output block (`CSI ?2026h` …
 * `CSI ?2026l`); terminals without it ignore the two sequences.
 */
export function createFrameWriter(out: FrameOutput, size: TerminalSize): FrameWriter {
  let columns = atLeastOne(size.columns);
  let rows = atLeastOne(size.rows);
  const fitter = new LineFitter();
  /** What each row shows, or undefined when the screen is unknown. */
  let screen: FrameLine[] | undefined;
  let lastFrame: string | undefined;
  /** Where the cursor is after the last update, if known. */
  let cursor: CursorPosition | undefined;

  const show = (frame: string, full: boolean): void => {
    const next = fitter.fit(splitFrame(frame, rows), columns);
    const update = planUpdate(full ? undefined : screen, next, rows, cursor);
    screen = next;
    lastFrame = frame;
    cursor = update.cursor;
    if (update.bytes !== '') out.write(BEGIN_SYNC + update.bytes + END_SYNC);
  };

  return {
    write: (frame) => show(frame, false),
    resize(newColumns, newRows) {
      columns = atLeastOne(newColumns);
      rows = atLeastOne(newRows);
      fitter.clear();
      screen = undefined;
      cursor = undefined;
    },
    redraw() {
      if (lastFrame !== undefined) show(lastFrame, true);
    },
    get columns() {
      return columns;
    },
    get rows() {
      return rows;
    },
  };
}

function atLeastOne(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}
