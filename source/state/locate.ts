/**
 * Finding things in rendered plain lines without rendering: the line that holds a word anchor, the
 * n-th occurrence of a query, and the links of an item in reading order. Rendering re-wraps text,
 * indents lists and drops markdown syntax, so every search here treats any run of whitespace
 * (line breaks included) as one space.
 */

import type { TextMatch } from './context.js';
import type { Spot } from './state.js';

/**
 * The index of the last value of an ascending list not past `value` (0 when none is): the line
 * holding word number `anchor` given each line's first word, which skips the blank lines before a
 * paragraph so the same text line comes to the top; or the place of a row among the rows in view.
 */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Lines joined by `\n`, with where each line starts, to map a flat offset back to a spot. */
interface Joined {
  readonly text: string;
  readonly starts: readonly number[];
}

function join(plain: readonly string[]): Joined {
  const starts: number[] = [];
  let at = 0;
  for (const line of plain) {
    starts.push(at);
    at += line.length + 1;
  }
  return { text: plain.join('\n'), starts };
}

function spotAt(joined: Joined, plain: readonly string[], offset: number, length: number): Spot {
  const line = Math.max(0, lastAtMost(joined.starts, offset));
  const column = offset - (joined.starts[line] ?? 0);
  const rest = (plain[line]?.length ?? 0) - column;
  return { line, column, length: Math.max(0, Math.min(length, rest)) };
}

/**
 * The `occurrence`-th match (0-based) of a query in the lines, or the last one when there are fewer;
 * undefined when there is none. Matching is the injected `findMatches`, over the lines joined by
 * line breaks, so a phrase wrapped onto the next line is still found when its whitespace rule allows.
 */
export function locateOccurrence(
  plain: readonly string[],
  query: string,
  occurrence: number,
  findMatches: (text: string, query: string) => readonly TextMatch[],
): Spot | undefined {
  const joined = join(plain);
  const matches = findMatches(joined.text, query);
  const match = matches[Math.min(Math.max(0, occurrence), matches.length - 1)];
  return match === undefined ? undefined : spotAt(joined, plain, match.offset, match.length);
}

/** Text to find, in order, optionally only below the line that holds a heading. */
export interface Needle {
  readonly text: string;
  /** When set, the needle is looked for only after the next line that reads as this heading. */
  readonly heading?: string;
  /**
   * Needles of different streams are placed independently, each stream in its own order: a section's
   * player names (in the order of their offsets) and its links (in reading order) interleave in the
   * text, and neither list knows where the other's entries fall. The default stream is unnamed.
   */
  readonly stream?: string;
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** A needle as a pattern in which each run of whitespace matches any run, line breaks included. */
function needlePattern(text: string): RegExp | undefined {
  const parts = text.split(/\s+/).filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  return new RegExp(parts.map((part) => part.replace(REGEX_SYNTAX, '\\$&')).join('\\s+'), 'g');
}

/** Where one stream's search has got to. */
interface Cursor {
  from: number;
  heading: string | undefined;
  headingLine: number;
}

/**
 * Places each needle in the lines, in order within its stream: each is looked for after the previous
 * one of its stream found (and after its heading line, when it has one), so repeated labels land on
 * successive rows. A needle that is not found is undefined and does not move its stream on.
 */
export function locateNeedles(plain: readonly string[], needles: readonly Needle[]): (Spot | undefined)[] {
  const joined = join(plain);
  const cursors = new Map<string, Cursor>();
  return needles.map((needle) => {
    const key = needle.stream ?? '';
    let cursor = cursors.get(key);
    if (cursor === undefined) {
      cursor = { from: 0, heading: undefined, headingLine: -1 };
      cursors.set(key, cursor);
    }
    if (needle.heading !== undefined && needle.heading !== cursor.heading) {
      cursor.heading = needle.heading;
      const fromLine = lastAtMost(joined.starts, cursor.from);
      cursor.headingLine = plain.findIndex(
        (line, index) => index >= fromLine && line.trim() === needle.heading,
      );
      if (cursor.headingLine >= 0) cursor.from = joined.starts[cursor.headingLine + 1] ?? joined.text.length;
    }
    if (needle.heading !== undefined && cursor.headingLine < 0) return undefined;
    const pattern = needlePattern(needle.text);
    if (pattern === undefined) return undefined;
    pattern.lastIndex = cursor.from;
    const found = pattern.exec(joined.text);
    if (found === null) return undefined;
    cursor.from = found.index + found[0].length;
    return spotAt(joined, plain, found.index, found[0].length);
  });
}

/**
 * Where each text is in the lines, as one spot per line it covers (a sentence wraps over several);
 * texts are looked for in order, each after the previous one found. A text not found has no spots.
 */
export function locateSpans(plain: readonly string[], texts: readonly string[]): Spot[][] {
  const joined = join(plain);
  let from = 0;
  return texts.map((text) => {
    const pattern = needlePattern(text);
    if (pattern === undefined) return [];
    pattern.lastIndex = from;
    let found = pattern.exec(joined.text);
    if (found === null) {
      // Out of order (a moved sentence): look from the top.
      pattern.lastIndex = 0;
      found = pattern.exec(joined.text);
    }
    if (found === null) return [];
    from = found.index + found[0].length;
    const spots: Spot[] = [];
    let offset = found.index;
    const end = found.index + found[0].length;
    while (offset < end) {
      const spot = spotAt(joined, plain, offset, end - offset);
      if (spot.length > 0) spots.push(spot);
      const next = joined.starts[spot.line + 1];
      if (next === undefined || next <= offset) break;
      offset = next;
    }
    return spots;
  });
}
