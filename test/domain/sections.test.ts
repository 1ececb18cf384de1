import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isTableOfContents, splitSections } from '../../source/domain/sections.js';

const withFrontMatter = { firstLine: 1, h1StartsSection: false };
const readme = { firstLine: 1, h1StartsSection: true };

describe('splitSections with front matter (## only)', () => {
  test('every heading from ## down starts a section, nested under the one above it; # stays inside', () => {
    const body = [
      'Intro line.',
      '',
      '## First',
      'one',
      '### Detail',
      'deep',
      '# Big',
      '#### Deeper',
      'four',
      '### Detail',
      '## Second',
      'two',
      '',
    ].join('\n');
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections).toEqual([
      { id: 'lead', title: 'Lead', depth: 0, markdown: 'Intro line.', line: 1 },
      { id: 'first', title: 'First', depth: 2, markdown: 'one', line: 3, anchor: 'first' },
      {
        id: 'detail',
        title: 'Detail',
        depth: 3,
        markdown: 'deep\n# Big',
        line: 5,
        parent: 'first',
        anchor: 'detail',
      },
      {
        id: 'deeper',
        title: 'Deeper',
        depth: 4,
        markdown: 'four',
        line: 8,
        parent: 'detail',
        anchor: 'deeper',
      },
      // Ids keep this project's -2 for a repeat; the anchor is GitHub's -1, counted over every heading.
      {
        id: 'detail-2',
        title: 'Detail',
        depth: 3,
        markdown: '',
        line: 10,
        parent: 'first',
        anchor: 'detail-1',
      },
      { id: 'second', title: 'Second', depth: 2, markdown: 'two', line: 11, anchor: 'second' },
    ]);
  });

  test('a heading over nothing but a table of contents adopts none of the headings it lists', () => {
    const body = [
      '## Contents',
      '',
      '<!-- toc -->',
      '* [Install](#install)',
      '  * [From npm](#from-npm)',
      '',
      '## Install',
      '### From npm',
      'npm i',
    ].join('\n');
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections.map((s) => [s.id, s.parent])).toEqual([
      ['contents', undefined],
      ['install', undefined],
      ['from-npm', 'install'],
    ]);
    expect(isTableOfContents('* [a](#a)\n* [b](#b)')).toBe(true);
    expect(isTableOfContents('* [a](#a)')).toBe(false);
    expect(isTableOfContents('Text.\n* [a](#a)\n* [b](#b)')).toBe(false);
    expect(isTableOfContents('* [a](https://x.org)\n* [b](#b)')).toBe(false);
  });

  test('past the section limit, the deepest levels stay in their parents until the rest fit', () => {
    const body = Array.from({ length: 6_000 }, (_, i) => `## Part ${i}\n\n### Sub ${i}\n\ntext`).join('\n\n');
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections).toHaveLength(6_000);
    expect(sections.every((s) => s.depth === 2)).toBe(true);
    expect(sections[0]?.markdown).toBe('### Sub 0\n\ntext');
  });

  test('lines count from the first body line in the file', () => {
    const { sections } = splitSections('\n\nLead text\n\n## A\nx', { firstLine: 10, h1StartsSection: false });
    expect(sections.map((s) => [s.id, s.line])).toEqual([
      ['lead', 12],
      ['a', 14],
    ]);
  });

  test('a blank lead is no section', () => {
    const { sections } = splitSections('\n  \n\t\n## Only\ntext', withFrontMatter);
    expect(sections.map((s) => s.id)).toEqual(['only']);
  });

  test('a body with no headings is a single lead section', () => {
    expect(splitSections('\nJust text.\nMore.\n', withFrontMatter).sections).toEqual([
      { id: 'lead', title: 'Lead', depth: 0, markdown: 'Just text.\nMore.', line: 2 },
    ]);
  });

  test('an empty body has no sections', () => {
    expect(splitSections('', withFrontMatter).sections).toEqual([]);
    expect(splitSections('\n\n', withFrontMatter).sections).toEqual([]);
  });

  test('## inside fenced code is code, not a heading', () => {
    const body = [
      '## Real',
      '```md',
      '## Not a heading',
      '```',
      '~~~',
      '## Nor this',
      '~~~',
      '    ## indented code',
    ].join('\n');
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.markdown).toBe(body.slice('## Real\n'.length));
  });

  test('setext headings: a --- underline is level 2, === is level 1', () => {
    const body = ['Intro', '', 'Second level', '------------', 'text', '', 'First level', '===', 'more'].join(
      '\n',
    );
    const { sections, firstH1 } = splitSections(body, withFrontMatter);
    expect(sections.map((s) => [s.id, s.depth, s.line, s.markdown])).toEqual([
      ['lead', 0, 1, 'Intro'],
      ['second-level', 2, 3, 'text\n\nFirst level\n===\nmore'],
    ]);
    expect(firstH1).toBe('First level');
  });

  test('repeated headings get unique ids, and a heading called "Lead" does not clash with the lead', () => {
    const body = 'lead text\n## Notes\n## Notes\n## Lead\n## Notes 2\n## \n## !!!';
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections.map((s) => s.id)).toEqual([
      'lead',
      'notes',
      'notes-2',
      'lead-2',
      'notes-2-2',
      'section',
      'section-2',
    ]);
  });

  test('titles are plain text: inline Markdown removed, entities decoded, spaces collapsed', () => {
    const { sections } = splitSections(
      '## The **big**   `deal` &amp; [a link](http://x) <span>x</span> ##',
      withFrontMatter,
    );
    expect(sections[0]).toMatchObject({ title: 'The big deal & a link x', id: 'the-big-deal-a-link-x' });
  });

  test('titles and markdown are sanitised', () => {
    const { sections } = splitSections(
      '## Evil\u001b]0;pwned\u0007 title\nbody \u001b[2Jtext\u202e',
      withFrontMatter,
    );
    expect(sections[0]).toMatchObject({ title: 'Evil title', markdown: 'body text' });
  });

  test('an escaped character in a heading stays', () => {
    expect(splitSections('## 5 \\* 3', withFrontMatter).sections[0]?.title).toBe('5 * 3');
  });
});

describe('splitSections without front matter (a README)', () => {
  test('every heading is a section but the first # heading, the title, whose text is the opening', () => {
    const body = '# Project\nIntro.\n\n## Install\nnpm i\n\n### Detail\nx\n\n# Other\ny\n';
    const { sections, firstH1, firstH2 } = splitSections(body, readme);
    expect(sections.map((s) => [s.id, s.title, s.depth, s.line, s.markdown, s.parent])).toEqual([
      ['lead', 'Lead', 0, 2, 'Intro.', undefined],
      ['install', 'Install', 2, 4, 'npm i', undefined],
      ['detail', 'Detail', 3, 7, 'x', 'install'],
      ['other', 'Other', 1, 10, 'y', undefined],
    ]);
    expect(firstH1).toBe('Project');
    expect(firstH2).toBe('Install');
  });

  test('text above the title heading and under it make one opening', () => {
    const { sections } = splitSections(
      '<img src="logo.png">\n\n# Tool\n\nIt does things.\n\n## Use\nx',
      readme,
    );
    expect(sections[0]).toEqual({
      id: 'lead',
      title: 'Lead',
      depth: 0,
      markdown: '<img src="logo.png">\n\nIt does things.',
      line: 1,
    });
    expect(sections.map((s) => s.id)).toEqual(['lead', 'use']);
  });

  test("ssh2's README: its headings all nodes, a tree under the table of contents' siblings", () => {
    const text = readFileSync('node_modules/ssh2/README.md', 'utf8');
    const { sections, firstH1 } = splitSections(text, readme);
    const headings = text.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings).toHaveLength(50);
    expect(firstH1).toBe('Description');
    // The title heading's text is the opening: 49 headings and the opening are the 50 nodes.
    expect(sections).toHaveLength(50);
    const byId = new Map(sections.map((s) => [s.id, s]));
    const path = (id: string): string[] => {
      const section = byId.get(id);
      return section === undefined ? [] : [...(section.parent ? path(section.parent) : []), section.title];
    };
    expect(path('client-events')).toEqual(['API', 'Client', 'Client events']);
    expect(byId.get('requirements')?.parent).toBeUndefined();
    expect(byId.get('dynamic-1-1-port-forwarding-using-a-socksv5-proxy-using-socksv5')?.anchor).toBe(
      'dynamic-11-port-forwarding-using-a-socksv5-proxy-using-socksv5',
    );
  });

  test('firstH1 is undefined when there is no # heading', () => {
    expect(splitSections('## Only two\n', readme).firstH1).toBeUndefined();
  });
});

describe('splitSections at scale', () => {
  test('100,000 headings over 100,000 lines', () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `## Part ${i % 10}`).join('\n');
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections).toHaveLength(100_000);
    expect(sections.at(-1)).toMatchObject({ id: 'part-9-10000', line: 100_000 });
    expect(new Set(sections.map((s) => s.id)).size).toBe(100_000);
  });

  test('100,000 headings at two levels: the deeper level stays in the text, the outline stays bounded', () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++)
      lines.push(i % 100 === 0 ? `## Part ${i / 100}` : `### Step ${i % 100}`);
    const { sections } = splitSections(lines.join('\n'), withFrontMatter);
    expect(sections).toHaveLength(1_000);
    expect(sections[0]?.markdown.split('\n')).toHaveLength(99);
  });

  const piece = fc.constantFrom(
    '# H1',
    '## H2',
    '### H3',
    'text',
    '',
    '```',
    '~~~',
    '    code',
    '> quote',
    '> ## quoted heading',
    '- item',
    '- ## item heading',
    '| a | b |',
    '|---|---|',
    'Title',
    '===',
    '---',
    '<div>',
    '[ref]: http://x',
    '  ## indented',
    '<!--',
    '-->',
  );

  test('property: every section starts on a heading line of the body, in order', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (lines, h1StartsSection) => {
        const body = lines.join('\n');
        const { sections } = splitSections(body, { firstLine: 5, h1StartsSection });
        let previous = 0;
        for (const section of sections) {
          expect(section.line).toBeGreaterThan(previous);
          previous = section.line;
          if (section.depth === 0) continue;
          const index = section.line - 5;
          // An ATX heading line, or the first line of a paragraph closed by a setext underline.
          const atx = /^ {0,3}#{1,6}(\s|$)/.test(lines[index] ?? '');
          let setext = false;
          for (let j = index + 1; j < lines.length && (lines[j] ?? '').trim() !== '' && !setext; j++) {
            setext = /^ {0,3}(=+|-+)\s*$/.test(lines[j] ?? '');
          }
          expect(atx || setext).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
