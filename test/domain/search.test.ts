import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findMatches, foldCase, isCaseSensitive } from '../../source/domain/match.js';
import { createSearchIndex, firstHit, search } from '../../source/domain/search.js';
import type { Briefing, ItemRef, SearchHit } from '../../source/domain/types.js';
import { makeBriefing } from './make-briefing.js';

const oneSection = (markdown: string): Briefing =>
  makeBriefing({ sections: [{ id: 's', title: '', markdown }] });

const offsets = (hits: readonly SearchHit[]): number[] => hits.map((hit) => hit.offset);

/** Where each hit is, as `kind:id-or-index/field@offset+length`. */
const located = (hits: readonly SearchHit[]): string[] =>
  hits.map((hit) => {
    const key = hit.item.kind === 'timeline' || hit.item.kind === 'figure' ? hit.item.index : hit.item.id;
    return `${hit.item.kind}:${key}/${hit.field}@${hit.offset}+${hit.length}`;
  });

describe('search', () => {
  test('finds every occurrence, in offset order', () => {
    const index = createSearchIndex(oneSection('the cat and the hat; The end, then'));
    expect(offsets(search(index, 'the'))).toEqual([0, 12, 21, 30]);
  });

  test('smart case: an uppercase letter makes the query case-sensitive', () => {
    const index = createSearchIndex(oneSection('the cat and the hat; The end, THE then'));
    expect(offsets(search(index, 'The'))).toEqual([21]);
    expect(offsets(search(index, 'THE'))).toEqual([30]);
    expect(offsets(search(index, 'tHe'))).toEqual([]);
    expect(isCaseSensitive('abc')).toBe(false);
    expect(isCaseSensitive('aBc')).toBe(true);
    expect(isCaseSensitive('ärger')).toBe(false);
    expect(isCaseSensitive('Ärger')).toBe(true);
  });

  test('matches do not overlap', () => {
    expect(offsets(search(createSearchIndex(oneSection('aaaaa')), 'aa'))).toEqual([0, 2]);
  });

  test.each([
    ['.', 'a.b a-b .', [1, 8]],
    ['(', 'f(x) (y)', [1, 5]],
    ['*', 'a*b **', [1, 4, 5]],
    ['a.b', 'a.b axb', [0]],
    ['[x]', '[x] x', [0]],
    ['$1', 'cost $1 or 1', [5]],
    ['\\d', 'a\\d 5', [1]],
    ['^a|b', '^a|b ab', [0]],
  ])('query %j is literal', (query, markdown, expected) => {
    expect(offsets(search(createSearchIndex(oneSection(markdown)), query))).toEqual(expected);
  });

  test('an empty query finds nothing', () => {
    expect(search(createSearchIndex(oneSection('anything')), '')).toEqual([]);
    expect(findMatches('anything', '')).toEqual([]);
  });

  test('whitespace in the query matches any whitespace run, across a line break', () => {
    const markdown = 'The ceasefire\ntalks resumed; ceasefire  talks again.';
    const hits = search(createSearchIndex(oneSection(markdown)), 'ceasefire talks');
    expect(hits.map((hit) => markdown.slice(hit.offset, hit.offset + hit.length))).toEqual([
      'ceasefire\ntalks',
      'ceasefire  talks',
    ]);
    expect(hits[0]?.snippet).toBe('The ceasefire talks resumed; ceasefire talks again.');
  });

  test('whitespace runs at the ends of a query, and with exact case', () => {
    expect(findMatches('A\n B a b', 'A B')).toEqual([{ offset: 0, length: 4 }]);
    expect(findMatches('A\n B a b', 'a b')).toEqual([
      { offset: 0, length: 4 },
      { offset: 5, length: 3 },
    ]);
    expect(findMatches('x  y', ' y')).toEqual([{ offset: 1, length: 3 }]);
    expect(findMatches('x  y', 'x ')).toEqual([{ offset: 0, length: 3 }]);
    expect(findMatches('a \n\tb', ' ')).toEqual([{ offset: 1, length: 3 }]);
  });

  test('offsets stay exact where lower-casing would change the length', () => {
    const markdown = 'İstanbul, then istanbul';
    expect(findMatches(markdown, 'stanbul')).toEqual([
      { offset: 1, length: 7 },
      { offset: 16, length: 7 },
    ]);
    expect(foldCase(markdown)).toHaveLength(markdown.length);
    expect(findMatches('ΟΔΟΣ οδός', 'σ')).toEqual([
      { offset: 3, length: 1 },
      { offset: 8, length: 1 },
    ]);
  });

  test('a hit carries its line as the snippet, cut around the match when the line is long', () => {
    const long = `${'word '.repeat(60)}needle ${'tail '.repeat(60)}`;
    const markdown = `first line\n  second\tline with needle  \n${long}`;
    const hits = search(createSearchIndex(oneSection(markdown)), 'needle');
    expect(hits[0]?.snippet).toBe('second line with needle');
    expect(hits[1]?.snippet).toMatch(/^….* needle .*…$/);
    expect(hits[1]?.snippet.length).toBeLessThan(160);
  });

  test('covers every panel, in panel, item, field and offset order', () => {
    const briefing = makeBriefing({
      sections: [
        { id: 'one', title: 'Grain one', markdown: 'grain and grain' },
        { id: 'two', title: 'Two', markdown: 'no match' },
        { id: 'three', title: 'Three', markdown: 'grain' },
      ],
      players: [
        {
          id: 'p',
          name: 'Grain Man',
          aliases: ['Man', 'Grainy'],
          role: 'grain trader',
          side: 'grain side',
          description: 'sells grain',
        },
      ],
      issues: [
        {
          id: 'i',
          title: 'grain deal',
          summary: 'about grain',
          positions: [
            { party: 'North', position: 'more grain' },
            { party: 'South', position: 'less grain' },
          ],
        },
      ],
      timeline: [{ when: 'grain day', what: 'grain shipped' }, { what: 'nothing' }, { what: 'grain' }],
      figures: [{ value: '71', label: 'grain tonnes', context: 'of grain' }],
    });
    expect(located(search(createSearchIndex(briefing), 'grain'))).toEqual([
      'section:one/title@0+5',
      'section:one/markdown@0+5',
      'section:one/markdown@10+5',
      'section:three/markdown@0+5',
      'player:p/name@0+5',
      'player:p/alias:1@0+5',
      'player:p/role@0+5',
      'player:p/side@0+5',
      'player:p/description@6+5',
      'issue:i/title@0+5',
      'issue:i/summary@6+5',
      'issue:i/position:North@5+5',
      'issue:i/position:South@5+5',
      'timeline:0/when@0+5',
      'timeline:0/what@0+5',
      'timeline:2/what@0+5',
      'figure:0/label@0+5',
      'figure:0/context@3+5',
    ]);
    expect(located(search(createSearchIndex(briefing), '71'))).toEqual(['figure:0/value@0+2']);
  });
});

/** Text from a small alphabet, so queries hit often: cases, whitespace, regex syntax, İ and ß. */
const text = fc
  .array(fc.constantFrom('a', 'A', 'b', 'B', 'ab', ' ', '  ', '\n', '.', '(', '*', 'İ', 'ß', 'é', 'É'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
const query = fc
  .array(fc.constantFrom('a', 'A', 'b', 'B', ' ', '.', '(', '*', 'İ', 'é', 'É'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

const collapse = (value: string): string => value.replace(/\s+/g, ' ');

/** A different way to the same answer for whitespace-free queries: `startsWith` at every position. */
function naive(haystack: string, needle: string): number[] {
  const sensitive = /[\p{Lu}\p{Lt}]/u.test(needle);
  const source = sensitive ? haystack : foldCase(haystack);
  const wanted = sensitive ? needle : foldCase(needle);
  const found: number[] = [];
  for (let at = 0; at <= source.length - wanted.length; at += 1) {
    if (source.startsWith(wanted, at)) {
      found.push(at);
      at += wanted.length - 1;
    }
  }
  return found;
}

describe('search properties', () => {
  test('every hit slices its field to the query under the case rule', () => {
    fc.assert(
      fc.property(text, text, query, (markdown, description, needle) => {
        const briefing = makeBriefing({
          sections: [{ id: 's', title: '', markdown }],
          players: [{ id: 'p', name: '', description }],
        });
        for (const hit of search(createSearchIndex(briefing), needle)) {
          const field = hit.item.kind === 'section' ? markdown : description;
          const slice = field.slice(hit.offset, hit.offset + hit.length);
          if (isCaseSensitive(needle)) expect(collapse(slice)).toBe(collapse(needle));
          else expect(collapse(foldCase(slice))).toBe(collapse(foldCase(needle)));
        }
      }),
    );
  });

  test('a whitespace-free query finds exactly what a startsWith scan finds', () => {
    fc.assert(
      fc.property(
        text,
        query.filter((needle) => !/\s/.test(needle)),
        (haystack, needle) => {
          expect(offsets(search(createSearchIndex(oneSection(haystack)), needle))).toEqual(
            naive(haystack, needle),
          );
          expect(findMatches(haystack, needle).map((match) => match.offset)).toEqual(naive(haystack, needle));
        },
      ),
    );
  });
});

/** The hit a confirm went to before `firstHit`: the first hit in `prefer`, or else the first of all. */
function chosenByFullScan(hits: readonly SearchHit[], prefer: ItemRef | undefined): SearchHit | undefined {
  const sameItem = (item: ItemRef): boolean => JSON.stringify(item) === JSON.stringify(prefer);
  return hits[
    Math.max(
      0,
      hits.findIndex((hit) => sameItem(hit.item)),
    )
  ];
}

describe('firstHit', () => {
  const briefing = makeBriefing({
    sections: [
      { id: 'one', title: 'One', markdown: 'wheat, then grain' },
      { id: 'two', title: 'Grain two', markdown: 'barley\nand grain and grain' },
      { id: 'three', title: 'Three', markdown: 'no match' },
    ],
    players: [{ id: 'p', name: 'Grain Man', role: 'grain trader' }],
    timeline: [{ when: 'May', what: 'grain shipped' }],
  });
  const index = createSearchIndex(briefing);

  test('is the first hit in the preferred item, in field order', () => {
    expect(located([firstHit(index, 'grain', { kind: 'section', id: 'two' }) as SearchHit])).toEqual([
      'section:two/title@0+5',
    ]);
    expect(located([firstHit(index, 'grain', { kind: 'timeline', index: 0 }) as SearchHit])).toEqual([
      'timeline:0/what@0+5',
    ]);
    expect(firstHit(index, 'grain', { kind: 'player', id: 'p' })?.snippet).toBe('Grain Man');
  });

  test('is the first hit of all when the preferred item has none, or none is given', () => {
    for (const prefer of [
      undefined,
      { kind: 'section' as const, id: 'three' },
      { kind: 'figure' as const, index: 9 },
    ]) {
      expect(located([firstHit(index, 'grain', prefer) as SearchHit])).toEqual(['section:one/markdown@12+5']);
    }
  });

  test('is undefined when nothing matches, and for an empty query', () => {
    expect(firstHit(index, 'rye', { kind: 'section', id: 'one' })).toBeUndefined();
    expect(firstHit(index, '')).toBeUndefined();
  });

  test('a phrase across a line break, with its snippet', () => {
    const hit = firstHit(index, 'barley and', { kind: 'section', id: 'two' });
    expect(hit && located([hit])).toEqual(['section:two/markdown@0+10']);
    expect(hit?.snippet).toBe('barley and grain and grain');
  });

  test('an id given to two items (only a hand-built briefing can) looks in both, in order', () => {
    const twice = createSearchIndex(
      makeBriefing({
        sections: [
          { id: 'a', title: 'A', markdown: 'nothing' },
          { id: 'x', title: 'X', markdown: 'grain' },
          { id: 'a', title: 'A again', markdown: 'more grain' },
        ],
      }),
    );
    expect(firstHit(twice, 'grain', { kind: 'section', id: 'a' })?.offset).toBe(5);
  });

  test('counts the characters a full scan reads', () => {
    const chars =
      'One'.length + 'wheat, then grain'.length + 'Grain two'.length + 'barley\nand grain and grain'.length;
    const rest =
      'Three'.length + 'no match'.length + 'Grain Man'.length + 'grain trader'.length + 'May'.length;
    expect(index.chars).toBe(chars + rest + 'grain shipped'.length);
  });

  test('is the hit a full scan would choose, for any texts, query and preferred item', () => {
    const item = fc.constantFrom<ItemRef | undefined>(
      undefined,
      { kind: 'section', id: 's0' },
      { kind: 'section', id: 's1' },
      { kind: 'section', id: 's2' },
      { kind: 'player', id: 'p0' },
      { kind: 'player', id: 'p1' },
      { kind: 'issue', id: 'i0' },
      { kind: 'timeline', index: 0 },
      { kind: 'timeline', index: 1 },
      { kind: 'figure', index: 0 },
      { kind: 'section', id: 'gone' },
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 20, maxLength: 20 }), query, item, (t, needle, prefer) => {
        const random = makeBriefing({
          sections: [0, 1, 2].map((i) => ({ id: `s${i}`, title: t[i] ?? '', markdown: t[i + 3] ?? '' })),
          players: [0, 1].map((i) => ({
            id: `p${i}`,
            name: t[6 + i] ?? '',
            aliases: [t[8 + i] ?? '', t[10] ?? ''],
            description: t[11 + i] ?? '',
          })),
          issues: [
            {
              id: 'i0',
              title: t[13] ?? '',
              summary: t[14] ?? '',
              positions: [{ party: 'x', position: t[15] ?? '' }],
            },
          ],
          timeline: [{ when: t[16] ?? '', what: t[17] ?? '' }, { what: t[18] ?? '' }],
          figures: [{ value: t[19] ?? '', label: t[0] ?? '', context: t[1] ?? '' }],
        });
        const at = createSearchIndex(random);
        expect(firstHit(at, needle, prefer)).toEqual(chosenByFullScan(search(at, needle), prefer));
      }),
      { numRuns: 500 },
    );
  });
});
