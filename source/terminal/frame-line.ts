/**
 * One line of a frame, made safe to write at a known row and measured in terminal columns.
 *
 * The frame writer positions every write itself, so a line must never move the cursor on its
 * own: control characters and every escape sequence other than SGR (colours, bold) and OSC 8
 * (hyperlinks) are dropped, and a line wider than the screen is cut so it never wraps.
 */
import sliceAnsi from 'slice-ansi';
import { csiEnd, ESC, isControl, oscStringEnd, sgrEnd } from '../domain/terminal-safety.js';
import { textWidth } from './text-cells.js';

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

/** The blank line: what a cleared or newly scrolled-in row shows. */
export const BLANK_LINE: FrameLine = { text: '', width: 0, styled: false, linked: false };

/** How many columns past slice-ansi's cut are tried when its cut leaves cells unused. */
const MAX_REGAIN = 4;

/**
 * Sanitises `raw` and cuts it to `columns` cells, never splitting an escape sequence or a wide
 * character: a wide character that would straddle the last column is dropped.
 */
export function fitLine(raw: string, columns: number): FrameLine {
  let text = sanitize(raw);
  if (text === '') return BLANK_LINE;
  let width = textWidth(text);
  let limit = columns;
  // slice-ansi keeps a wide character that starts in the last column, so the cut can come out
  // one cell too wide; cutting one column earlier then leaves that cell blank, as it should be.
  const whole = text;
  while (width > columns && limit > 0) {
    text = sliceAnsi(whole, 0, limit);
    width = textWidth(text);
    limit -= 1;
  }
  if (width > columns) return BLANK_LINE;
  // slice-ansi can also count a cluster wider than the terminal shows it (a keycap after a lone
  // combining mark), leaving cells unused: a longer cut that still fits is taken.
  for (let end = limit + 2; end <= limit + 1 + MAX_REGAIN && width < columns - 1; end++) {
    const longer = sliceAnsi(whole, 0, end);
    const longerWidth = textWidth(longer);
    if (longerWidth > columns) break;
    if (longerWidth > width) {
      text = longer;
      width = longerWidth;
    }
  }
  const styled = text.includes('\u001B');
  return { text, width, styled, linked: styled && text.includes('\u001B]8;') };
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
