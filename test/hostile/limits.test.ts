/**
 * The loader's limits (source/domain/limits.ts), each at its edge: at the limit a briefing loads, one
 * past it the briefing is refused with one problem that says what, where and what to do. And the
 * committed corpus fixtures are what the corpus module makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deriveIndexes } from '../../source/domain/derive.js';
import { LIMITS, MENTION_LIMITS, nestingOf } from '../../source/domain/limits.js';
import { parseBriefing } from '../../source/domain/parse.js';
import { formatProblem } from '../../source/domain/problems.js';
import type { ParseResult } from '../../source/domain/types.js';
import { CORPUS } from './corpus.js';

const SOURCE = { file: 'b.md', id: 'b' };
const parse = (text: string) => parseBriefing(text, SOURCE);

function problems(result: ParseResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

function expectOk(result: ParseResult): void {
  expect(problems(result)).toEqual([]);
  expect(result.ok).toBe(true);
}

function expectOne(result: ParseResult, pattern: RegExp): void {
  const lines = problems(result);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

const depth = (line: string) => nestingOf(line, 0, line.length);

describe('committed fixtures', () => {
  test('test/fixtures/hostile holds exactly the small corpus cases, as the corpus makes them', () => {
    const dir = join(import.meta.dirname, '../fixtures/hostile');
    const committed = CORPUS.filter((c) => c.committed);
    expect(readdirSync(dir).sort()).toEqual(committed.map((c) => `${c.name}.md`).sort());
    for (const c of committed) expect(readFileSync(join(dir, `${c.name}.md`), 'utf8'), c.name).toBe(c.text());
  });
});

describe('nesting as the loader counts it', () => {
  test.each([
    ['plain text', 0],
    ['- item', 1],
    ['  - item', 2],
    ['    - item', 3],
    ['> quote', 1],
    ['>>> quote', 3],
    ['> > > quote', 3],
    ['> - > - x', 4],
    ['- - - x', 3],
    ['1. 2) x', 2],
    ['\t- tab', 3],
    ['   1. three spaces', 2],
    ['- - -', 0],
    ['* * * * * * * * * * * * * * * * * * * *', 0],
    ['> ***', 1],
    ['-not a marker', 0],
    ['1.5 is a number', 0],
  ])('%j is %i deep', (line, expected) => {
    expect(depth(line)).toBe(expected);
  });
});

describe('each limit at its edge', () => {
  const body = (lines: readonly string[]) => `---\ntitle: T\n---\n## A\n\n${lines.join('\n')}\n`;

  test('nesting: 16 loads, 17 is refused at its line', () => {
    expectOk(parse(body([`${'>'.repeat(15)} - sixteen`])));
    expectOne(
      parse(body(['text', `${'>'.repeat(16)} - seventeen`])),
      /^b\.md:7:1: quotes and lists are nested 17 deep here, over the limit of 16; flatten the nesting/,
    );
  });

  test('nested lines: the depths may add up to 100,000, not more', () => {
    // Items two deep, 5,000 a section (a section holds at most 200,000 characters).
    const items = (n: number) => {
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(...(i % 5000 === 0 ? [`## S${i}`, ''] : []), '  - two');
      return `---\ntitle: T\n---\n${lines.join('\n')}\n`;
    };
    expectOk(parse(items(LIMITS.nestedLines / 2)));
    const over = items(LIMITS.nestedLines / 2 + 1);
    const line = over.split('\n').length - 1;
    expectOne(
      parse(over),
      new RegExp(
        `^b\\.md:${line}:1: lines inside quotes and lists add up to 100,002 levels, over the limit of 100,000; `,
      ),
    );
  });

  test('lines: 200,000 load, one more is refused', () => {
    const head = '---\ntitle: T\n---\n## A\n';
    // Blank lines: they cost the lexer least, and add nothing to the section.
    const fill = (lines: number) => `${head}${'\n'.repeat(lines - 5)}x`;
    expect(fill(LIMITS.lines).split('\n')).toHaveLength(LIMITS.lines);
    expectOk(parse(fill(LIMITS.lines)));
    expectOne(
      parse(fill(LIMITS.lines + 1)),
      /^b\.md:200001:1: the file has 200,001 lines, over the limit of 200,000; /,
    );
  });

  test('front matter: 512 KiB loads, one character more is refused before YAML reads it', () => {
    const frontMatter = (chars: number) => {
      const yaml = `title: T\nsummary: ${'s'.repeat(9_000)}\n`;
      const comments = chars - yaml.length;
      return `---\n${yaml}#${'c'.repeat(comments - 2)}\n---\n## A\n\nx\n`;
    };
    expectOk(parse(frontMatter(LIMITS.frontMatterChars)));
    expectOne(
      parse(frontMatter(LIMITS.frontMatterChars + 1)),
      /^b\.md:2:1: front matter is 524,289 characters, over the limit of 524,288; move long text into the body/,
    );
  });

  test('sections: 10,000 load, 10,001 are refused at the first one over', () => {
    const headings = (n: number) =>
      `---\ntitle: T\n---\n${Array.from({ length: n }, (_, i) => `## S${i}`).join('\n')}\n`;
    expectOk(parse(headings(LIMITS.sections)));
    expectOne(
      parse(headings(LIMITS.sections + 1)),
      /^b\.md:10004:1: the body has 10,001 sections, over the limit of 10,000; /,
    );
  });

  test('a section may hold 200,000 characters, not one more', () => {
    const section = (chars: number) => `---\ntitle: T\n---\n## A\n${'x'.repeat(chars)}\n## B\n`;
    expectOk(parse(section(LIMITS.sectionChars)));
    expectOne(
      parse(section(LIMITS.sectionChars + 1)),
      /^b\.md:4:1: this section is 200,001 characters, over the limit of 200,000; split it with more "## " headings$/,
    );
  });

  test('a heading may be 500 characters long', () => {
    expectOk(parse(`---\ntitle: T\n---\n## ${'h'.repeat(500)}\nx\n`));
    expectOne(
      parse(`---\ntitle: T\n---\n## ${'h'.repeat(501)}\nx\n`),
      /^b\.md:4:1: this heading is 501 characters, /,
    );
  });

  test('names: 200 characters; titles and labels: 500; texts: 10,000', () => {
    const player = (name: string, role = 'r', description = 'd') =>
      `---\nplayers:\n  - id: p\n    name: ${name}\n    role: ${role}\n    description: ${description}\n---\n## A\n\nx\n`;
    expectOk(parse(player('n'.repeat(200), 'r'.repeat(500), 'd'.repeat(10_000))));
    expectOne(
      parse(player('n'.repeat(201))),
      /^b\.md:4:11: "players\[0\]\.name" is 201 characters, over the limit of 200; shorten it$/,
    );
    expectOne(
      parse(player('n', 'r'.repeat(501))),
      /^b\.md:5:11: "players\[0\]\.role" is 501 characters, over the limit of 500; /,
    );
    expectOne(
      parse(player('n', 'r', 'd'.repeat(10_001))),
      /^b\.md:6:18: "players\[0\]\.description" is 10,001 characters, over the limit of 10,000; shorten it, or move it into the body$/,
    );
  });

  test('a number is as long as it is written', () => {
    expectOne(
      parse(`---\nfigures:\n  - value: ${'9'.repeat(501)}\n    label: L\n---\n## A\n\nx\n`),
      /"figures\[0\]\.value" is 501 characters, over the limit of 500/,
    );
  });

  test('lists: 5,000 items load, 5,001 are refused in one line', () => {
    const aliases = (n: number) =>
      `---\nplayers:\n  - id: p\n    name: P\n    aliases: [${Array.from({ length: n }, (_, i) => `a${i}`).join(', ')}]\n---\n## A\n\nx\n`;
    expectOk(parse(aliases(LIMITS.listItems)));
    expectOne(
      parse(aliases(LIMITS.listItems + 1)),
      /"players\[0\]\.aliases" has 5,001 items, over the limit of 5,000; /,
    );
    const timeline = `---\ntimeline:\n${'  - when: x\n    what: y\n'.repeat(LIMITS.listItems + 1)}---\n## A\n\nx\n`;
    expectOne(
      parse(timeline),
      /^b\.md:3:3: "timeline" has 5,001 items, over the limit of 5,000; split the briefing/,
    );
  });

  test('problems: 100 are shown, and one more line counts the rest', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `unknown${i}: v`).join('\n');
    const lines = problems(parse(`---\n${keys}\n---\n## A\n\nx\n`));
    expect(lines).toHaveLength(LIMITS.problems + 1);
    expect(lines[0]).toMatch(/^b\.md:2:1: unknown key "unknown0"; /);
    expect(lines[99]).toMatch(/^b\.md:101:1: unknown key "unknown99"; /);
    expect(lines[100]).toBe(
      'b.md:101:1: 150 more problems not shown; fix these first, then check the file again',
    );
  });

  test('mentions: at most 5,000 a player and 100,000 in all are kept, the first in section order', () => {
    const players = Array.from({ length: 30 }, (_, i) => `  - id: p${i}\n    name: N${i}`).join('\n');
    const words = Array.from({ length: 30 }, (_, i) => `N${i}`).join(' ');
    const sections = Array.from({ length: 40 }, (_, s) => `## S${s}\n${`${words}\n`.repeat(100)}`).join('');
    const result = parse(`---\nplayers:\n${players}\n---\n${sections}`);
    if (!result.ok) throw new Error(problems(result).join('\n'));
    const derived = deriveIndexes(result.briefing);
    const counts = [...derived.mentions.values()].map((list) => list.length);
    // 30 players named 4,000 times each: 120,000 mentions, cut at 100,000.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(MENTION_LIMITS.total);
    expect(Math.max(...counts)).toBeLessThanOrEqual(MENTION_LIMITS.perPlayer);
    const kept = [...derived.mentionsBySection.values()].reduce((sum, list) => sum + list.length, 0);
    expect(kept).toBe(MENTION_LIMITS.total);
    expect(derived.mentionsBySection.get('s39')).toEqual([]);

    const one = parse(`---\nplayers:\n  - id: a\n    name: A\n---\n## S\n${'A '.repeat(50_000)}\n`);
    if (!one.ok) throw new Error('no');
    expect(deriveIndexes(one.briefing).mentions.get('a')).toHaveLength(MENTION_LIMITS.perPlayer);
  });
});

describe('the benchmark-sized honest briefing stays inside every limit', () => {
  test('5,000 sections, 100,000 lines, 500 players, nesting 1 load', async () => {
    const { generateLargeBriefing } = await import('../harness/generate-large.js');
    const text = generateLargeBriefing();
    const started = performance.now();
    expectOk(parse(text));
    // Measured 0.5 s here; the bound only catches a gross regression.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
