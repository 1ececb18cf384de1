import { describe, expect, test } from 'vitest';
import type { ItemRef } from '../../source/domain/types.js';
import type { Action } from '../../source/state/actions.js';
import { currentContent } from '../../source/state/content.js';
import type { ReducerContext } from '../../source/state/context.js';
import type { PanelId } from '../../source/state/items.js';
import { searchStatusText, visibleRange } from '../../source/state/selectors.js';
import type { AppState } from '../../source/state/state.js';
import { session } from './fixture.js';

const NARROW = { width: 80, height: 24 };

function typed(text: string): Action[] {
  return [{ type: 'search-start' }, ...[...text].map((ch): Action => ({ type: 'search-input', text: ch }))];
}

function searchFor(text: string, from?: (s: ReturnType<typeof session>) => AppState) {
  const s = session({ viewport: NARROW });
  const base = from ? from(s) : s.start;
  return { ...s, state: s.play(base, ...typed(text), { type: 'search-confirm' }) };
}

/** The text the reader marks as the current hit. */
function marked(s: { ctx: ReducerContext }, state: AppState): string | undefined {
  const mark = state.reader.mark;
  if (mark === undefined) return undefined;
  return currentContent(s.ctx, state)?.plain[mark.line]?.slice(mark.column, mark.column + mark.length);
}

function inView(s: ReturnType<typeof session>, state: AppState): boolean {
  const { start, end } = visibleRange(s.ctx, state);
  const line = state.reader.mark?.line ?? -1;
  return line >= start && line < end;
}

describe('typing a query', () => {
  test('/ starts typing; text is added, Backspace deletes, the footer shows the draft', () => {
    const { start, play } = session({ viewport: NARROW });
    const typing = play(start, ...typed('summit'));
    expect(typing.search.mode).toBe('typing');
    expect(searchStatusText(typing)).toBe('/summit');
    const deleted = play(typing, { type: 'search-delete' }, { type: 'search-delete' });
    expect(deleted.search.draft).toBe('summ');
    expect(
      play(start, { type: 'search-start' }, { type: 'search-input', text: 'a\u001b[31mb' }).search.draft,
    ).toBe('a[31mb');
  });

  test('Esc cancels and keeps the previous search', () => {
    const { state, play } = searchFor('Macron');
    const cancelled = play(state, ...typed('budget'), { type: 'search-cancel' });
    expect(cancelled.search.mode).toBe('idle');
    expect(cancelled.search.query).toBe('Macron');
    expect(cancelled.search.hits).toBe(state.search.hits);
  });

  test('Backspace on an empty query cancels', () => {
    const { start, play } = session({ viewport: NARROW });
    expect(play(start, { type: 'search-start' }, { type: 'search-delete' }).search.mode).toBe('idle');
  });

  test('confirming an empty query clears the search', () => {
    const { state, play } = searchFor('Macron');
    const cleared = play(state, { type: 'search-start' }, { type: 'search-confirm' });
    expect(cleared.search.query).toBe('');
    expect(cleared.search.hits).toEqual([]);
    expect(searchStatusText(cleared)).toBe('');
    expect(cleared.notice).toBe('Search cleared.');
  });

  test('a query with no match says so', () => {
    const { state, play } = searchFor('zeppelin');
    expect(state.notice).toBe('No match for "zeppelin".');
    expect(searchStatusText(state)).toBe('no hits');
    expect(play(state, { type: 'search-step', dir: 1 }).notice).toBe('No match for "zeppelin".');
  });

  test('n without a search says so', () => {
    const { start, play } = session({ viewport: NARROW });
    expect(play(start, { type: 'search-step', dir: 1 }).notice).toBe('No search yet.');
  });

  test('search input outside typing is ignored', () => {
    const { start, play } = session({ viewport: NARROW });
    expect(play(start, { type: 'search-input', text: 'x' }).search).toBe(start.search);
  });
});

describe('hits', () => {
  test('confirm goes to the first hit, opens it scrolled to the line with the hit, and counts', () => {
    const s = searchFor('Macron');
    const { state } = s;
    expect(state.search.hits.length).toBeGreaterThan(3);
    expect(searchStatusText(state)).toBe(`hit 1/${state.search.hits.length}`);
    expect(state.reader.item).toEqual(state.search.hits[0]?.item);
    expect(state.focus).toBe('reader');
    expect(marked(s, state)).toBe('Macron');
    expect(inView(s, state)).toBe(true);
  });

  test('smart case goes through the injected search: lower case ignores case, upper case does not', () => {
    const lower = searchFor('council').state.search.hits.length;
    const upper = searchFor('Council').state.search.hits.length;
    expect(lower).toBeGreaterThan(0);
    expect(upper).toBe(0);
    const either = searchFor('macron').state;
    expect(either.search.hits.length).toBe(searchFor('Macron').state.search.hits.length);
  });

  test('n and N step through hits, each marked and in view, and wrap around with a notice', () => {
    const s = searchFor('Macron');
    const total = s.state.search.hits.length;
    let state = s.state;
    for (let i = 1; i < total; i++) {
      state = s.play(state, { type: 'search-step', dir: 1 });
      expect(state.search.index).toBe(i);
      expect(state.notice).toBeUndefined();
      expect(state.reader.item).toEqual(state.search.hits[i]?.item);
      if (state.search.hits[i]?.field === 'markdown') {
        expect(marked(s, state)?.toLowerCase()).toBe('macron');
        expect(inView(s, state)).toBe(true);
      }
    }
    const wrapped = s.play(state, { type: 'search-step', dir: 1 });
    expect(wrapped.search.index).toBe(0);
    expect(wrapped.notice).toBe('Search wrapped to the first hit.');
    expect(searchStatusText(wrapped)).toBe(`hit 1/${total}`);
    const back = s.play(wrapped, { type: 'search-step', dir: -1 });
    expect(back.search.index).toBe(total - 1);
    expect(back.notice).toBe('Search wrapped to the last hit.');
  });

  test('successive hits in one section scroll to successive lines', () => {
    const s = searchFor('officials');
    const first = s.state;
    const second = s.play(first, { type: 'search-step', dir: 1 });
    expect(second.reader.item).toEqual(first.reader.item);
    expect(second.reader.mark?.line).toBeGreaterThan(first.reader.mark?.line ?? Infinity);
    expect(marked(s, second)).toBe('officials');
  });

  test('confirm prefers the first hit in the open item', () => {
    const s = searchFor('Macron', (x) => x.play(x.start, { type: 'edge', to: 'end' }, { type: 'open' }));
    // No hit in the open section (outlook): the first hit of all.
    expect(s.state.search.index).toBe(0);
    expect(s.state.reader.item).toEqual({ kind: 'section', id: 'budget' });
    const t = searchFor('Macron', (x) => x.play(x.start, { type: 'move', by: 4 }, { type: 'open' }));
    expect(t.state.reader.item).toEqual({ kind: 'section', id: 'trade' });
    expect(t.state.search.index).toBeGreaterThan(0);
  });

  test('hits are browsed: back leaves the search for where it started, however many hits were seen', () => {
    const s = searchFor('Macron', (x) =>
      x.play(x.start, { type: 'move', by: 4 }, { type: 'open' }, { type: 'move', by: 2 }),
    );
    expect(s.state.reader.item).toEqual({ kind: 'section', id: 'trade' });
    const before = s.state.history.back.length;
    let state = s.state;
    const seen = new Set<string>();
    for (let i = 0; i < s.state.search.hits.length - 1; i++) {
      state = s.play(state, { type: 'search-step', dir: 1 });
      seen.add(JSON.stringify(state.reader.item));
    }
    expect(seen.size).toBeGreaterThan(2);
    expect(state.history.back).toHaveLength(before + 1);
    const back = s.play(state, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual({ kind: 'section', id: 'trade' });
  });
});

describe('a hit in each panel selects the item in its panel and opens it', () => {
  const cases: { query: string; item: ItemRef; panel: PanelId; row: number; text: string }[] = [
    {
      query: 'Chancellor',
      item: { kind: 'player', id: 'merkel' },
      panel: 'players',
      row: 0,
      text: 'Chancellor',
    },
    {
      query: 'smaller budget',
      item: { kind: 'issue', id: 'budget-deal' },
      panel: 'issues',
      row: 0,
      text: 'smaller budget',
    },
    { query: 'leaked', item: { kind: 'timeline', index: 1 }, panel: 'timeline', row: 1, text: 'leaked' },
    {
      query: 'last winter',
      item: { kind: 'figure', index: 1 },
      panel: 'figures',
      row: 1,
      text: 'last winter',
    },
  ];
  for (const c of cases) {
    test(`${c.panel}: "${c.query}"`, () => {
      const s = searchFor(c.query);
      expect(s.state.search.hits.map((h) => h.item)).toEqual([c.item]);
      expect(s.state.reader.item).toEqual(c.item);
      expect(s.state.panel).toBe(c.panel);
      expect(s.state.selection[c.panel]).toBe(c.row);
      expect(s.state.focus).toBe('reader');
      expect(marked(s, s.state)).toBe(c.text);
    });
  }

  test('a hit in a name opens the item at its top with nothing marked', () => {
    const s = searchFor('Ursula');
    const at = s.state.search.hits.findIndex((h) => h.item.kind === 'player');
    expect(s.state.search.hits[at]?.field).toBe('name');
    let state = s.state;
    while (state.search.index !== at) state = s.play(state, { type: 'search-step', dir: 1 });
    expect(state.reader.item).toEqual({ kind: 'player', id: 'vdl' });
    expect(state.reader.top).toBe(0);
    expect(state.reader.mark).toBeUndefined();
  });

  test('a hit in a section title opens the section at its top', () => {
    const s = searchFor('Migration');
    expect(s.state.search.hits[0]?.field).toBe('title');
    expect(s.state.reader.item).toEqual({ kind: 'section', id: 'migration' });
    expect(s.state.reader.top).toBe(0);
    expect(s.state.reader.mark).toBeUndefined();
  });
});
