import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Lexer } from 'marked';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { normalizeSource, splitFrontMatter } from '../../source/domain/front-matter.js';
import { lexHeadings, scanHeadings } from '../../source/domain/headings.js';
import { type SplitOptions, splitSections, splitSectionsByLexer } from '../../source/domain/sections.js';
import { generateLargeBriefing } from '../harness/generate-large.js';

const root = join(import.meta.dirname, '..', '..');

/** Whether marked's lexer reads `body` at all: marked 18 throws on a few odd inputs (`  - "` over `\t>-` over `|`). */
function lexes(body: string): boolean {
  try {
    lexHeadings(body);
    return true;
  } catch {
    return false;
  }
}

/** The scan and marked's lexer over the whole body agree on the headings and on the sections. */
function expectSameSplit(body: string, options: SplitOptions): void {
  const at = (headings: readonly { start: number; depth: number; text: string }[]) =>
    headings.map(({ start, depth, text }) => [start, depth, text]);
  expect(at(scanHeadings(body).headings)).toEqual(at(lexHeadings(body).headings));
  expect(splitSections(body, options)).toEqual(splitSectionsByLexer(body, options));
}

// Lines built from what can start, end, hide or fake a heading in marked: fences, HTML blocks,
// link definitions (whose titles can run on), setext underlines, containers, indentation, the line
// breaks marked's `.` stops at, and plain prose.
const prefixes = [
  '',
  '',
  '',
  '',
  ' ',
  '  ',
  '   ',
  '    ',
  '\t',
  '> ',
  '>',
  '- ',
  '* ',
  '1. ',
  '  - ',
  '> > ',
  '+ ',
  '2) ',
];
const bodies = [
  ...[
    '# H1',
    '## H2',
    '### H3',
    '####### x',
    '#tag',
    '##',
    '#',
    '## closing ##',
    '## x #',
    '## x\\#',
    '## x ###',
  ],
  ...['text', 'Title', 'more text here', '"quoted" prose', '(aside)', 'é accented', 'C# and F#'],
  ...[
    '```',
    '```js',
    '~~~',
    '````',
    '``',
    '<div>',
    '</div>',
    '<!--',
    '-->',
    '<pre>',
    '</pre>',
    '<?php',
    '?>',
  ],
  ...['<![CDATA[', ']]>', '<!DOCTYPE html>', '<span>', '<span>x</span>', '<script>', '</script>', '<style>'],
  ...[
    '[ref]: http://x',
    '[ref]: http://x "title',
    'title"',
    '"',
    '[ref]:',
    '[a',
    'b]: /u',
    '[ref]: /u (t',
    't)',
  ],
  ...['===', '---', '--', '-', '=', '***', '___', '- - -', '| a | b |', '|---|---|', 'a|b', ':-', '|:-', ''],
  ...[
    ' ',
    '\t',
    '## [link]',
    '[link]',
    '[ref]',
    '## [ref]',
    '# [ref] x',
    '## \u00a0x',
    '#\u00a0x',
    '##\u00a0',
  ],
  ...[
    '## a\u2028b',
    'x\u2028y',
    'x\u2028## y',
    '\r',
    '## a\r',
    'x\r## y',
    '- [ ] task',
    '1) item',
    '2. item',
  ],
  ...['## *em*', '## `code`', '## &amp; x', '## <pre>', '## a <!-- b', '\\## x', '  ## y', '\v', '\f## x'],
];
const markdownLine = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...bodies)).map(([p, b]) => p + b),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom(
        '#',
        ' ',
        '\t',
        '-',
        '=',
        '`',
        '~',
        '<',
        '>',
        '[',
        ']',
        ':',
        '"',
        'a',
        '*',
        '|',
        '1',
        '.',
        '\n',
      ),
      maxLength: 12,
    }),
  },
);
// Mostly prose and headings, as a long briefing is: the scan's own path, with a hazard now and then.
const proseLine = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom('Some prose.', 'More prose, with “quotes”.', '', '- an item', '> a quote'),
  },
  { weight: 4, arbitrary: fc.constantFrom('## Section', '### Detail', '# Top', '## Section ##', '##') },
  { weight: 1, arbitrary: fc.constantFrom(...bodies) },
);

describe('the heading scan agrees with marked’s block lexer', () => {
  test('property: on random Markdown', () => {
    fc.assert(
      fc.property(fc.array(markdownLine, { maxLength: 50 }), fc.boolean(), fc.boolean(), (lines, h1, end) => {
        const body = lines.join('\n') + (end ? '\n' : '');
        // Random bodies the lexer itself cannot read have nothing to compare with.
        fc.pre(lexes(body));
        expectSameSplit(body, { firstLine: 3, h1StartsSection: h1 });
      }),
      { numRuns: 3000 },
    );
  });

  test('property: on mostly plain Markdown with a hazard now and then', () => {
    fc.assert(
      fc.property(fc.array(proseLine, { maxLength: 80 }), fc.boolean(), (lines, h1) => {
        fc.pre(lexes(lines.join('\n')));
        expectSameSplit(lines.join('\n'), { firstLine: 1, h1StartsSection: h1 });
      }),
      { numRuns: 2000 },
    );
  });

  const markdownFiles = [
    ...['content', 'test/fixtures/hostile', 'docs'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(dir, name)),
    ),
    'README.md',
  ];

  test.each(markdownFiles)('on %s', (file) => {
    const split = splitFrontMatter(normalizeSource(readFileSync(join(root, file), 'utf8')));
    if (split.kind === 'unclosed') throw new Error(`${file}: unclosed front matter`);
    expectSameSplit(split.body, { firstLine: split.bodyLine, h1StartsSection: split.kind === 'none' });
  });

  test('on a generated briefing (the benchmark’s kind, smaller)', () => {
    const text = generateLargeBriefing({ sections: 300, lines: 6000, players: 40 });
    const split = splitFrontMatter(text);
    if (split.kind !== 'present') throw new Error('no front matter');
    expectSameSplit(split.body, { firstLine: split.bodyLine, h1StartsSection: false });
  });

  test('a heading that only link definitions can resolve uses every definition in the body', () => {
    const body = '## [Talks]\n\ntext\n\n- [talks]: https://e.x/\n\n## [Other] ref\n';
    expectSameSplit(body, { firstLine: 1, h1StartsSection: false });
    expect(
      splitSections(body, { firstLine: 1, h1StartsSection: false }).sections.map((s) => s.title),
    ).toEqual(['Talks', '[Other] ref']);
  });
});

describe('the heading scan lexes only where it must', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('prose, lists, quotes and ATX headings need no lexer', () => {
    const lex = vi.spyOn(Lexer.prototype, 'blockTokens');
    const body = Array.from(
      { length: 200 },
      (_, i) => `## Part ${i}\n\nProse “quoted”.\n- an item\n> a quote\n\n### Detail\nMore.\n`,
    ).join('');
    expect(scanHeadings(body).headings).toHaveLength(400);
    expect(lex).not.toHaveBeenCalled();
  });

  test('a fence is lexed from the heading before it to the first heading past its end', () => {
    const lex = vi.spyOn(Lexer.prototype, 'blockTokens');
    const body = '## A\ntext\n## B\n```\n## not a heading\n```\n## C\ntext\n## D\n';
    expect(scanHeadings(body).headings.map((h) => h.text)).toEqual(['A', 'B', 'C', 'D']);
    expect(lex).toHaveBeenCalledTimes(1);
    expect(lex.mock.calls[0]?.[0]).toBe('## B\n```\n## not a heading\n```\n## C');
  });
});
