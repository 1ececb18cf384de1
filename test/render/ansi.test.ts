import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { plainOf, tokenize } from '../../source/render/ansi.js';

const chars = (line: string) => tokenize(line).flatMap((p) => (p.kind === 'char' ? [p.text] : []));

describe('tokenize', () => {
  it('keeps grapheme clusters whole, including ones that start with an ASCII character', () => {
    expect(chars('cafe\u0301 1\uFE0F\u20E3 a👨‍👩‍👧b 🇺🇦x')).toEqual([
      'c',
      'a',
      'f',
      'e\u0301',
      ' ',
      '1\uFE0F\u20E3',
      ' ',
      'a',
      '👨‍👩‍👧',
      'b',
      ' ',
      '🇺🇦',
      'x',
    ]);
  });

  it('measures like string-width and reproduces the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
        const pieces = tokenize(clean);
        expect(plainOf(pieces)).toBe(clean);
        const width = pieces.reduce((sum, p) => sum + (p.kind === 'char' ? p.width : 0), 0);
        expect(width).toBe(stringWidth(clean));
      }),
      { numRuns: 500 },
    );
  });

  it('separates SGR and OSC 8 sequences from text and drops other escapes and controls', () => {
    const pieces = tokenize('a\u001b[1;31mb\u001b]8;;https://x.org\u0007c\u001b]8;;\u0007\u001b[2Jd\u0007e');
    expect(pieces.map((p) => p.kind)).toEqual([
      'char',
      'sgr',
      'char',
      'link',
      'char',
      'link',
      'char',
      'char',
      'char',
      'char',
      'char',
    ]);
    expect(plainOf(pieces)).toBe('abc[2Jde');
  });
});
