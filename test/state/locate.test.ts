import { describe, expect, test } from 'vitest';
import { findMatches } from '../../source/domain/match.js';
import { lastAtMost, locateNeedles, locateOccurrence } from '../../source/state/locate.js';

describe('lastAtMost', () => {
  test('finds the line holding a word, skipping blank lines before it', () => {
    // Lines: 0 "a b c" (words 0-2), 1 blank, 2 "d e" (3-4), 3 "f" (5).
    const anchors = [0, 3, 3, 5];
    expect(lastAtMost(anchors, 0)).toBe(0);
    expect(lastAtMost(anchors, 2)).toBe(0);
    expect(lastAtMost(anchors, 3)).toBe(2);
    expect(lastAtMost(anchors, 4)).toBe(2);
    expect(lastAtMost(anchors, 5)).toBe(3);
    expect(lastAtMost(anchors, 99)).toBe(3);
    expect(lastAtMost([], 4)).toBe(0);
  });
});

describe('locateOccurrence', () => {
  const plain = ['The summit', 'ended. The', 'summit resumed, the summit'];

  test('the n-th match, across a line break for a phrase', () => {
    expect(locateOccurrence(plain, 'summit', 0, findMatches)).toEqual({ line: 0, column: 4, length: 6 });
    expect(locateOccurrence(plain, 'summit', 2, findMatches)).toEqual({ line: 2, column: 20, length: 6 });
    expect(locateOccurrence(plain, 'The summit', 1, findMatches)).toEqual({ line: 1, column: 7, length: 3 });
  });

  test('past the last match, the last; none, undefined', () => {
    expect(locateOccurrence(plain, 'summit', 9, findMatches)?.line).toBe(2);
    expect(locateOccurrence(plain, 'zeppelin', 0, findMatches)).toBeUndefined();
  });
});

describe('locateNeedles', () => {
  test('finds needles in order, across wrapping and indentation', () => {
    const plain = ['Angela', '    Merkel met Merkel.', '', '  * Angela Merkel'];
    expect(
      locateNeedles(plain, [{ text: 'Angela Merkel' }, { text: 'Merkel' }, { text: 'Angela Merkel' }]),
    ).toEqual([
      { line: 0, column: 0, length: 6 },
      { line: 1, column: 15, length: 6 },
      { line: 3, column: 4, length: 13 },
    ]);
  });

  test('a needle not found is undefined and does not move the search on', () => {
    const plain = ['one two three'];
    expect(locateNeedles(plain, [{ text: 'two' }, { text: 'zzz' }, { text: 'three' }])).toEqual([
      { line: 0, column: 4, length: 3 },
      undefined,
      { line: 0, column: 8, length: 5 },
    ]);
  });

  test('a needle under a heading is looked for only below that heading', () => {
    // Headings are rendered without their `#` marks: the heading line is the heading's text alone.
    const plain = ['Budget talks', 'were long.', '', 'Sections', '', '  * Budget'];
    expect(locateNeedles(plain, [{ text: 'Budget', heading: 'Sections' }])).toEqual([
      { line: 5, column: 4, length: 6 },
    ]);
    expect(locateNeedles(plain, [{ text: 'Budget', heading: 'Players' }])).toEqual([undefined]);
  });
});
