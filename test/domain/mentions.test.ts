import { describe, expect, test } from 'vitest';
import { createNameMatcher, findMentions } from '../../source/domain/mentions.js';
import type { Briefing, Mention } from '../../source/domain/types.js';
import { sectionWith } from './make-briefing.js';

function mentionsIn(briefing: Briefing): Mention[] {
  const matcher = createNameMatcher(briefing.players);
  return briefing.sections.flatMap((section) => findMentions(section, matcher));
}

/** The mentions as `player:text@offset`, which reads well in a failing assertion. */
function brief(mentions: readonly Mention[]): string[] {
  return mentions.map((mention) => `${mention.playerId}:${mention.text}@${mention.offset}`);
}

function expectExactOffsets(briefing: Briefing, mentions: readonly Mention[]): void {
  for (const mention of mentions) {
    const section = briefing.sections.find((candidate) => candidate.id === mention.sectionId);
    expect(section?.markdown.slice(mention.offset, mention.offset + mention.text.length)).toBe(mention.text);
  }
}

const trump = { id: 'trump', name: 'Trump' };

describe('whole words, case-sensitive', () => {
  test('a possessive matches, a longer word does not', () => {
    const briefing = sectionWith('Trump’s plan met Trumpet players. Trump left.', [trump]);
    const found = mentionsIn(briefing);
    expect(brief(found)).toEqual(['trump:Trump@0', 'trump:Trump@34']);
    expectExactOffsets(briefing, found);
  });

  test.each([
    ['a letter before', 'ATrump'],
    ['a letter after', 'Trumpa'],
    ['a digit before', '1Trump'],
    ['a digit after', 'Trump2'],
    ['an underscore before', '_Trump'],
    ['an underscore after', 'Trump_'],
    ['a non-ASCII letter before', 'éTrump'],
    ['a non-ASCII letter after', 'Trumpé'],
    ['another case', 'trump TRUMP'],
  ])('no match with %s', (_label, markdown) => {
    expect(mentionsIn(sectionWith(markdown, [trump]))).toEqual([]);
  });

  test('punctuation, brackets and markdown emphasis are boundaries', () => {
    const markdown = '(Trump) **Trump**, "Trump"; Trump-led [Trump](https://x.y)';
    const found = mentionsIn(sectionWith(markdown, [trump]));
    expect(brief(found)).toEqual([
      'trump:Trump@1',
      'trump:Trump@10',
      'trump:Trump@20',
      'trump:Trump@28',
      'trump:Trump@39',
    ]);
  });

  test('offsets count UTF-16 code units', () => {
    const briefing = sectionWith('🎉 Trump and 日本 Trump', [trump]);
    const found = mentionsIn(briefing);
    expect(brief(found)).toEqual(['trump:Trump@3', 'trump:Trump@16']);
    expectExactOffsets(briefing, found);
  });

  test('regex syntax in a name is literal', () => {
    const players = [
      { id: 'jd', name: 'J.D. Vance' },
      { id: 'star', name: 'A*B' },
    ];
    const found = mentionsIn(sectionWith('JxDx Vance and J.D. Vance; AAB, A*B.', players));
    expect(brief(found)).toEqual(['jd:J.D. Vance@15', 'star:A*B@32']);
  });
});

describe('aliases and longest names', () => {
  const umerov = { id: 'umerov', name: 'Rustem Umerov', aliases: ['Umerov'] };

  test('an alias is a mention; a full name is one mention, not also its alias', () => {
    const briefing = sectionWith('Rustem Umerov spoke. Later Umerov left.', [umerov]);
    const found = mentionsIn(briefing);
    expect(brief(found)).toEqual(['umerov:Rustem Umerov@0', 'umerov:Umerov@27']);
    expectExactOffsets(briefing, found);
  });

  test('the longer of two players’ names wins at the same place', () => {
    const players = [
      { id: 'anna', name: 'Anna' },
      { id: 'berg', name: 'Anna Berg' },
    ];
    expect(brief(mentionsIn(sectionWith('Anna Berg and Anna.', players)))).toEqual([
      'berg:Anna Berg@0',
      'anna:Anna@14',
    ]);
  });

  test('a longer name that fails the word boundary gives way to a shorter one', () => {
    const players = [
      { id: 'anna', name: 'Anna' },
      { id: 'berg', name: 'Anna Berg' },
    ];
    expect(brief(mentionsIn(sectionWith('Anna Bergman came.', players)))).toEqual(['anna:Anna@0']);
  });

  test('a name shared by two players gives both a mention, in briefing order', () => {
    const players = [
      { id: 'lars', name: 'Lars Berg', aliases: ['Berg'] },
      { id: 'eva', name: 'Eva Berg', aliases: ['Berg'] },
    ];
    expect(brief(mentionsIn(sectionWith('Berg said no. Eva Berg said yes.', players)))).toEqual([
      'lars:Berg@0',
      'eva:Berg@0',
      'eva:Eva Berg@14',
    ]);
  });

  test('no players, or only empty names, find nothing', () => {
    expect(mentionsIn(sectionWith('Anything at all.', []))).toEqual([]);
    expect(mentionsIn(sectionWith('Anything at all.', [{ id: 'x', name: '', aliases: [''] }]))).toEqual([]);
  });
});

describe('sentences', () => {
  const berg = { id: 'berg', name: 'Anna Berg', aliases: ['Berg'] };
  const markdown = [
    'The talks resumed on Monday. Anna Berg said the',
    'deal was close,   and then left. Nobody followed.',
    '',
    '- Berg met the envoy',
    '- Another item, no names',
    '  * nested: Berg again',
    '1. Numbered Berg item',
    '',
    '> Quoted: Berg',
    '> agreed.',
    '',
    '### Berg speaks',
    'After the heading, Berg.',
    '',
    '| Berg | 71 |',
  ].join('\n');
  const briefing = sectionWith(markdown, [berg]);
  const found = mentionsIn(briefing);

  test('every mention has its exact offset', () => {
    expect(found).toHaveLength(8);
    expectExactOffsets(briefing, found);
  });

  test('a wrapped sentence is joined and its whitespace collapsed', () => {
    expect(found[0]?.sentence).toBe('Anna Berg said the deal was close, and then left.');
  });

  test('list items, quotes and headings end sentences and lose their markers', () => {
    expect(found.slice(1).map((mention) => mention.sentence)).toEqual([
      'Berg met the envoy',
      'nested: Berg again',
      'Numbered Berg item',
      'Quoted: Berg agreed.',
      'Berg speaks',
      'After the heading, Berg.',
      '| Berg | 71 |',
    ]);
  });

  test('every field of a mention', () => {
    expect(found[0]).toEqual({
      playerId: 'berg',
      sectionId: 'only',
      sentence: 'Anna Berg said the deal was close, and then left.',
      text: 'Anna Berg',
      offset: 29,
    });
  });
});
