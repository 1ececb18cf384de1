import { describe, expect, it } from 'vitest';
import { lineForAnchor, lineWords, renderMarkdown } from '../../source/render/markdown.js';
import { colour, plain, sameWords, wordsOf } from './helpers.js';

const markdown = [
  'The council met on **Monday**. Delegates from twelve countries argued over the budget all day.',
  '',
  '> The minister said that the agreement would be signed before the summer, whatever the opposition wanted.',
  '',
  '- First, the tariffs on steel would be suspended for a year while the talks continued in Geneva.',
  '- Second, a committee of experts would report on the effects of the suspension by December.',
  '',
  `Source: https://example.org/${'very-long-path/'.repeat(8)}report and 中文${'字符'.repeat(30)} end.`,
].join('\n');

describe('anchors', () => {
  it('count the words before each line', () => {
    const text = renderMarkdown(markdown, 40, plain);
    const words = wordsOf(text);
    expect(text.anchors[0]).toBe(0);
    text.plain.forEach((line, i) => {
      const [first] = lineWords(text, i);
      if (first !== undefined) expect(words[text.anchors[i] as number]).toBe(first);
      if (line.startsWith('│')) expect(text.starts[i]).toBe(2);
    });
    expect(text.anchors.every((a, i) => i === 0 || a >= (text.anchors[i - 1] as number))).toBe(true);
  });

  it('do not depend on the width: a cut word (URL, CJK run) and repeated quote bars count once', () => {
    const words = wordsOf(renderMarkdown(markdown, 120, plain));
    for (const width of [16, 25, 40, 80]) {
      const text = renderMarkdown(markdown, width, colour);
      expect(sameWords(wordsOf(text), words)).toBe(true);
      // The URL is longer than 80 columns: some line starts with the tail of a cut word.
      expect(
        text.starts.some((start, i) => start > 0 && !/^[ │]*$/.test(text.plain[i]?.slice(0, start) ?? '')),
      ).toBe(true);
    }
  });

  it('do not count a | in text as a quote bar (ASCII mode draws quotes with |)', () => {
    const code = '```\n| pipe at the start of a long code line that wraps | and more\n```';
    const narrow = renderMarkdown(code, 20, { colorLevel: 0, ascii: true, hyperlinks: false });
    const wide = renderMarkdown(code, 100, { colorLevel: 0, ascii: true, hyperlinks: false });
    expect(wordsOf(wide)[0]).toBe('|');
    expect(sameWords(wordsOf(narrow), wordsOf(wide))).toBe(true);
    expect(renderMarkdown('> quoted text that wraps around', 12, { ...plain, ascii: true }).plain).toEqual([
      '| quoted',
      '| text that',
      '| wraps',
      '| around',
    ]);
  });

  it('find the same word again after re-wrapping at another width', () => {
    const wide = renderMarkdown(markdown, 100, plain);
    const narrow = renderMarkdown(markdown, 30, plain);
    for (const word of ['Delegates', 'agreement', 'Geneva.', 'committee', 'December.', 'end.']) {
      const top = wide.plain.findIndex((line) => line.split(' ').includes(word));
      const anchor = wide.anchors[top] as number;
      const target = wordsOf(wide)[anchor] as string;
      const line = lineForAnchor(narrow, anchor);
      expect(narrow.plain[line]?.split(/\s+/)).toContain(target);
    }
  });

  it('lineForAnchor clamps to the document', () => {
    const text = renderMarkdown(markdown, 40, plain);
    expect(lineForAnchor(text, -5)).toBe(0);
    expect(lineForAnchor(text, 1e9)).toBe(text.plain.length - 1);
    expect(lineForAnchor(renderMarkdown('', 40, plain), 3)).toBe(0);
  });
});
