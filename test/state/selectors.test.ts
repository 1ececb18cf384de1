import { describe, expect, test } from 'vitest';
import { currentContent } from '../../source/state/content.js';
import { computeLayout, type Viewport } from '../../source/state/layout.js';
import {
  currentHit,
  listRows,
  navWindow,
  openDocument,
  positionText,
  readPercent,
  searchStatusText,
} from '../../source/state/selectors.js';
import { EMPTY_READER } from '../../source/state/state.js';
import { session } from './fixture.js';

const NARROW = { width: 80, height: 24 };

describe('footer position', () => {
  test('the focused list shows its row; the reader shows the item and how far through it is', () => {
    const { start, play, ctx } = session({ viewport: NARROW });
    expect(positionText(ctx, start)).toBe('Sections 1/7');
    expect(positionText(ctx, play(start, { type: 'panel', panel: 'players' }, { type: 'move', by: 1 }))).toBe(
      'Players 2/3',
    );
    const reading = play(start, { type: 'move', by: 2 }, { type: 'open' });
    const lines = currentContent(ctx, reading)?.plain.length ?? 0;
    expect(positionText(ctx, reading)).toBe(`Section 3/7 · ${Math.round((21 / lines) * 100)}%`);
    expect(positionText(ctx, play(reading, { type: 'edge', to: 'end' }))).toBe('Section 3/7 · 100%');
    const figure = play(start, { type: 'panel', panel: 'figures' }, { type: 'open' });
    expect(positionText(ctx, figure)).toBe('Figure 1/2 · 100%');
  });

  test('no percentage with nothing open', () => {
    const { start, ctx } = session({ viewport: NARROW });
    const empty = { ...start, focus: 'reader' as const, reader: EMPTY_READER };
    expect(readPercent(ctx, empty)).toBeUndefined();
    expect(positionText(ctx, empty)).toBe('Sections 1/7');
  });
});

describe('search status', () => {
  test('draft while typing, hit n/m after, empty without a search', () => {
    const { start, play } = session({ viewport: NARROW });
    expect(searchStatusText(start)).toBe('');
    expect(currentHit(start)).toBeUndefined();
    const typing = play(start, { type: 'search-start' }, { type: 'search-input', text: 'Merkel' });
    expect(searchStatusText(typing)).toBe('/Merkel');
    const done = play(
      typing,
      { type: 'search-confirm' },
      { type: 'search-step', dir: 1 },
      { type: 'search-step', dir: 1 },
    );
    expect(searchStatusText(done)).toBe(`hit 3/${done.search.hits.length}`);
    expect(currentHit(done)).toBe(done.search.hits[2]);
  });
});

describe('lists', () => {
  test('rows per panel', () => {
    const { ctx } = session();
    const entry = ctx.library[0];
    if (entry === undefined) throw new Error('no fixture');
    expect(listRows(entry, 'sections').map((r) => r.label)).toEqual([
      'Opening',
      'Budget',
      'Energy',
      'Defence',
      'Trade',
      'Migration',
      'Outlook',
    ]);
    expect(listRows(entry, 'players')[0]).toEqual({ label: 'Angela Merkel', detail: 'Chancellor', depth: 0 });
    expect(listRows(entry, 'issues')[1]).toEqual({ label: 'Energy price cap', detail: 'stalled', depth: 0 });
    expect(listRows(entry, 'timeline')[1]).toEqual({
      label: 'February: Budget draft leaked.',
      detail: '',
      depth: 0,
    });
    expect(listRows(entry, 'figures')[0]?.label).toBe('€1.1tn seven-year budget');
  });

  test('the window keeps the selection in view', () => {
    const { start, play, ctx } = session({ viewport: { width: 80, height: 12 } });
    // 12 rows less 3 of chrome: 9 rows; 7 sections fit.
    expect(navWindow(ctx, start)).toEqual({ start: 0, end: 7 });
    // Four rows shorter: 5 rows of list.
    const short = { ...start, viewport: { width: 80, height: 8 } };
    const small = { ...ctx, layout: (viewport: Viewport) => computeLayout(viewport, { minHeight: 8 }) };
    expect(navWindow(small, short)).toEqual({ start: 0, end: 5 });
    expect(navWindow(small, play(short, { type: 'move', by: 3 }))).toEqual({ start: 1, end: 6 });
    expect(navWindow(small, play(short, { type: 'edge', to: 'end' }))).toEqual({ start: 2, end: 7 });
  });

  test('openDocument is what the reader renders', () => {
    const { start, play, ctx } = session({ viewport: NARROW });
    const issue = play(start, { type: 'panel', panel: 'issues' }, { type: 'open' });
    const doc = openDocument(ctx, issue);
    expect(doc?.title).toBe('Budget deal');
    expect(doc?.markdown).toContain('**Status:** open');
    expect(doc?.markdown).toContain('### Positions');
    expect(doc?.links.map((l) => l.label)).toEqual(['Budget', 'Outlook', 'Angela Merkel', 'Emmanuel Macron']);
  });
});
