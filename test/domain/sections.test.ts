import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitSections } from '../../source/domain/sections.js';

const withFrontMatter = { firstLine: 1, h1StartsSection: false };
const readme = { firstLine: 1, h1StartsSection: true };

describe('splitSections with front matter (## only)', () => {
  test('each ## heading starts a section; # and ### stay inside', () => {
    const body = [
      'Intro line.',
      '',
      '## First',
      'one',
      '### Detail',
      'deep',
      '# Big',
      '## Second',
      'two',
      '',
    ].join('\n');
    const { sections } = splitSections(body, withFrontMatter);
    expect(sections).toEqual([
      { id: 'lead', title: 'Lead', depth: 0, markdown: 'Intro line.', line: 1 },
      { id: 'first', title: 'First', depth: 2, markdown: 'one\n### Detail\ndeep\n# Big', line: 3 },
      { id: 'second', title: 'Second', depth: 2, markdown: 'two', line: 8 },
    ]);
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
  test('# and ## both start sections', () => {
    const body = '# Project\nIntro.\n\n## Install\nnpm i\n\n### Detail\nx\n\n# Other\ny\n';
    const { sections, firstH1 } = splitSections(body, readme);
    expect(sections.map((s) => [s.id, s.title, s.depth, s.line, s.markdown])).toEqual([
      ['project', 'Project', 1, 1, 'Intro.'],
      ['install', 'Install', 2, 4, 'npm i\n\n### Detail\nx'],
      ['other', 'Other', 1, 10, 'y'],
    ]);
    expect(firstH1).toBe('Project');
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
          const atx = /^ {0,3}#{1,2}(\s|$)/.test(lines[index] ?? '');
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
