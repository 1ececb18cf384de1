/**
 * One line of a frame, made safe to write at a known row and measured in terminal columns.
 *
 * The frame writer positions every write itself, so a line must never move the cursor on its
 * own: control characters and every escape sequence other than SGR (colours, bold) and OSC 8
 * (hyperlinks) are dropped, and a line wider than the screen is cut so it never wraps.
 */
import { csiEnd, ESC, isControl, oscStringEnd, sgrEnd } from '../domain/terminal-safety.js';
import { cellsOf, textWidth } from './text-cells.js';

/** A sanitised line that fits the screen width. */
export interface FrameLine {
  /** What to write: printable text, SGR and OSC 8 sequences only. */
  readonly text: string;
  /** Width in terminal columns (CJK and emoji count 2), never more than the screen's. */
  readonly width: number;
  /** Whether `text` holds escape sequences, so attributes must be reset after writing it. */
  readonly styled: boolean;
  /** Whether `text` holds OSC 8 hyperlinks, which must be closed after writing it. */
  readonly linked: boolean;
}

const OPEN_LINK = '\u001B]8;';
/** Closes an OSC 8 hyperlink, so one never spills onto the next write (a no-op when none is open). */
export const CLOSE_LINK = '\u001B]8;;\u001B\\';

/** The blank line: what a cleared or newly scrolled-in row shows. */
export const BLANK_LINE: FrameLine = { text: '', width: 0, styled: false, linked: false };

/**
 * Sanitises `raw` and cuts it to `columns` cells, never splitting an escape sequence or a wide
 * character: a wide character that would straddle the last column is dropped.
 */
export function fitLine(raw: string, columns: number): FrameLine {
  let text = sanitize(raw);
  if (text === '') return BLANK_LINE;
  let width = textWidth(text);
  if (width > columns) {
    // Cut before the first grapheme that does not fit, measured as `textWidth` measures, so the
    // cut is as long as fits (slice-ansi counts some clusters otherwise and cut short or long).
    // Sequences past the cut are dropped: the writer resets attributes after every styled line, and
    // a link cut open is closed here, before anything else (an erase to the line's end) is written.
    const over = cellsOf(text).find((cell) => cell.column + cell.width > columns);
    text = text.slice(0, over?.start ?? text.length);
    width = over?.column ?? width;
    if (text.includes(OPEN_LINK)) text += CLOSE_LINK;
  }
  const styled = text.includes('\u001B');
  return { text, width, styled, linked: styled && text.includes(OPEN_LINK) };
}

/** Splits a frame into exactly `rows` raw lines: a trailing newline ends the last line, extra lines are cut. */
export function splitFrame(frame: string, rows: number): string[] {
  const lines = frame.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length > rows) lines.length = rows;
  while (lines.length < rows) lines.push('');
  return lines;
}

/** Keeps printable text, SGR and OSC 8; a tab becomes one space (its width is the terminal's to decide). */
function sanitize(raw: string): string {
  let clean = true;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isControl(code) && code !== ESC) {
      clean = false;
      break;
    }
    if (code === ESC && sgrEnd(raw, i) === -1) {
      clean = false;
      break;
    }
  }
  if (clean) return raw;

  let out = '';
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (code === ESC) {
      const end = escapeEnd(raw, i);
      const sequence = raw.slice(i, end);
      if (isSgr(sequence) || isHyperlink(sequence)) out += sequence;
      i = end;
    } else {
      if (code === 0x09) out += ' ';
      else if (!isControl(code)) out += raw[i];
      i += 1;
    }
  }
  return out;
}

/**
 * The index just past the escape sequence that starts at `start`: a CSI to its final byte, an OSC
 * string to its terminator (or before an ESC that does not end it), or a two-byte escape.
 */
function escapeEnd(text: string, start: number): number {
  const kind = text[start + 1];
  if (kind === '[') return csiEnd(text, start + 2);
  if (kind === ']') return oscStringEnd(text, start + 2).end;
  return Math.min(start + 2, text.length);
}

/** A complete OSC 8 sequence; an unterminated one would swallow the rest of the line. */
function isHyperlink(sequence: string): boolean {
  return sequence.startsWith('\u001B]8;') && (sequence.endsWith('\u0007') || sequence.endsWith('\u001B\\'));
}

function isSgr(sequence: string): boolean {
  return sgrEnd(sequence, 0) === sequence.length;
}
