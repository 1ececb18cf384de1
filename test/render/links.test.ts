import { describe, expect, it } from 'vitest';
import { firstParagraph } from '../../source/render/first-paragraph.js';
import { linkDestination, markdownLinks } from '../../source/render/links.js';
import { renderMarkdown } from '../../source/render/markdown.js';
import { colour, linked, plain, strip } from './helpers.js';

const render = (markdown: string, width = 80, theme = plain) => renderMarkdown(markdown, width, theme);

describe('linkDestination', () => {
  it('tells in-document anchors, other files and web links apart', () => {
    expect(linkDestination('#requirements')).toEqual({ kind: 'anchor', fragment: 'requirements' });
    expect(linkDestination('./docs/x.md')).toEqual({
      kind: 'file',
      path: './docs/x.md',
      fragment: undefined,
    });
    expect(linkDestination('other.md#part')).toEqual({ kind: 'file', path: 'other.md', fragment: 'part' });
    expect(linkDestination('my%20notes.md?plain=1')).toEqual({
      kind: 'file',
      path: 'my notes.md',
      fragment: undefined,
    });
    expect(linkDestination('https://e.org/a b')).toEqual({ kind: 'url', url: 'https://e.org/a%20b' });
    expect(linkDestination('MAILTO:a@b.org')).toEqual({ kind: 'url', url: 'MAILTO:a@b.org' });
    expect(linkDestination('//cdn.e.org/x')).toEqual({ kind: 'url', url: 'https://cdn.e.org/x' });
  });

  it('allows only http, https and mailto; strips control characters', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
    ]) {
      expect(linkDestination(href)).toEqual({ kind: 'none' });
    }
    expect(linkDestination('java\u0000script:alert(1)')).toEqual({ kind: 'none' });
    expect(linkDestination('https://e.org/\u001b]8;;x\u0007')).toEqual({
      kind: 'url',
      url: 'https://e.org/]8;;x',
    });
    expect(linkDestination('#')).toEqual({ kind: 'none' });
    expect(linkDestination('  ')).toEqual({ kind: 'none' });
  });
});

describe('links as the reader shows them', () => {
  it('a web link shows its URL once: after its text, or alone when the text is the URL', () => {
    expect(render('[the report](https://e.org/r)').plain).toEqual(['the report <https://e.org/r>']);
    expect(render('[https://e.org/r](https://e.org/r)').plain).toEqual(['https://e.org/r']);
    expect(render('<https://e.org/r> and https://e.org/s').plain).toEqual([
      'https://e.org/r and https://e.org/s',
    ]);
    expect(render('[e.org](https://e.org)').plain).toEqual(['e.org']);
  });

  it('with hyperlinks, the text inside OSC 8 and no URL written out', () => {
    const text = render('[the report](https://e.org/r)', 80, linked);
    expect(text.plain).toEqual(['the report']);
    expect(text.lines[0]).toContain('\u001b]8;;https://e.org/r\u0007');
  });

  it('an in-document link and a link to a file show their text only, as a link', () => {
    const text = render(
      'See [Requirements](#requirements) and [the guide](./docs/guide.md#setup).',
      80,
      colour,
    );
    expect(text.plain).toEqual(['See Requirements and the guide.']);
    expect(text.lines[0]).toContain('\u001b[34mRequirements\u001b[39m');
    expect(render('[x](#a)', 80, linked).lines[0]).not.toContain('\u001b]8');
  });

  it('a scheme not allowed is no link: its text, unstyled, and no address', () => {
    const text = render('[click](javascript:alert(1)) [x](data:text/html,1)', 80, linked);
    expect(text.plain).toEqual(['click x']);
    expect(text.lines[0]).not.toContain('\u001b]8');
    expect(text.lines[0]).not.toContain('\u001b[34m');
  });
});

describe('markdownLinks', () => {
  it('lists the followable links in reading order with the text the reader shows', () => {
    const markdown = [
      '* [Requirements](#requirements)',
      '* [`Client` events](#client-events)',
      '',
      'Read <a href="https://e.org/r">the **report**</a>, [the guide](guide.md#setup),',
      '[nothing](javascript:x) and <https://e.org/auto>.',
      '',
      '[![npm](https://badgen.net/x)](https://npm.org) [![ci](https://ci.org/b.svg)](https://ci.org)',
      '',
      '| a | [cell](#cell) |',
      '|---|---|',
    ].join('\n');
    expect(markdownLinks(markdown)).toEqual([
      { text: 'Requirements', destination: { kind: 'anchor', fragment: 'requirements' } },
      { text: 'Client events', destination: { kind: 'anchor', fragment: 'client-events' } },
      { text: 'the report', destination: { kind: 'url', url: 'https://e.org/r' } },
      { text: 'the guide', destination: { kind: 'file', path: 'guide.md', fragment: 'setup' } },
      { text: 'https://e.org/auto', destination: { kind: 'url', url: 'https://e.org/auto' } },
      { text: 'cell', destination: { kind: 'anchor', fragment: 'cell' } },
    ]);
  });

  it('every link text is found in the rendered plain lines', () => {
    const markdown =
      'A [first link](#a) then <a href="#b">second <code>link</code></a> then [third](https://e.org).';
    const plainText = render(markdown, 24).plain.join(' ');
    for (const link of markdownLinks(markdown)) expect(plainText.replace(/\s+/g, ' ')).toContain(link.text);
  });
});

describe('code blocks', () => {
  it('a code line wider than the width is wrapped, and kept whole for scrolling sideways', () => {
    const long = `const value = ${'x'.repeat(60)};`;
    const text = render(`\`\`\`js\nshort();\n${long}\n\`\`\``, 40, colour);
    expect(text.plain[0]).toBe('  js');
    expect(text.wide).toHaveLength(1);
    const wide = text.wide[0];
    expect(wide?.line).toBe(2);
    expect(wide?.rows).toBe(text.plain.length - 2);
    expect(wide?.plain).toBe(`  ${long}`);
    expect(wide?.columns).toBe(long.length + 2);
    expect(strip(wide?.styled ?? '')).toBe(`  ${long}`);
    expect(wide?.styled).toContain('\u001b[33m');
    // Prose is never recorded, however long.
    expect(render(`${'word '.repeat(40)}`, 40).wide).toEqual([]);
  });
});

describe('tables in the reader', () => {
  it('a table wider than the reader becomes records, one field a line', () => {
    const table =
      '| Name | Role | Notes |\n|---|---|---|\n| Ada | Engineer | Wrote the first program for the engine |';
    expect(render(table, 100).plain[0]).toMatch(/^┌/);
    expect(render(table, 40).plain).toEqual([
      'Name: Ada',
      'Role: Engineer',
      'Notes: Wrote the first program for the',
      'engine',
    ]);
  });
});

describe('firstParagraph', () => {
  it("is a README's opening paragraph as plain text, past its HTML and badges", () => {
    const markdown = [
      '<p align="center"><img src="logo.png"></p>',
      '',
      '[![npm](https://b.io/x)](https://npm.org) [![ci](https://b.io/y)](https://ci.org)',
      '',
      'A **fast** reader for [Markdown](https://e.org).',
      '',
      'More.',
    ].join('\n');
    expect(firstParagraph(markdown)).toBe('A fast reader for Markdown.');
    expect(firstParagraph('* a list only')).toBe('');
  });

  it('has no control or bidi character, not even one written as a character reference', () => {
    const text = firstParagraph('Text &#x202E;reversed &#x1b;[31m and\ttabs');
    expect(text).toMatch(/^Text reversed .*and tabs$/);
    expect(text).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  });

  it("skips a paragraph of images alone, whose alt text is no opening (ink's logo)", () => {
    const markdown = [
      '<div align="center">',
      '	<br>',
      '	<img width="240" alt="Ink" src="media/logo.png">',
      '	<br>',
      '</div>',
      '',
      'Ink provides the same component-based UI building experience.',
    ].join('\n');
    expect(firstParagraph(markdown)).toBe('Ink provides the same component-based UI building experience.');
  });
});

describe('links nested deeper than marked reads', () => {
  it('a link whose text nests brackets three deep is a link, as GitHub reads it', () => {
    const toc = '- [new SourceNode([line, column, source[, chunk[, name]]])](#new-sourcenode)';
    expect(render(toc).plain).toEqual(['  • new SourceNode([line, column, source[, chunk[, name]]])']);
    expect(markdownLinks(toc)).toEqual([
      {
        text: 'new SourceNode([line, column, source[, chunk[, name]]])',
        destination: { kind: 'anchor', fragment: 'new-sourcenode' },
      },
    ]);
  });

  it('leaves shallower links, code spans and unclosed brackets to marked', () => {
    expect(render('[a [b] c](https://e.org) and `[[[x]]](y)` and [[[no link').plain).toEqual([
      'a [b] c <https://e.org> and [[[x]]](y) and [[[no link',
    ]);
  });
});

describe('markdownLinks on prose', () => {
  it('a text with nothing a link could be made of has none, without being lexed', () => {
    expect(markdownLinks('Talks began in Abu Dhabi. Negotiators met Wednesday.\n\nMore prose.')).toEqual([]);
    expect(markdownLinks('Write to someone@example.org')).toEqual([
      { text: 'someone@example.org', destination: { kind: 'url', url: 'mailto:someone@example.org' } },
    ]);
    expect(markdownLinks('See www.example.org today')).toHaveLength(1);
  });
});
