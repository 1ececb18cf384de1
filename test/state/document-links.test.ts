import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { plainLinks } from '../../source/plain/links.js';
import { currentContent } from '../../source/state/content.js';
import { itemDocument } from '../../source/state/item-document.js';
import { highlightedUrl } from '../../source/state/links.js';
import { locateNeedles } from '../../source/state/locate.js';
import { childSections, outlineOf, sectionPath } from '../../source/state/outline.js';
import { fileNameOf, pickerEntries } from '../../source/state/picker-rows.js';
import { normalizePath } from '../../source/state/section-links.js';
import { visibleLinks } from '../../source/state/selectors.js';
import type { AppState } from '../../source/state/state.js';
import { session } from './fixture.js';

function parse(text: string, file: string): Briefing {
  const id = fileNameOf(file).replace(/\.md$/, '');
  const result = parseBriefing(text, { file, id });
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.briefing;
}

const GUIDE = parse(
  [
    '# Tool',
    '',
    'A tool. See the [guide to setup](./setup.md#install-it) and [the site](https://tool.example.org).',
    '',
    '## Contents',
    '',
    '* [Requirements](#requirements)',
    '* [API](#API)',
    '  * [Client events](#client-events)',
    '* [Gone](#no-such-heading)',
    '',
    '## Requirements',
    '',
    'Node.js 20. Also read [the missing file](../elsewhere.md).',
    '',
    '## API',
    '',
    '### Client',
    '',
    '#### Client events',
    '',
    'Events.',
    '',
    '### Server',
    '',
    'Serves.',
  ].join('\n'),
  'docs/guide.md',
);
const SETUP = parse('# Setup\n\nIntro.\n\n## Install it\n\nRun it.\n', 'docs/setup.md');

function open(briefings: readonly Briefing[], id: string, viewport = { width: 80, height: 24 }) {
  const s = session({ briefings, viewport });
  const state = s.play(s.start, {
    type: 'restore',
    place: { briefingId: briefings[0]?.id ?? '', anchor: 0, itemKind: 'section', itemId: id },
  });
  return { ...s, state };
}

/** Highlights the link whose text is `text` with `.` (it must be in view) and returns that state. */
function highlight(s: ReturnType<typeof open>, state: AppState, text: string): AppState {
  let at = state;
  for (let i = 0; i < 50; i++) {
    at = s.play(at, { type: 'link-step', dir: 1 });
    const chosen = visibleLinks(s.ctx, at).find((v) => v.index === at.reader.linkCursor);
    if (chosen?.link.text === text) return at;
  }
  throw new Error(`no link ${text} in view`);
}

describe('the outline in state', () => {
  test('levels, children and the path from the top', () => {
    const nodes = outlineOf(GUIDE);
    expect(nodes.map((n) => [n.section.id, n.level])).toEqual([
      ['lead', 0],
      ['contents', 0],
      ['requirements', 0],
      ['api', 0],
      ['client', 1],
      ['client-events', 2],
      ['server', 1],
    ]);
    expect(childSections(GUIDE, 'api').map((s) => s.id)).toEqual(['client', 'server']);
    expect(sectionPath(GUIDE, 'client-events')).toEqual(['API', 'Client', 'Client events']);
  });

  test('] steps through every node, at any level', () => {
    const s = open([GUIDE], 'requirements');
    const ids: string[] = [];
    let state = s.state;
    for (let i = 0; i < 6; i++) {
      state = s.play(state, { type: 'section-step', dir: 1 });
      ids.push(state.reader.item?.kind === 'section' ? state.reader.item.id : '');
    }
    expect(ids).toEqual(['api', 'client', 'client-events', 'server', 'server', 'server']);
    expect(state.notice).toBe('This is the last section.');
  });
});

describe('a section with no text of its own', () => {
  test('lists its subsections under Contents, each followable', () => {
    const doc = itemDocument(open([GUIDE], 'api').ctx.library[0] ?? never(), { kind: 'section', id: 'api' });
    expect(doc?.markdown).toBe('### Contents\n\n- Client\n- Server\n');
    const s = open([GUIDE], 'api');
    const content = currentContent(s.ctx, s.state);
    expect(content?.plain.slice(0, 3)).toEqual(['Contents', '', '  * Client']);
    const followed = s.play(highlight(s, s.state, 'Server'), { type: 'open' });
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'server' });
  });
});

function never(): never {
  throw new Error('missing');
}

describe('in-document links', () => {
  test('a table of contents entry opens its heading; Backspace returns, the entry highlighted again', () => {
    const s = open([GUIDE], 'contents');
    const picked = highlight(s, s.state, 'Requirements');
    const followed = s.play(picked, { type: 'open' });
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'requirements' });
    expect(followed.reader.top).toBe(0);
    const back = s.play(followed, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual({ kind: 'section', id: 'contents' });
    expect(back.reader.linkCursor).toBe(picked.reader.linkCursor);
  });

  test('a case variant GitHub accepts leads to the heading too (#API)', () => {
    const s = open([GUIDE], 'contents');
    const followed = s.play(highlight(s, s.state, 'API'), { type: 'open' });
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'api' });
  });

  test('a link to the heading of the section being read goes to its top, without a history entry', () => {
    const text = `## Long\n\n${'Some words here. '.repeat(400)}\n\nBack to [the top](#long).\n`;
    const s = open([parse(text, 'long.md')], 'long');
    const end = s.play(s.state, { type: 'edge', to: 'end' });
    expect(end.reader.top).toBeGreaterThan(0);
    const followed = s.play(highlight(s, end, 'the top'), { type: 'open' });
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'long' });
    expect(followed.reader.top).toBe(0);
    expect(followed.history.back).toEqual(end.history.back);
  });

  test('an anchor no heading has says so and stays', () => {
    const s = open([GUIDE], 'contents');
    const followed = s.play(highlight(s, s.state, 'Gone'), { type: 'open' });
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'contents' });
    expect(followed.notice).toBe('No heading here has the anchor #no-such-heading.');
  });
});

describe('links to other files and to the web', () => {
  test('a relative link opens the file at its heading when the library has it', () => {
    const s = open([GUIDE, SETUP], 'lead');
    const followed = s.play(highlight(s, s.state, 'guide to setup'), { type: 'open' });
    expect(s.ctx.library[followed.briefing]?.briefing.file).toBe('docs/setup.md');
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'install-it' });
  });

  test('a link to a file without an anchor opens it at the top, reading', () => {
    const readme = parse('# Read me\n\nSee [the setup](docs/setup.md).\n', 'README.md');
    const s = open([readme, SETUP], 'lead');
    const followed = s.play(highlight(s, s.state, 'the setup'), { type: 'open' });
    expect(followed.briefing).toBe(1);
    expect(followed.reader.item).toEqual({ kind: 'section', id: 'lead' });
    expect(followed.focus).toBe('reader');
  });

  test('a file the library does not have is named in a notice', () => {
    const s = open([GUIDE], 'requirements');
    const followed = s.play(highlight(s, s.state, 'the missing file'), { type: 'open' });
    expect(followed.briefing).toBe(0);
    expect(followed.notice).toBe('Not in this library: elsewhere.md');
  });

  test('a web link: Enter shows its address whole; highlightedUrl gives it for a key that opens it', () => {
    const s = open([GUIDE], 'lead');
    const picked = highlight(s, s.state, 'the site');
    expect(highlightedUrl(s.ctx, picked)).toBe('https://tool.example.org');
    expect(s.play(picked, { type: 'open' }).notice).toBe('Web link: https://tool.example.org');
    expect(highlightedUrl(s.ctx, highlight(s, s.state, 'guide to setup'))).toBeUndefined();
  });

  test('normalizePath works out . and .. steps', () => {
    expect(normalizePath('docs/./a/../b.md')).toBe('docs/b.md');
    expect(normalizePath('docs/../../x.md')).toBe('../x.md');
    expect(normalizePath('/srv/docs/../x.md')).toBe('/srv/x.md');
  });
});

describe('names and links together', () => {
  test('a section holding both places each: names in offset order, links in reading order', () => {
    const text = [
      '---',
      'players:',
      '  - id: ada',
      '    name: Ada',
      '---',
      '## Notes',
      '',
      'See [the guide](#notes) before Ada speaks, then [more](https://e.org) and Ada again.',
    ].join('\n');
    const briefing = parse(text, 'notes.md');
    const s = open([briefing], 'notes');
    const content = currentContent(s.ctx, s.state);
    const found = content?.document.links.map((link, i) => {
      const spot = content.links[i];
      return [
        link.text,
        spot === undefined
          ? undefined
          : content.plain[spot.line]?.slice(spot.column, spot.column + spot.length),
      ];
    });
    expect(found).toEqual([
      ['Ada', 'Ada'],
      ['Ada', 'Ada'],
      ['the guide', 'the guide'],
      ['more', 'more'],
    ]);
  });

  test('locateNeedles places each stream in its own order', () => {
    const spots = locateNeedles(
      ['alpha beta gamma', 'beta alpha'],
      [{ text: 'beta' }, { text: 'alpha', stream: 'b' }, { text: 'alpha' }, { text: 'beta', stream: 'b' }],
    );
    expect(spots).toEqual([
      { line: 0, column: 6, length: 4 },
      { line: 0, column: 0, length: 5 },
      { line: 1, column: 5, length: 5 },
      { line: 0, column: 6, length: 4 },
    ]);
  });
});

describe('the picker and the plain mode', () => {
  test('picker rows: title, file name, sections, importance and the opening line', () => {
    const s = open([GUIDE, SETUP], 'lead');
    expect(pickerEntries(s.ctx)).toEqual([
      {
        title: 'Tool',
        fileName: 'guide.md',
        file: 'docs/guide.md',
        sections: 7,
        importance: 'normal',
        summary: 'A tool. See the guide to setup and the site.',
        date: undefined,
        dateline: '',
      },
      expect.objectContaining({ title: 'Setup', fileName: 'setup.md', sections: 2, summary: 'Intro.' }),
    ]);
    expect(pickerEntries(s.ctx, 1, 2).map((e) => e.title)).toEqual(['Setup']);
  });

  test('the plain mode numbers in-document links as the sections they lead to', () => {
    const s = open([GUIDE], 'contents');
    const entry = s.ctx.library[0] ?? never();
    expect(plainLinks(entry, { kind: 'section', id: 'contents' }).map((l) => l.text)).toEqual([
      'Section: Requirements',
      'Section: API',
      'Section: Client events',
    ]);
  });
});
