import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import { formatProblem } from '../../source/domain/problems.js';
import type { Problem } from '../../source/domain/types.js';

const BODY = '## Background\ntext\n\n## Talks\nmore\n';
const DATE_HINT = 'write an ISO 8601 date such as 2026-02-10 or 2026-02-10T14:30:00Z';

/** The problems of a briefing whose front matter is `yaml` (its first line is file line 2). */
function problemsOf(yaml: readonly string[], body = BODY): readonly Problem[] {
  const result = parseBriefing(['---', ...yaml, '---', body].join('\n'), { file: 'b.md', id: 'b' });
  if (result.ok) throw new Error('expected the briefing to be refused');
  return result.problems;
}

type Expected = readonly [line: number, column: number, message: string, hint: string];

/** [what, front matter lines, the one problem expected] */
const CASES: readonly (readonly [string, readonly string[], Expected])[] = [
  [
    'an importance outside the enum',
    ['importance: urgent'],
    [2, 13, '"importance" must be one of top, high, normal, got "urgent"', 'use one of top, high, normal'],
  ],
  [
    'a misspelt importance',
    ['title: T', 'importance: hihg'],
    [3, 13, '"importance" must be one of top, high, normal, got "hihg"', 'did you mean "high"?'],
  ],
  [
    'an issue status outside the enum',
    ['issues:', '  - id: budget', '    title: Budget', '    status: closed'],
    [
      5,
      13,
      '"issues[0].status" must be one of open, stalled, resolved, got "closed"',
      'use one of open, stalled, resolved',
    ],
  ],
  [
    'a number where text belongs',
    ['title: 2026'],
    [2, 8, '"title" must be text, got a number (2026)', 'put it in quotes: title: "2026"'],
  ],
  [
    'a yes/no value where text belongs',
    ['players:', '  - id: jane', '    name: Jane', '    side: true'],
    [5, 11, '"players[0].side" must be text, got true (a yes/no value)', 'put it in quotes: side: "true"'],
  ],
  [
    'text where a list belongs',
    ['sources: Reuters'],
    [2, 10, '"sources" must be a list, got "Reuters"', 'write a list: one "- item" per line, or [a, b]'],
  ],
  [
    'a number in a list of text',
    ['sources:', '  - Reuters', '  - 42'],
    [4, 5, '"sources[1]" must be text, got a number (42)', 'put it in quotes: "42"'],
  ],
  [
    'a mapping where the players list belongs',
    ['players:', '  jane: Jane'],
    [
      3,
      3,
      '"players" must be a list, got a mapping of keys',
      'write a list: one "- item" per line, or [a, b]',
    ],
  ],
  [
    'a list item that is not a mapping',
    ['players:', '  - jane'],
    [
      3,
      5,
      '"players[0]" must be a mapping of keys, got "jane"',
      'write each player as "- id: ..." followed by its other keys',
    ],
  ],
  [
    'a key with no value',
    ['title: T', 'summary:'],
    [3, 9, '"summary" has no value', 'write a value after "summary:", or remove the line'],
  ],
  [
    'an enum key with no value',
    ['importance:'],
    [2, 12, '"importance" has no value', 'write a value after "importance:", or remove the line'],
  ],
  [
    'a required key with no value',
    ['timeline:', '  - when:', '    what: x'],
    [3, 10, '"timeline[0].when" has no value', 'write a value after "when:", or remove the line'],
  ],
  [
    'an empty item in a list',
    ['sources: [a, ~]'],
    [2, 14, '"sources[1]" has no value', 'write a value, or remove the empty item'],
  ],
  [
    'a player without a name',
    ['players:', '  - id: jane', '    role: Minister'],
    [3, 5, 'players[0] has no "name"', 'add "name:"; every player needs id and name'],
  ],
  [
    'a player without an id',
    ['players:', '  - name: Jane'],
    [3, 5, 'players[0] has no "id"', 'add "id:"; every player needs id and name'],
  ],
  [
    'an issue without a title',
    ['issues:', '  - id: budget'],
    [3, 5, 'issues[0] has no "title"', 'add "title:"; every issue needs id and title'],
  ],
  [
    'a timeline entry without "when"',
    ['timeline:', '  - what: Talks open'],
    [3, 5, 'timeline[0] has no "when"', 'add "when:"; every timeline entry needs when and what'],
  ],
  [
    'a figure without a label',
    ['figures:', '  - value: 3'],
    [3, 5, 'figures[0] has no "label"', 'add "label:"; every figure needs value and label'],
  ],
  [
    'a misspelt top-level key',
    ['title: T', 'plaers: []'],
    [3, 1, 'unknown key "plaers"', 'did you mean "players"?'],
  ],
  ['a capitalised key', ['Title: T'], [2, 1, 'unknown key "Title"', 'did you mean "title"?']],
  [
    'a misspelt key in a player',
    ['players:', '  - id: jane', '    name: Jane', '    nmae: J'],
    [5, 5, 'unknown key "nmae" in players[0]', 'did you mean "name"?'],
  ],
  [
    'a misspelt key in the second issue',
    ['issues:', '  - id: a', '    title: A', '  - id: b', '    title: B', '    positons: {}'],
    [7, 5, 'unknown key "positons" in issues[1]', 'did you mean "positions"?'],
  ],
  [
    'an unknown key like no allowed one',
    ['colour: red'],
    [
      2,
      1,
      'unknown key "colour"',
      'allowed keys here: title, dateline, date, importance, summary, sources, players, issues, timeline, figures, quotes',
    ],
  ],
  [
    'an unknown key in a figure, like no allowed one',
    ['figures:', '  - value: 3', '    label: L', '    unit: percent'],
    [5, 5, 'unknown key "unit" in figures[0]', 'allowed keys here: value, label, context, section'],
  ],
  [
    'an id with capitals and a space',
    ['players:', '  - id: Jane Doe', '    name: Jane'],
    [
      3,
      9,
      '"players[0].id" must be lowercase letters (a-z), digits and hyphens, starting with a letter or digit, got "Jane Doe"',
      'write "jane-doe" instead',
    ],
  ],
  [
    'an id starting with a hyphen',
    ['issues:', '  - id: -budget', '    title: B'],
    [
      3,
      9,
      '"issues[0].id" must be lowercase letters (a-z), digits and hyphens, starting with a letter or digit, got "-budget"',
      'write "budget" instead',
    ],
  ],
  [
    'an empty id',
    ['players:', "  - id: ''", '    name: Jane'],
    [3, 9, '"players[0].id" is empty', 'give it an id of lowercase letters, digits and hyphens'],
  ],
  [
    'a timeline "when" that is a list',
    ['timeline:', '  - when: [a, b]', '    what: x'],
    [
      3,
      11,
      '"timeline[0].when" must be text or a number, got a list',
      'write one value on the line, e.g. when: 2026-02-10',
    ],
  ],
  [
    'a position that is not text',
    ['issues:', '  - id: x', '    title: X', '    positions:', '      EU: [a]'],
    [
      6,
      11,
      '"issues[0].positions.EU" must be text, got a list',
      'write the text on the same line as the key',
    ],
  ],
  [
    'a duplicate player id',
    ['players:', '  - id: jane', '    name: A', '  - id: jane', '    name: B'],
    [5, 9, 'player id "jane" is already used by the player on line 3', 'give each player its own id'],
  ],
  [
    'a duplicate issue id',
    ['issues:', '  - id: talks', '    title: A', '  - id: talks', '    title: B'],
    [5, 9, 'issue id "talks" is already used by the issue on line 3', 'give each issue its own id'],
  ],
  [
    'an issue naming a section that does not exist, close to one that does',
    ['issues:', '  - id: x', '    title: X', '    sections: [backgrond]'],
    [5, 16, 'issue "x" refers to section "backgrond", which does not exist', 'did you mean "background"?'],
  ],
  [
    'an issue naming a section like none that exists',
    ['issues:', '  - id: x', '    title: X', '    sections: [talks, economy]'],
    [
      5,
      23,
      'issue "x" refers to section "economy", which does not exist',
      'section ids come from the headings: background, talks',
    ],
  ],
  [
    'an issue naming a player that does not exist',
    [
      'players:',
      '  - id: jane',
      '    name: J',
      'issues:',
      '  - id: x',
      '    title: X',
      '    players:',
      '      - jnae',
    ],
    [9, 9, 'issue "x" refers to player "jnae", who is not in "players"', 'did you mean "jane"?'],
  ],
  [
    'an issue naming a player when there are none',
    ['issues:', '  - id: x', '    title: X', '    players: [bob]'],
    [
      5,
      15,
      'issue "x" refers to player "bob", who is not in "players"',
      'the briefing has no players; add them under "players:"',
    ],
  ],
  [
    'a timeline entry naming a section that does not exist',
    ['timeline:', '  - when: January', '    what: x', '    section: talk'],
    [5, 14, 'timeline[0] refers to section "talk", which does not exist', 'did you mean "talks"?'],
  ],
  [
    'a figure naming a section that does not exist',
    ['figures:', '  - value: 3', '    label: L', '    section: bakground'],
    [5, 14, 'figures[0] refers to section "bakground", which does not exist', 'did you mean "background"?'],
  ],
  [
    'a date that is not on the calendar',
    ['date: 2026-02-30'],
    [2, 7, '"date" is not a real date: "2026-02-30" (February 2026 has 28 days)', DATE_HINT],
  ],
  [
    'a date-time with an impossible hour',
    ['date: 2026-02-10T25:00:00Z'],
    [2, 7, '"date" is not a real date: "2026-02-10T25:00:00Z" (there is no hour 25)', DATE_HINT],
  ],
  [
    'a date in another format',
    ['date: 10/02/2026'],
    [
      2,
      7,
      '"date" is not a real date: "10/02/2026" (it is not in the form YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)',
      DATE_HINT,
    ],
  ],
  [
    'a timeline date with month 13',
    ['timeline:', '  - when: 2026-13-01', '    what: x'],
    [
      3,
      11,
      '"timeline[0].when" is not a real date: "2026-13-01" (there is no month 13)',
      `${DATE_HINT}, or a label such as "February 2026"`,
    ],
  ],
  [
    'a timeline "when" that looks like a date but is only a month',
    ['timeline:', '  - when: 2026-02', '    what: x'],
    [
      3,
      11,
      '"timeline[0].when" is not a real date: "2026-02" (it is not in the form YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)',
      `${DATE_HINT}, or a label such as "February 2026"`,
    ],
  ],
];

describe('schema errors', () => {
  test.each(CASES)('%s', (_what, yaml, [line, column, message, hint]) => {
    expect(problemsOf(yaml)).toEqual([{ file: 'b.md', line, column, message, hint }]);
  });

  test('labels and year numbers are fine as "when"', () => {
    const result = parseBriefing(
      [
        '---',
        'timeline:',
        '  - when: January',
        '    what: a',
        '  - when: 2026',
        '    what: b',
        '---',
        BODY,
      ].join('\n'),
      { file: 'b.md', id: 'b' },
    );
    expect(result.ok).toBe(true);
  });

  test('every problem is collected, in file order', () => {
    const problems = problemsOf([
      'plaers: []',
      'importance: urgent',
      'players:',
      '  - id: Jane',
      '    name: Jane',
      'issues:',
      '  - id: x',
      '    title: X',
      '    sections: [nowhere]',
      'date: 2026-02-30',
    ]);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1', '3:13', '5:9', '10:16', '11:7']);
    expect(problems.map(formatProblem)).toEqual([
      'b.md:2:1: unknown key "plaers"; did you mean "players"?',
      'b.md:3:13: "importance" must be one of top, high, normal, got "urgent"; use one of top, high, normal',
      'b.md:5:9: "players[0].id" must be lowercase letters (a-z), digits and hyphens, starting with a letter or digit, got "Jane"; write "jane" instead',
      'b.md:10:16: issue "x" refers to section "nowhere", which does not exist; section ids come from the headings: background, talks',
      `b.md:11:7: "date" is not a real date: "2026-02-30" (February 2026 has 28 days); ${DATE_HINT}`,
    ]);
  });

  test('values quoted in messages are sanitised and shortened', () => {
    const [problem] = problemsOf([`importance: "\\e]0;pwned\\a${'x'.repeat(100)}"`]);
    expect(problem?.message).toBe(`"importance" must be one of top, high, normal, got "${'x'.repeat(39)}…"`);
  });
});

describe('file-level problems', () => {
  test('YAML syntax errors are reported at their own line in the file', () => {
    expect(problemsOf(['title: T', 'summary: a: b'])).toEqual([
      {
        file: 'b.md',
        line: 3,
        column: 10,
        message: 'YAML error: Nested mappings are not allowed in compact mappings',
        hint: 'fix the YAML syntax here (indentation, colons, quotes)',
      },
    ]);
  });

  test('a duplicate key', () => {
    expect(problemsOf(['title: A', 'title: B'])).toEqual([
      {
        file: 'b.md',
        line: 3,
        column: 1,
        message: 'duplicate key "title" in front matter',
        hint: 'keep one of the two keys',
      },
    ]);
  });

  test('front matter that is not a mapping', () => {
    expect(problemsOf(['- a', '- b'])).toEqual([
      {
        file: 'b.md',
        line: 2,
        column: 1,
        message: 'front matter must be a mapping of keys, got a list',
        hint: 'write "key: value" lines, e.g. title: Budget talks',
      },
    ]);
  });
});
