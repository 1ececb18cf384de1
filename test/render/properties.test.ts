import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { lineForAnchor, lineWords, renderMarkdown } from '../../source/render/markdown.js';
import { wrapPlain } from '../../source/render/wrap.js';
import {
  ascii,
  badEscapes,
  colour,
  linked,
  markdownish,
  plain,
  sameWords,
  strip,
  wordsOf,
} from './helpers.js';

const themes = fc.constantFrom(plain, colour, linked, ascii);
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Within the width, or (the one allowed exception) a row holding a single grapheme cluster that is wider
 * than the room left by itself, such as U+1D158 U+1D165 U+1D16E, which string-width counts as 3 columns.
 */
function fits(line: string, width: number): boolean {
  const content = line.replace(/^[\s│|]+/, '');
  return stringWidth(line) <= width || [...segmenter.segment(content)].length === 1;
}

describe('renderMarkdown properties', () => {
  it('never draws a line wider than the width; plain is the styled line unstyled; only SGR/OSC 8', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 2, max: 140 }), themes, (markdown, width, theme) => {
        const text = renderMarkdown(markdown, width, theme);
        expect(text.plain.length).toBe(text.lines.length);
        text.lines.forEach((line, i) => {
          expect(fits(text.plain[i] ?? '', width), `${JSON.stringify(text.plain[i])} fits ${width}`).toBe(
            true,
          );
          expect(strip(line)).toBe(text.plain[i]);
          expect(badEscapes(line, theme.hyperlinks)).toEqual([]);
        });
        if (theme.colorLevel === 0 && !theme.hyperlinks) expect(text.lines.join('')).not.toContain('\u001b');
      }),
      { numRuns: 300 },
    );
  });

  it('anchors[i] is the index of the first word of line i in the flat word list', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 4, max: 140 }), themes, (markdown, width, theme) => {
        const text = renderMarkdown(markdown, width, theme);
        const words = wordsOf(text);
        text.plain.forEach((line, i) => {
          const [first] = lineWords(text, i);
          if (first !== undefined) expect(words[text.anchors[i] as number]).toBe(first);
          // Before the line's own words: only decoration, or the tail of a cut word right at the start.
          const before = line.slice(0, text.starts[i]);
          expect(before.replace(/^[ │|]*/, '')).not.toMatch(/\s/);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('lineForAnchor after re-wrapping at another width finds the line holding the same word', () => {
    fc.assert(
      fc.property(
        markdownish,
        fc.integer({ min: 12, max: 140 }),
        fc.integer({ min: 12, max: 140 }),
        fc.nat(),
        (markdown, from, to, pick) => {
          const before = renderMarkdown(markdown, from, plain);
          const after = renderMarkdown(markdown, to, plain);
          // Tables switch between grid and stacked layouts with the width; the generator makes none.
          expect(sameWords(wordsOf(after), wordsOf(before))).toBe(true);
          if (before.plain.length === 0) return;
          const anchor = before.anchors[pick % before.plain.length] as number;
          if (anchor >= wordsOf(before).length) return;
          const line = lineForAnchor(after, anchor);
          const first = after.anchors[line] as number;
          expect(first).toBeLessThanOrEqual(anchor);
          expect(anchor).toBeLessThan(first + lineWords(after, line).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('wrapPlain', () => {
  it('wraps plain text within the width, keeping every non-space character in order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 2, max: 100 }),
        (text, width) => {
          const lines = wrapPlain(text, width);
          for (const line of lines)
            expect(fits(line, width), `${JSON.stringify(line)} fits ${width}`).toBe(true);
          const squash = (s: string) => s.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, '');
          expect(squash(lines.join(''))).toBe(squash(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('breaks at spaces, keeps a line indent, cuts long words', () => {
    expect(wrapPlain('alpha beta gamma delta', 11)).toEqual(['alpha beta', 'gamma delta']);
    expect(wrapPlain('  indented text here', 10)).toEqual(['  indented', 'text here']);
    expect(wrapPlain('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapPlain('一二三四五', 4)).toEqual(['一二', '三四', '五']);
    expect(wrapPlain('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });
});
