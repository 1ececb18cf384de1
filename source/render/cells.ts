import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import type { Style } from './theme.js';

/**
 * Lines built from plain-text segments, each with its own style and, optionally, the link it marks:
 * what the overview, the list tables and the context pane are made of. Widths are string-width's, so
 * wide characters and emoji count as the terminal draws them; text is cut with an ellipsis, never
 * wrapped, so a line is exactly one row.
 */

/** A stretch of plain text, drawn in `style`; `link` names the link it is (an index the caller owns). */
export interface Segment {
  readonly text: string;
  readonly style?: Style | undefined;
  readonly link?: number | undefined;
}

/** Where a link is on a built line: UTF-16 column in the plain text, and its length. */
export interface LinkSpan {
  readonly link: number;
  readonly column: number;
  readonly length: number;
}

/** One row: styled, plain, and where its links are. */
export interface BuiltLine {
  readonly styled: string;
  readonly plain: string;
  readonly links: readonly LinkSpan[];
}

/** Text cut to at most `width` columns, with the ellipsis when it was cut. */
export function cut(text: string, width: number, ellipsis: string): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  if (width <= stringWidth(ellipsis)) return cliTruncate(text, width, { truncationCharacter: '' });
  let out = cliTruncate(text, width, { truncationCharacter: ellipsis });
  // cli-truncate keeps a wide character that straddles the last column: cut one earlier.
  if (stringWidth(out) > width) out = cliTruncate(text, width - 1, { truncationCharacter: ellipsis });
  return out;
}

/** Text padded with spaces to `width` columns (cut first when longer), on the left for `right`. */
export function pad(text: string, width: number, ellipsis: string, align: 'left' | 'right' = 'left'): string {
  const fitted = cut(text, width, ellipsis);
  const room = Math.max(0, width - stringWidth(fitted));
  return align === 'right' ? ' '.repeat(room) + fitted : fitted + ' '.repeat(room);
}

/**
 * Joins segments into one row of at most `width` columns: a segment that does not fit is cut with the
 * ellipsis and nothing after it is drawn.
 */
export function buildLine(segments: readonly Segment[], width: number, ellipsis: string): BuiltLine {
  let styled = '';
  let plain = '';
  let used = 0;
  const links: LinkSpan[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const room = width - used;
    if (room <= 0) break;
    const whole = stringWidth(segment.text) <= room;
    const text = whole ? segment.text : cut(segment.text, room, ellipsis);
    if (text === '') break;
    if (segment.link !== undefined)
      links.push({ link: segment.link, column: plain.length, length: text.length });
    styled += segment.style ? segment.style(text) : text;
    plain += text;
    used += stringWidth(text);
    if (!whole) break;
  }
  return { styled, plain, links };
}

/** The widest of some texts, in columns. */
export function widest(texts: readonly string[]): number {
  let most = 0;
  for (const text of texts) most = Math.max(most, stringWidth(text));
  return most;
}
