/**
 * Code shown unwrapped, for reading it as written and scrolling it sideways: the rows a long code line
 * was wrapped into become that one line again, and a line wider than the reader is drawn from a column.
 */

import stringWidth from 'string-width';
import { tokenize } from './ansi.js';
import type { RenderedText } from './markdown.js';

const unwrapped = new WeakMap<RenderedText, RenderedText>();

/**
 * The text with each wrapped code line (`wide`) whole on one line again, wider than the width. Word
 * anchors and starts are those of the line's first row, so a place kept by anchor survives the switch.
 * The same object back for the same rendering.
 */
export function unwrapCode(text: RenderedText): RenderedText {
  if (text.wide.length === 0) return text;
  const cached = unwrapped.get(text);
  if (cached !== undefined) return cached;
  const lines: string[] = [];
  const plain: string[] = [];
  const anchors: number[] = [];
  const starts: number[] = [];
  let next = 0;
  const copy = (to: number) => {
    for (; next < to && next < text.lines.length; next++) {
      lines.push(text.lines[next] ?? '');
      plain.push(text.plain[next] ?? '');
      anchors.push(text.anchors[next] ?? 0);
      starts.push(text.starts[next] ?? 0);
    }
  };
  for (const wide of text.wide) {
    if (wide.line < next || wide.line >= text.lines.length) continue;
    copy(wide.line);
    lines.push(wide.styled);
    plain.push(wide.plain.trimEnd());
    anchors.push(text.anchors[wide.line] ?? 0);
    starts.push(text.starts[wide.line] ?? 0);
    next = wide.line + wide.rows;
  }
  copy(text.lines.length);
  const result: RenderedText = { lines, plain, anchors, starts, wide: [] };
  unwrapped.set(text, result);
  return result;
}

/** How far a text can be scrolled sideways at a width: its widest line past the width, or 0. */
export function maxShift(text: RenderedText, width: number): number {
  let most = 0;
  for (const line of text.plain) most = Math.max(most, stringWidth(line) - width);
  return most;
}

/**
 * The columns `from` to `from + width` of a styled line, its styling kept: every SGR and hyperlink
 * sequence stays (so what is shown is styled as it was, and closed), only characters outside are left
 * out; a wide character cut by either edge becomes spaces.
 */
export function sliceColumns(line: string, from: number, width: number): string {
  if (from <= 0 && stringWidth(line) <= width) return line;
  let out = '';
  let column = 0;
  const end = from + width;
  for (const piece of tokenize(line)) {
    if (piece.kind !== 'char') {
      out += piece.text;
      continue;
    }
    const left = column;
    column += piece.width;
    if (column <= from || left >= end) continue;
    if (left < from || column > end) out += ' '.repeat(Math.min(column, end) - Math.max(left, from));
    else out += piece.text;
  }
  return out;
}
