import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { safeWebUrl } from '../../source/domain/web-url.js';
import { createSessionContext } from '../../source/input/session-context.js';
import { createLibraryContext } from '../../source/state/library.js';
import { createReducer } from '../../source/state/reducer.js';
import { visibleLinks } from '../../source/state/selectors.js';
import { initialState } from '../../source/state/session.js';
import type { AppState } from '../../source/state/state.js';
import { TEST_THEME } from './fixture.js';

function parse(text: string): Briefing {
  const result = parseBriefing(text, { file: 'tool.md', id: 'tool' });
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.briefing;
}

const TOOL = parse(
  '# Tool\n\nSee [the site](https://tool.example.org/docs?q=1) or [the setup](#setup), or [mail us](mailto:team@example.org).\n\n## Setup\n\nRun it.\n',
);

function reader(webLinks: 'open' | 'copy' | undefined) {
  const ctx = createSessionContext(createLibraryContext([TOOL]), {
    theme: TEST_THEME,
    ...(webLinks === undefined ? {} : { webLinks }),
  });
  const reduce = createReducer(ctx);
  const start = reduce(initialState(ctx, { viewport: { width: 80, height: 24 } }), { type: 'open' });
  const highlight = (state: AppState, text: string): AppState => {
    let at = state;
    for (let i = 0; i < 10; i++) {
      at = reduce(at, { type: 'link-step', dir: 1 });
      if (visibleLinks(ctx, at).find((v) => v.index === at.reader.linkCursor)?.link.text === text) return at;
    }
    throw new Error(`no link ${text}`);
  };
  return { ctx, reduce, start, highlight };
}

describe('o on a web link', () => {
  test('locally: asks the host to open it, and says so', () => {
    const { reduce, start, highlight } = reader('open');
    const next = reduce(highlight(start, 'the site'), { type: 'open-url' });
    expect(next.effect).toEqual({ kind: 'open', url: 'https://tool.example.org/docs?q=1' });
    expect(next.notice).toBe('Opening in your browser: https://tool.example.org/docs?q=1');
    // The next key clears it: the host acts once per press.
    const after = reduce(next, { type: 'move', by: 1 });
    expect(after.effect).toBeUndefined();
    expect(after.notice).toBeUndefined();
  });

  test('over SSH (the default): asks for a copy, never an opener', () => {
    for (const mode of ['copy', undefined] as const) {
      const { reduce, start, highlight } = reader(mode);
      const next = reduce(highlight(start, 'mail us'), { type: 'open-url' });
      expect(next.effect).toEqual({ kind: 'copy', url: 'mailto:team@example.org' });
    }
  });

  test('on a link that is not a web link, or with none highlighted, it says what to do', () => {
    const { reduce, start, highlight } = reader('open');
    expect(reduce(start, { type: 'open-url' }).notice).toMatch(/^No web link highlighted/);
    const anchor = reduce(highlight(start, 'the setup'), { type: 'open-url' });
    expect(anchor.effect).toBeUndefined();
    expect(anchor.notice).toMatch(/^No web link highlighted/);
  });

  test('a notice from the host stays on screen', () => {
    const { reduce, start } = reader('open');
    expect(reduce(start, { type: 'notice', text: 'No xdg-open on this system' }).notice).toBe(
      'No xdg-open on this system',
    );
  });
});

describe('safeWebUrl', () => {
  test('http, https and mailto addresses pass as they are', () => {
    for (const url of ['https://example.org/a?b=c#d', 'http://example.org', 'mailto:a@example.org'])
      expect(safeWebUrl(url)).toBe(url);
  });

  test('other schemes, control characters, spaces, quotes and relative addresses do not', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://example.org/\u001b]52;c;eA==\u0007',
      'https://example.org/\u009b31m',
      'https://example.org/\u202egnp.exe',
      'https://example.org/a b',
      'https://example.org/"; rm -rf ~',
      "https://example.org/'",
      '-https://example.org',
      '/relative/path',
      'https://',
      `https://example.org/${'a'.repeat(5000)}`,
      '',
    ])
      expect(safeWebUrl(url), JSON.stringify(url)).toBeUndefined();
  });
});
