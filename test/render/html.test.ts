import { describe, expect, it } from 'vitest';
import { loadHtmlParser, mayHoldHtml, scanHtml } from '../../source/render/html-events.js';
import { htmlToMarkdown, readInlineTag } from '../../source/render/html-markdown.js';
import { renderMarkdown } from '../../source/render/markdown.js';
import { badEscapes, colour, linked, plain } from './helpers.js';

const render = (markdown: string, width = 80, theme = plain) => renderMarkdown(markdown, width, theme);

/** What must never be on screen: a tag, a comment, an HTML entity left encoded. */
const RAW = /<\/?[a-z][a-z0-9]*[\s/>]|<!--|&[a-z]+;/i;

const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  ['a <br> is a line break', 'one<br>two<br/>three', ['one', 'two', 'three']],
  ['an image is its alt text', 'See <img src="x.png" alt="the chart"> here.', ['See the chart here.']],
  ['an image without alt text is nothing', 'A <img src="x.png"> B', ['A  B']],
  [
    'an inline link is a link',
    'Read <a href="https://e.org/r">the <b>report</b></a> now.',
    ['Read the report <https://e.org/r> now.'],
  ],
  [
    '<div align> and <p align> go, their text stays',
    '<div align="center">\n  <p align="center">Centred <sup>1</sup> text</p>\n</div>',
    ['Centred 1 text'],
  ],
  [
    '<picture> and <source> go, the image stays',
    '<picture>\n<source media="(prefers-color-scheme: dark)" srcset="d.png">\n<img alt="Logo" src="l.png">\n</picture>',
    ['Logo'],
  ],
  [
    '<kbd>, <code> and <sup> are their text',
    'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, run <code>make</code>, x<sup>2</sup>.',
    ['Press Ctrl+C, run make, x2.'],
  ],
  [
    'comments go',
    'Before <!-- hidden --> after.\n\n<!--\nblock comment\n-->\n\nEnd.',
    ['Before  after.', '', 'End.'],
  ],
  ['common entities are decoded', '<p>AT&amp;T &lt;3 &mdash; &#8364; &#x263A;</p>', ['AT&T <3 — € ☺']],
  [
    '<details> is its summary as a heading, then its body',
    '<details>\n<summary>More options</summary>\n\nThe **body** text.\n\n</details>',
    ['More options', '', 'The body text.'],
  ],
  [
    'a heading in HTML is a heading',
    '<h1 align="center">\n  <img src="logo.svg" alt="Tool">\n  <br>\n</h1>\n\nText.',
    ['Tool', '', 'Text.'],
  ],
  [
    'lists in HTML are lists',
    '<ul>\n<li>one</li>\n<li>two <a href="#x">link</a></li>\n</ul>',
    ['  • one', '  • two link'],
  ],
  [
    'scripts and styles go whole',
    '<script>alert(1)</script>\n\n<style>p { color: red }</style>\n\nText.',
    ['Text.'],
  ],
  [
    'a <br> ending a block leaves no backslash',
    '<div>\n<img alt="Ink" src="i.png">\n<br>\n<br>\n</div>',
    ['Ink'],
  ],
];

function checkCases(reader: string) {
  for (const [name, markdown, expected] of CASES) {
    it(`${name} (${reader})`, () => {
      const text = render(markdown);
      expect(text.plain).toEqual(expected);
      for (const line of text.plain) expect(line).not.toMatch(RAW);
    });
  }
}

// The stand-in reader first: the module loads htmlparser2 only when asked to.
describe('HTML in Markdown, read by the stand-in scanner', () => {
  checkCases('scanner');
});

describe('HTML in Markdown, read by htmlparser2', () => {
  it('loads', async () => {
    await loadHtmlParser();
  });
  checkCases('htmlparser2');

  it('decodes every named reference once loaded, but never one to a control character', () => {
    expect(render('a&ensp;&bull;&ensp;b &frac12; &#27;[31m').plain).toEqual(['a\u2002•\u2002b ½ [31m']);
    expect(render('<p>&eacute;t&eacute; &nbsp;&#27;[2J</p>').plain).toEqual(['été \u00a0[2J']);
  });

  it('reads malformed HTML without showing a tag: unclosed, unquoted, a > in an attribute', () => {
    const text = render('<div><p>One <b>two <img alt="a > b" src=x>\n<a href=https://e.org>link</div>');
    expect(text.plain.join(' ')).toBe('One two a > b link <https://e.org>');
  });

  it('a link inside a link is text, and an anchor with only a name is nothing', () => {
    expect(render('<a href="https://a.org">x <a href="https://b.org">y</a></a>').plain.join(' ')).not.toMatch(
      RAW,
    );
    expect(render('<a name="here"></a>Text').plain).toEqual(['Text']);
  });

  it('control characters decoded from references in HTML never reach the lines', () => {
    const text = render(
      '<p title="&#27;[2J">x&#27;]0;pwned&#7;y <a href="https://e.org/&#27;">z</a></p>',
      80,
      linked,
    );
    for (const line of text.lines) expect(badEscapes(line, true)).toEqual([]);
    expect(text.plain).toEqual([']0;pwnedy z'.replace(']0;pwnedy', 'x]0;pwnedy')]);
  });
});

describe('badges', () => {
  it('a row of images inside links goes, wherever it is', () => {
    const markdown = [
      '[![npm](https://badgen.net/npm/v/marked)](https://www.npmjs.com/package/marked)',
      '[![install size](https://badgen.net/x)](https://packagephobia.now.sh/x)',
      '',
      'Text.',
      '',
      '<a href="https://x.org"><img src="b1.svg"></a> <a href="https://y.org"><img src="b2.svg"></a>',
    ].join('\n');
    expect(render(markdown).plain).toEqual(['Text.']);
  });

  it('one linked image with no words goes; with words it is a link with those words', () => {
    expect(render('[![](banner.svg)](https://x.org)\n\nText.').plain).toEqual(['Text.']);
    expect(render('[![Ask the wiki](badge.png)](https://wiki.org)').plain).toEqual([
      'Ask the wiki <https://wiki.org>',
    ]);
  });

  it('a rule left first by the badges that went goes too; one the author put first stays', () => {
    expect(render('[![a](a.svg)](https://a.org) [![b](b.svg)](https://b.org)\n\n---\n\nText.').plain).toEqual(
      ['Text.'],
    );
    expect(render('---\n\nText.', 10).plain).toEqual(['──────────', '', 'Text.']);
  });

  it("a link's images go when it has words of its own (an avatar beside a name)", () => {
    const html =
      '<a href="https://github.com/ada"><img src="a.png" alt="Ada L"/><br /><sub><b>Ada L</b></sub></a>';
    expect(render(html).plain).toEqual(['Ada L <https://github.com/ada>']);
    expect(render('[![logo](l.png) Tool](https://t.org)').plain).toEqual(['Tool <https://t.org>']);
  });

  it('an image on its own is its alt text, styled as an image', () => {
    const text = render('![A screenshot of the reader](shot.png)', 80, colour);
    expect(text.plain).toEqual(['A screenshot of the reader']);
    expect(text.lines[0]).toContain('\u001b[90m');
  });
});

describe('the HTML helpers', () => {
  it('mayHoldHtml: a tag, a comment or a named reference; not a comparison', () => {
    expect(mayHoldHtml('a <div>')).toBe(true);
    expect(mayHoldHtml('<!-- x -->')).toBe(true);
    expect(mayHoldHtml('a &ensp; b')).toBe(true);
    expect(mayHoldHtml('if a < b and c > d')).toBe(false);
    expect(mayHoldHtml('AT & T')).toBe(false);
  });

  it('readInlineTag reads one tag as marked delivers it', () => {
    expect(readInlineTag('<a href="x" title=\'t\'>')).toEqual({
      kind: 'open',
      name: 'a',
      attributes: { href: 'x', title: 't' },
    });
    expect(readInlineTag('</A >')).toEqual({ kind: 'close', name: 'a' });
    expect(readInlineTag('<!-- c -->')).toEqual({ kind: 'other' });
  });

  it('the scanner reports tags, attributes and text in order, skipping comments and script text', () => {
    const events: string[] = [];
    scanHtml('<p class=x>a &amp; b<!-- c --><br/><script>if (a<b) {}</script></p>', {
      open: (name, attributes) => events.push(`<${name} ${JSON.stringify(attributes)}>`),
      close: (name) => events.push(`</${name}>`),
      text: (data) => events.push(data),
    });
    expect(events).toEqual([
      '<p {"class":"x"}>',
      'a & b',
      '<br {}>',
      '</br>',
      '<script {}>',
      '</script>',
      '</p>',
    ]);
  });

  it('htmlToMarkdown escapes text so it is never read as Markdown', () => {
    expect(htmlToMarkdown('<p>*not em* [not](link) # not heading</p>')).toBe(
      '\\*not em\\* \\[not\\]\\(link\\) \\# not heading',
    );
  });
});
