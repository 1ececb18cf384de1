import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitWidth } from '../../source/ui/fit.js';

describe('fitWidth', () => {
  it.each([
    ['ab中文字', 4],
    ['中中', 2],
    ['中文字中文字', 5],
    ['a\u001b[31m中文\u001b[0m字', 4],
    ['short', 9],
    ['', 3],
    ['😀😀😀', 3],
  ])('fits %j into exactly %i columns', (text, width) => {
    expect(stringWidth(fitWidth(text, width))).toBe(width);
  });

  it('keeps text that already fits unchanged apart from padding', () => {
    expect(fitWidth('中文', 5)).toBe('中文 ');
  });
});
