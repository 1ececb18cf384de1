import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import { formatProblem } from '../../source/domain/problems.js';
import type { Briefing, ParseResult, Problem } from '../../source/domain/types.js';

const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(allStrings);
}

const SOURCE = { file: 'content/talks.md', id: 'talks' };

function briefingOf(result: ParseResult): Briefing {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.briefing;
}

function warningsOf(result: ParseResult): readonly Problem[] {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.warnings;
}

function problemsOf(result: ParseResult): readonly Problem[] {
  if (result.ok) throw new Error('expected the briefing to be refused');
  return result.problems;
}

const FULL = `---
title: Budget talks
dateline: Brussels
date: 2026-02-10
importance: top
summary: Ministers meet again.
sources:
  - Reuters
  - "AP"
players:
  - id: jane-doe
    name: Jane Doe
    aliases: [Doe, the minister]
    role: Finance minister
    side: North
    description: Leads the talks.
  - id: bob
    name: Bob
issues:
  - id: budget
    title: The budget
    status: stalled
    summary: No deal yet.
    positions:
      North: cut
      2027: later
      South: spend
    sections: [background, talks]
    players: [jane-doe, bob]
  - id: minor
    title: A minor issue
timeline:
  - when: 2026-02-09T18:30:00+01:00
    what: Dinner
    section: talks
  - when: Wednesday
    what: Vote
figures:
  - value: 1.50
    label: Deficit
    context: per cent of GDP
    section: background
  - value: "€2bn"
    label: Gap
---
The talks resume today.

## Background
Old story.

## Talks
### Detail
New story.
`;

describe('parseBriefing: the model', () => {
  test('a complete briefing', () => {
    const briefing = briefingOf(parseBriefing(FULL, SOURCE));
    expect(briefing.id).toBe('talks');
    expect(briefing.file).toBe('content/talks.md');
    expect(briefing.meta).toEqual({
      title: 'Budget talks',
      dateline: 'Brussels',
      date: '2026-02-10',
      importance: 'top',
      summary: 'Ministers meet again.',
      sources: ['Reuters', 'AP'],
    });
    expect(briefing.sections).toEqual([
      { id: 'lead', title: 'Lead', depth: 0, markdown: 'The talks resume today.', line: 46 },
      {
        id: 'background',
        title: 'Background',
        depth: 2,
        markdown: 'Old story.',
        line: 48,
        anchor: 'background',
      },
      { id: 'talks', title: 'Talks', depth: 2, markdown: '', line: 51, anchor: 'talks' },
      {
        id: 'detail',
        title: 'Detail',
        depth: 3,
        markdown: 'New story.',
        line: 52,
        parent: 'talks',
        anchor: 'detail',
      },
    ]);
    expect(briefing.players).toEqual([
      {
        id: 'jane-doe',
        name: 'Jane Doe',
        aliases: ['Doe', 'the minister'],
        role: 'Finance minister',
        side: 'North',
        description: 'Leads the talks.',
      },
      { id: 'bob', name: 'Bob', aliases: [], role: '', side: '', description: '' },
    ]);
    expect(briefing.issues).toEqual([
      {
        id: 'budget',
        title: 'The budget',
        status: 'stalled',
        summary: 'No deal yet.',
        positions: [
          { party: 'North', position: 'cut' },
          { party: '2027', position: 'later' },
          { party: 'South', position: 'spend' },
        ],
        sections: ['background', 'talks'],
        players: ['jane-doe', 'bob'],
      },
      {
        id: 'minor',
        title: 'A minor issue',
        status: 'open',
        summary: '',
        positions: [],
        sections: [],
        players: [],
      },
    ]);
    expect(briefing.timeline).toEqual([
      { when: '2026-02-09T18:30:00+01:00', date: '2026-02-09', what: 'Dinner', section: 'talks' },
      { when: 'Wednesday', date: undefined, what: 'Vote', section: undefined },
    ]);
    expect(briefing.figures).toEqual([
      { value: '1.50', label: 'Deficit', context: 'per cent of GDP', section: 'background' },
      { value: '€2bn', label: 'Gap', context: '', section: undefined },
    ]);
  });

  test('a clean briefing has no warnings', () => {
    expect(warningsOf(parseBriefing(FULL, SOURCE))).toEqual([]);
  });

  test('defaults: importance normal, empty strings and lists, no date', () => {
    const briefing = briefingOf(parseBriefing('---\ntitle: T\n---\ntext\n', SOURCE));
    expect(briefing.meta).toEqual({
      title: 'T',
      dateline: '',
      date: undefined,
      importance: 'normal',
      summary: '',
      sources: [],
    });
    expect([briefing.players, briefing.issues, briefing.timeline, briefing.figures]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  test('the title falls back to the first # heading, then to the file id', () => {
    expect(
      briefingOf(parseBriefing('---\nsummary: S\n---\n# The *Real* Title\n\n## A\n', SOURCE)).meta.title,
    ).toBe('The Real Title');
    expect(briefingOf(parseBriefing('---\nsummary: S\n---\n## A\n', SOURCE)).meta.title).toBe('talks');
    expect(briefingOf(parseBriefing('---\ntitle: "  "\n---\n# H\n', SOURCE)).meta.title).toBe('H');
  });

  test('a file without front matter is a README: its first # heading is the title, every heading below a section', () => {
    const briefing = briefingOf(
      parseBriefing('# Tool\n\nIntro.\n\n## Usage\n\nRun it.\n\n### Flags\n\n-v\n', {
        file: 'README.md',
        id: 'readme',
      }),
    );
    expect(briefing.meta.title).toBe('Tool');
    // The title is not also a section named the same: the text under it is the opening.
    expect(briefing.sections.map((s) => [s.id, s.depth, s.line, s.markdown, s.parent])).toEqual([
      ['lead', 0, 3, 'Intro.', undefined],
      ['usage', 2, 5, 'Run it.', undefined],
      ['flags', 3, 9, '-v', 'usage'],
    ]);
  });

  test('a README takes its title from the first # heading, else the first ##, else the file name', () => {
    const readme = { file: 'docs/guide.md', id: 'guide' };
    expect(briefingOf(parseBriefing('Text.\n\n## Install\n\n# Later\n', readme)).meta.title).toBe('Later');
    expect(briefingOf(parseBriefing('Text.\n\n## Install\n\n### Deep\n', readme)).meta.title).toBe('Install');
    expect(briefingOf(parseBriefing('Text only.\n', readme)).meta.title).toBe('guide');
    // The first # heading is the title, and a section too, when other headings come before it.
    const late = briefingOf(parseBriefing('## Install\n\nx\n\n# Later\n\ny\n', readme));
    expect(late.sections.map((s) => s.id)).toEqual(['install', 'later']);
  });

  test('empty front matter still means ## sections only', () => {
    const briefing = briefingOf(parseBriefing('---\n---\n# Title\n## Part\n', SOURCE));
    expect(briefing.sections.map((s) => s.id)).toEqual(['lead', 'part']);
    expect(briefing.meta.title).toBe('Title');
  });

  test('a BOM and CRLF line ends change nothing but the bytes', () => {
    const crlf = `\ufeff${FULL.replaceAll('\n', '\r\n')}`;
    expect(briefingOf(parseBriefing(crlf, SOURCE))).toEqual(briefingOf(parseBriefing(FULL, SOURCE)));
  });

  test('lone CR line ends count as lines', () => {
    const briefing = briefingOf(parseBriefing('---\rtitle: T\r---\rlead\r## A\rtext', SOURCE));
    expect(briefing.sections.map((s) => [s.id, s.line, s.markdown])).toEqual([
      ['lead', 4, 'lead'],
      ['a', 5, 'text'],
    ]);
  });

  test('the same input gives the same model', () => {
    expect(parseBriefing(FULL, SOURCE)).toEqual(parseBriefing(FULL, SOURCE));
  });
});

describe('parseBriefing: hostile text', () => {
  const hostile = [
    '---',
    'title: "Budget\\e]0;pwned\\a talks"',
    'players:',
    '  - id: eve',
    '    name: "Eve\u001b[2J"',
    '    aliases: ["\u202eevE"]',
    '---',
    'Lead \u001b]52;c;cm0gLXJmIH4=\u0007text',
    '## Heading\u001b[31m',
    'body',
  ].join('\n');

  test('every string in the model is sanitised', () => {
    const briefing = briefingOf(parseBriefing(hostile, SOURCE));
    expect(briefing.meta.title).toBe('Budget talks');
    expect(briefing.players[0]).toMatchObject({ name: 'Eve', aliases: ['evE'] });
    expect(briefing.sections.map((s) => [s.title, s.markdown])).toEqual([
      ['Lead', 'Lead text'],
      ['Heading', 'body'],
    ]);
    for (const text of allStrings(briefing)) expect(text).not.toMatch(FORBIDDEN);
  });

  test('a warning names each line where something was removed', () => {
    const warnings = warningsOf(parseBriefing(hostile, SOURCE));
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [2, 8, 'control characters and escape sequences were removed from line 2'],
      [5, 15, 'control characters and escape sequences were removed from line 5'],
      [6, 16, 'control characters and escape sequences were removed from line 6'],
      [8, 6, 'control characters and escape sequences were removed from line 8'],
      [9, 11, 'control characters and escape sequences were removed from line 9'],
    ]);
    expect(warnings[0]?.hint).toBe('remove them from the file; a briefing is plain text');
  });

  test('past 20 lines, the rest are counted in one warning', () => {
    const text = `---\ntitle: T\n---\n${'x\u0007\n'.repeat(25)}`;
    const warnings = warningsOf(parseBriefing(text, SOURCE));
    expect(warnings).toHaveLength(21);
    expect(warnings.at(-1)?.message).toBe(
      'control characters and escape sequences were also removed from 5 more lines',
    );
  });

  test('problem messages quoting hostile text are clean and on one line', () => {
    const [problem] = problemsOf(
      parseBriefing('---\n"evil\\e[2J\\nkey": 1\n---\n', { file: 'a\u001b[31m.md', id: 'a' }),
    );
    const line = formatProblem(problem as Problem);
    expect(line).toBe(
      'a.md:2:1: unknown key "evil key"; allowed keys here: title, dateline, date, importance, summary, sources, players, issues, timeline, figures, quotes',
    );
  });
});

describe('parseBriefing: file-level problems', () => {
  test.each(['', '   \n\n\t\n', '\ufeff', '\r\n'])('%j is an empty file', (text) => {
    expect(problemsOf(parseBriefing(text, SOURCE))).toEqual([
      {
        file: 'content/talks.md',
        line: 1,
        column: 1,
        message: 'file is empty',
        hint: 'write a Markdown briefing; see docs/format.md',
      },
    ]);
  });

  test('front matter never closed is reported at the opening line', () => {
    expect(problemsOf(parseBriefing('---\ntitle: T\n\n## Section\ntext\n', SOURCE))).toEqual([
      {
        file: 'content/talks.md',
        line: 1,
        column: 1,
        message: 'front matter opened here is never closed',
        hint: 'add a line with --- after the last key',
      },
    ]);
  });

  test('formatProblem gives one line: file:line:col: message; hint', () => {
    const [problem] = problemsOf(parseBriefing('---\nimportance: urgent\n---\n', SOURCE));
    expect(formatProblem(problem as Problem)).toBe(
      'content/talks.md:2:13: "importance" must be one of top, high, normal, got "urgent"; use one of top, high, normal',
    );
  });

  test('positions after a CRLF front matter count the same lines', () => {
    const [problem] = problemsOf(parseBriefing('---\r\ntitle: T\r\nimportance: urgent\r\n---\r\n', SOURCE));
    expect([problem?.line, problem?.column]).toEqual([3, 13]);
  });
});

describe('parseBriefing at scale', () => {
  test('100,000 lines and 5,000 sections parse into the right model', () => {
    const lines = ['---', 'title: Big', '---'];
    for (let s = 0; s < 5000; s++) {
      lines.push(`## Section ${s % 1000}`);
      for (let l = 0; l < 19; l++) lines.push(l === 9 ? '' : `Line ${l} of section ${s}, with *emphasis*.`);
    }
    const briefing = briefingOf(parseBriefing(lines.join('\n'), SOURCE));
    expect(briefing.sections).toHaveLength(5000);
    expect(briefing.sections.at(-1)).toMatchObject({ id: 'section-999-5', line: 3 + 4999 * 20 + 1 });
  });
});
