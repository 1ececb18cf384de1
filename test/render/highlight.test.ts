import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { highlightLine } from '../../source/render/highlight.js';
import { renderMarkdown } from '../../source/render/markdown.js';
import { badEscapes, colour, linked, plain, strip } from './helpers.js';

const INVERSE = '\u001b[7m';

describe('highlightLine', () => {
  it('puts a hit in inverse video and keeps the text', () => {
    const out = highlightLine('the minister said', [{ start: 4, length: 8, style: 'hit' }], colour);
    expect(out).toBe(`the ${INVERSE}minister\u001b[0m said`);
    expect(strip(out)).toBe('the minister said');
  });

  it('keeps the line styling around and inside the hit, and restores it after', () => {
    const [line = ''] = renderMarkdown('a **bold word** b', 80, colour).lines;
    const plainLine = strip(line);
    expect(line).toBe('a \u001b[1mbold word\u001b[22m b');
    const out = highlightLine(line, [{ start: plainLine.indexOf('old w'), length: 5, style: 'hit' }], colour);
    expect(strip(out)).toBe(plainLine);
    expect(stringWidth(out)).toBe(stringWidth(line));
    // "b" bold; "old w" bold and inverse; after the reset, bold reopened for "ord"; " b" plain.
    expect(out).toBe(`a \u001b[1mb${INVERSE}old w\u001b[0m\u001b[1mord\u001b[22m b`);
    // The line ends bold inside the hit: the hit's inverse is asserted again after the line's own code.
    const tail = highlightLine(
      line,
      [{ start: plainLine.indexOf('word b'), length: 5, style: 'hit' }],
      colour,
    );
    expect(tail).toBe(`a \u001b[1mbold ${INVERSE}word\u001b[22m${INVERSE} \u001b[0mb`);
  });

  it('distinguishes current hits and names, the current one winning where ranges overlap', () => {
    const line = 'Ana Diaz met Ana Diaz';
    const out = highlightLine(
      line,
      [
        { start: 0, length: 8, style: 'name' },
        { start: 13, length: 8, style: 'current-name' },
        { start: 13, length: 3, style: 'current-hit' },
      ],
      colour,
    );
    expect(out).toBe('\u001b[4mAna Diaz\u001b[0m met \u001b[1;7;33mAna\u001b[0m\u001b[1;4;7m Diaz\u001b[0m');
  });

  it('counts ranges in UTF-16 units of the plain line and never splits a grapheme', () => {
    const line = '中文 👨‍👩‍👧 end';
    const start = line.indexOf('👨');
    const out = highlightLine(line, [{ start: start + 2, length: 1, style: 'hit' }], colour);
    expect(out).toBe(`中文 ${INVERSE}👨‍👩‍👧\u001b[0m end`);
    expect(stringWidth(out)).toBe(stringWidth(line));
  });

  it('keeps hyperlinks intact', () => {
    const [line = ''] = renderMarkdown('go [there now](https://e.org) ok', 80, linked).lines;
    const out = highlightLine(line, [{ start: 3, length: 9, style: 'hit' }], linked);
    expect(strip(out)).toBe('go there now ok');
    expect(badEscapes(out, true)).toEqual([]);
    expect(out).toContain('\u001b]8;;https://e.org\u0007');
  });

  it('marks without colour at level 0: attributes only, the current hit by bold', () => {
    expect(highlightLine('abc', [{ start: 0, length: 1, style: 'hit' }], plain)).toBe(
      '\u001b[7ma\u001b[0mbc',
    );
    expect(highlightLine('abc', [{ start: 1, length: 1, style: 'current-hit' }], plain)).toBe(
      'a\u001b[1;7mb\u001b[0mc',
    );
    expect(highlightLine('abc', [{ start: 0, length: 3, style: 'current-hit' }], plain)).not.toMatch(
      /\[[0-9;]*3\dm/,
    );
  });

  it('returns the line unchanged without ranges', () => {
    expect(highlightLine('abc', [], colour)).toBe('abc');
  });
});
