import { describe, expect, test } from 'vitest';
import { currentContent } from '../../source/state/content.js';
import type { ReducerContext } from '../../source/state/context.js';
import { pageOf } from '../../source/state/reducer.js';
import { visibleRange } from '../../source/state/selectors.js';
import type { AppState } from '../../source/state/state.js';
import { makeBriefing, session } from './fixture.js';

/** The budget section, open and focused, at 80x24 (21 rows of text). */
function reading(viewport = { width: 80, height: 24 }) {
  const s = session({ viewport });
  const state = s.play(s.start, { type: 'move', by: 1 }, { type: 'open' });
  return { ...s, state };
}

function lines(ctx: ReducerContext, state: AppState): number {
  return currentContent(ctx, state)?.plain.length ?? 0;
}

describe('scrolling the reader', () => {
  test('a line at a time, never above the top', () => {
    const { play, state } = reading();
    expect(state.reader.item).toEqual({ kind: 'section', id: 'budget' });
    expect(state.focus).toBe('reader');
    expect(state.reader.top).toBe(0);
    expect(play(state, { type: 'move', by: 1 }).reader.top).toBe(1);
    expect(play(state, { type: 'move', by: -1 }).reader.top).toBe(0);
    expect(play(state, { type: 'move', by: 3 }, { type: 'move', by: -1 }).reader.top).toBe(2);
  });

  test('never past the last page: the last line stays at the bottom', () => {
    const { ctx, play, state } = reading();
    const rows = 24 - 3;
    const last = lines(ctx, state) - rows;
    expect(last).toBeGreaterThan(20);
    const end = play(state, { type: 'edge', to: 'end' });
    expect(end.reader.top).toBe(last);
    expect(play(end, { type: 'move', by: 1 }).reader.top).toBe(last);
    expect(play(end, { type: 'page', dir: 1 }).reader.top).toBe(last);
    expect(play(state, { type: 'move', by: 10_000 }).reader.top).toBe(last);
    expect(play(end, { type: 'move', by: -10_000 }).reader.top).toBe(0);
  });

  test('a page is the view less one line of context; half a page is half the view', () => {
    const { play, state } = reading();
    const rows = 21;
    expect(pageOf(rows)).toBe(20);
    expect(pageOf(rows, true)).toBe(10);
    const paged = play(state, { type: 'page', dir: 1 });
    expect(paged.reader.top).toBe(20);
    expect(play(paged, { type: 'page', dir: -1 }).reader.top).toBe(0);
    expect(play(state, { type: 'page', dir: 1, half: true }).reader.top).toBe(10);
    expect(play(paged, { type: 'page', dir: -1, half: true }).reader.top).toBe(10);
  });

  test('g and G go to the top and the end', () => {
    const { ctx, play, state } = reading();
    const end = play(state, { type: 'edge', to: 'end' });
    expect(end.reader.top).toBe(lines(ctx, state) - 21);
    expect(play(end, { type: 'edge', to: 'start' }).reader.top).toBe(0);
  });

  test('a text shorter than the view does not scroll', () => {
    const s = session({ viewport: { width: 80, height: 24 } });
    const state = s.play(s.start, { type: 'panel', panel: 'figures' }, { type: 'open' });
    expect(lines(s.ctx, state)).toBeLessThan(21);
    expect(s.play(state, { type: 'move', by: 1 }).reader.top).toBe(0);
    expect(s.play(state, { type: 'edge', to: 'end' }).reader.top).toBe(0);
  });

  test('scrolling moves the anchor to the words before the new top line', () => {
    const { ctx, play, state } = reading();
    const moved = play(state, { type: 'move', by: 7 });
    expect(moved.reader.anchor).toBe(currentContent(ctx, moved)?.anchors[7]);
    expect(moved.reader.anchor).toBeGreaterThan(0);
  });

  test('the visible range is one page from the top', () => {
    const { ctx, play, state } = reading();
    expect(visibleRange(ctx, play(state, { type: 'move', by: 4 }))).toEqual({ start: 4, end: 25 });
  });

  test('an item is on screen as soon as it opens: the next key scrolls it', () => {
    const { ctx, play, start } = session({ viewport: { width: 80, height: 24 } });
    const fresh = play(start, { type: 'section-step', dir: 1 });
    expect(fresh.reader.item).toEqual({ kind: 'section', id: 'budget' });
    expect(currentContent(ctx, fresh)?.width).toBe(80);
    expect(play(fresh, { type: 'move', by: 5 }).reader.top).toBe(5);
  });
});

describe('resizing keeps the place', () => {
  /** The words of a plain line. */
  const words = (line: string | undefined) => (line ?? '').trim().split(/\s+/).filter(Boolean);

  test('from 120x40 to 80x24 the same text comes to the top', () => {
    const { ctx, play, state: wide } = reading({ width: 120, height: 40 });
    const scrolled = play(wide, { type: 'move', by: 13 });
    const before = currentContent(ctx, scrolled);
    const anchor = scrolled.reader.anchor;
    const firstWordIndex = anchor;
    expect(before?.width).toBe(120 - 36 - 1);
    expect(anchor).toBe(before?.anchors[13]);

    const narrow = play(scrolled, { type: 'resize', width: 80, height: 24 });
    const after = currentContent(ctx, narrow);
    expect(after?.width).toBe(80);
    const top = narrow.reader.top;
    expect(top).not.toBe(13);
    // The top line now holds the word that began the old top line.
    const startWord = after?.anchors[top] ?? -1;
    expect(startWord).toBeLessThanOrEqual(firstWordIndex);
    expect(firstWordIndex).toBeLessThan(startWord + words(after?.plain[top]).length);
    expect(words(after?.plain[top])[firstWordIndex - startWord]).toBe(words(before?.plain[13])[0]);
    // The anchor itself is unchanged, so going back gives the same line again.
    expect(narrow.reader.anchor).toBe(anchor);
    expect(play(narrow, { type: 'resize', width: 120, height: 40 }).reader.top).toBe(13);
  });

  test('a resize of the height alone keeps the top line and clamps at the end', () => {
    const { ctx, play, state } = reading({ width: 80, height: 24 });
    const scrolled = play(state, { type: 'move', by: 5 });
    expect(play(scrolled, { type: 'resize', width: 80, height: 30 }).reader.top).toBe(5);
    const end = play(state, { type: 'edge', to: 'end' });
    const taller = play(end, { type: 'resize', width: 80, height: 34 });
    expect(taller.reader.top).toBe(lines(ctx, end) - 31);
  });

  test('a new item opens at its very top, wordless first lines included', () => {
    const base = makeBriefing();
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const ruled = base.sections.map((section) =>
      section.id === 'budget' ? { ...section, markdown: `---\n\n${words}` } : section,
    );
    const { ctx, play, start } = session({
      viewport: { width: 80, height: 24 },
      briefings: [{ ...base, sections: ruled }],
    });
    const fresh = play(start, { type: 'section-step', dir: 1 });
    expect(currentContent(ctx, fresh)?.plain[0]).toMatch(/^-+$/);
    expect(fresh.reader.top).toBe(0);
    // Back to it after scrolling and leaving: at its top again, rule included.
    const away = play(
      fresh,
      { type: 'move', by: 3 },
      { type: 'edge', to: 'start' },
      { type: 'section-step', dir: 1 },
    );
    expect(play(away, { type: 'section-step', dir: -1 }).reader.top).toBe(0);
  });
});
