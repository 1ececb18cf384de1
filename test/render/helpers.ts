import fc from 'fast-check';
import stringWidth from 'string-width';
import { lineWords, type RenderedText } from '../../source/render/markdown.js';
import type { Theme } from '../../source/render/theme.js';

export const plain: Theme = { colorLevel: 0, ascii: false, hyperlinks: false };
export const colour: Theme = { colorLevel: 3, ascii: false, hyperlinks: false };
export const linked: Theme = { colorLevel: 3, ascii: false, hyperlinks: true };
export const ascii: Theme = { colorLevel: 1, ascii: true, hyperlinks: false };

/**
 * The escape sequences in `line` that are not SGR (`ESC [ digits/semicolons m`) or, when `osc8` is true, an
 * OSC 8 hyperlink (`ESC ] 8 ; params ; url BEL`); also any other control character. Empty when clean.
 */
export function badEscapes(line: string, osc8: boolean): string[] {
  const bad: string[] = [];
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code === 0x1b) {
      const rest = line.slice(i);
      const sgr = /^\u001b\[[0-9;]*m/.exec(rest);
      const link = osc8
        ? /^\u001b\]8;[^\u0000-\u001f]*;[^\u0000-\u001f\u007f-\u009f]*\u0007/.exec(rest)
        : null;
      const match = sgr ?? link;
      if (match) {
        i += match[0].length;
        continue;
      }
      bad.push(JSON.stringify(rest.slice(0, 12)));
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      bad.push(`U+${code.toString(16).padStart(4, '0')} at ${i}`);
    }
    i++;
  }
  return bad;
}

/** Removes SGR and OSC 8 sequences (an independent implementation, to check the renderer's `plain`). */
export function strip(line: string): string {
  return line.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;[^\u0007]*\u0007/g, '');
}

/** The widest line, in columns. */
export function widest(lines: readonly string[]): number {
  return Math.max(0, ...lines.map((line) => stringWidth(line)));
}

/** The flat word list anchors count (a word cut across lines appears as the part on its first line). */
export function wordsOf(text: RenderedText): string[] {
  return text.plain.flatMap((_line, i) => lineWords(text, i));
}

/**
 * Whether two word lists are the same words: a word cut at the end of a line is represented by its head,
 * which differs between widths, so a word matches when one form is a prefix of the other.
 */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return (
    a.length === b.length &&
    a.every((word, i) => word.startsWith(b[i] ?? '\u0000') || (b[i] ?? '').startsWith(word))
  );
}

const word = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('the', 'minister', 'said', 'talks', 'on', 'Tuesday', 'would', 'resume'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('中文字符', '日本語のテキスト', '한국어', '東京都庁舎前広場で行われた'),
  },
  { weight: 2, arbitrary: fc.constantFrom('👍', '👨‍👩‍👧', '🇺🇦', 'café', 'naïve', 'e\u0301') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('https://example.com/a/very/long/path/that/never/ends/at/all?q=1'),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 90 }).map((s) => s.replace(/\s/g, 'x')) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => s.replace(/\s/g, 'y')),
  },
  { weight: 1, arbitrary: fc.constantFrom('**bold**', '*em*', '`code span`', '[link](https://x.org/p)') },
);

const line = fc
  .tuple(
    fc.constantFrom('', '', '', '- ', '  - ', '1. ', '> ', '> - ', '## ', '    ', '* [ ] '),
    fc.array(word, { minLength: 0, maxLength: 30 }),
  )
  .map(([prefix, words]) => prefix + words.join(' '));

/** Markdown-ish text: paragraphs, lists, quotes, headings, code, with CJK, emoji and long tokens. */
export const markdownish = fc
  .array(fc.oneof({ weight: 8, arbitrary: line }, { weight: 1, arbitrary: fc.constant('```') }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((lines) => lines.join('\n'));
