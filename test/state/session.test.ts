import { describe, expect, test } from 'vitest';
import { currentContent } from '../../source/state/content.js';
import { createReducer } from '../../source/state/reducer.js';
import { pickerRows, placeOf, positionText } from '../../source/state/selectors.js';
import { initialState } from '../../source/state/session.js';
import type { Place } from '../../source/state/state.js';
import { makeContext, session } from './fixture.js';

const NARROW = { width: 80, height: 24 };

describe('library picker', () => {
  test('several briefings start on the picker; Enter reads the selected one from the top', () => {
    const { start, play, ctx } = session({ viewport: NARROW, ids: ['one', 'two', 'three'] });
    expect(start.screen).toBe('picker');
    expect(pickerRows(ctx).map((r) => r.title)).toEqual(['Summit one', 'Summit two', 'Summit three']);
    expect(positionText(ctx, start)).toBe('Briefing 1/3');
    const moved = play(start, { type: 'move', by: 1 });
    expect(moved.picker.selection).toBe(1);
    expect(play(start, { type: 'move', by: -1 }).picker.selection).toBe(0);
    expect(play(start, { type: 'edge', to: 'end' }).picker.selection).toBe(2);
    expect(play(start, { type: 'page', dir: 1 }).picker.selection).toBe(2);
    const reading = play(moved, { type: 'open' });
    expect(reading.screen).toBe('reader');
    expect(reading.briefing).toBe(1);
    expect(reading.reader.item).toEqual({ kind: 'section', id: 'lead' });
  });

  test('keys of the reader do nothing on the picker', () => {
    const { start, play } = session({ viewport: NARROW, ids: ['one', 'two'] });
    const s = play(
      start,
      { type: 'panel', panel: 'players' },
      { type: 'search-start' },
      { type: 'section-step', dir: 1 },
    );
    expect(s.screen).toBe('picker');
    expect(s.panel).toBe('sections');
    expect(s.search.mode).toBe('idle');
  });

  test('Esc before anything was read stays on the picker', () => {
    const { start, play } = session({ viewport: NARROW, ids: ['one', 'two'] });
    const s = play(start, { type: 'back' });
    expect(s.screen).toBe('picker');
    expect(s.notice).toBe('Pick a briefing to read.');
  });

  test('Esc from the list returns to the picker; Esc or Enter on the same briefing returns to the place', () => {
    const { start, play } = session({ viewport: NARROW, ids: ['one', 'two'] });
    const reading = play(
      start,
      { type: 'move', by: 1 },
      { type: 'open' },
      { type: 'move', by: 1 },
      { type: 'open' },
    );
    const scrolled = play(reading, { type: 'move', by: 6 });
    const picker = play(scrolled, { type: 'back' }, { type: 'back' });
    expect(picker.screen).toBe('picker');
    expect(picker.picker.selection).toBe(1);
    const resumed = play(picker, { type: 'back' });
    expect(resumed.screen).toBe('reader');
    expect(resumed.reader.top).toBe(6);
    expect(play(picker, { type: 'open' }).reader.top).toBe(6);
    const other = play(picker, { type: 'move', by: -1 }, { type: 'open' });
    expect(other.briefing).toBe(0);
    expect(other.history.back).toEqual([]);
    expect(other.reader.item).toEqual({ kind: 'section', id: 'lead' });
  });

  test('back from the picker after a resize into the split layout, the panes agree', () => {
    const { start, play } = session({ viewport: NARROW, ids: ['one', 'two'] });
    // One pane: the players list is shown while the reader, out of sight, keeps the section.
    const listed = play(
      start,
      { type: 'open' },
      { type: 'panel', panel: 'players' },
      { type: 'move', by: 1 },
    );
    expect(listed.reader.item).toEqual({ kind: 'section', id: 'lead' });
    const picker = play(listed, { type: 'back' }, { type: 'resize', width: 120, height: 40 });
    expect(picker.screen).toBe('picker');
    for (const key of [{ type: 'back' }, { type: 'open' }] as const) {
      const back = play(picker, key);
      expect(back.screen).toBe('reader');
      expect(back.panel).toBe('players');
      expect(back.reader.item).toEqual({ kind: 'player', id: 'macron' });
    }
  });
});

describe('reading place', () => {
  test('placeOf gives briefing, item and anchor; restoring it comes back to the same line', () => {
    const { start, play, ctx } = session({ viewport: NARROW });
    const read = play(start, { type: 'move', by: 2 }, { type: 'open' }, { type: 'move', by: 11 });
    const place = placeOf(ctx, read);
    expect(place).toEqual({
      briefingId: 'eu-summit',
      itemKind: 'section',
      itemId: 'energy',
      anchor: read.reader.anchor,
    });
    const again = session({ viewport: NARROW, ...(place ? { place } : {}) });
    expect(again.start.reader.item).toEqual({ kind: 'section', id: 'energy' });
    expect(again.start.focus).toBe('reader');
    expect(again.start.selection.sections).toBe(2);
    expect(currentContent(again.ctx, again.start)?.plain[again.start.reader.top]).toBe(
      currentContent(ctx, read)?.plain[11],
    );
  });

  test('a place survives JSON and works for items with an index', () => {
    const { start, play, ctx } = session({ viewport: NARROW });
    const figure = play(
      start,
      { type: 'panel', panel: 'figures' },
      { type: 'move', by: 1 },
      { type: 'open' },
    );
    const place = JSON.parse(JSON.stringify(placeOf(ctx, figure))) as Place;
    expect(place).toEqual({ briefingId: 'eu-summit', itemKind: 'figure', index: 1, anchor: 0 });
    const restored = play(start, { type: 'restore', place });
    expect(restored.reader.item).toEqual({ kind: 'figure', index: 1 });
    expect(restored.panel).toBe('figures');
  });

  test('a place in several briefings opens that briefing', () => {
    const ctx = makeContext(['one', 'two']);
    const place: Place = { briefingId: 'two', itemKind: 'player', itemId: 'macron', anchor: 0 };
    const state = initialState(ctx, { viewport: NARROW, place });
    expect(state.screen).toBe('reader');
    expect(state.briefing).toBe(1);
    expect(state.reader.item).toEqual({ kind: 'player', id: 'macron' });
  });

  test('a place that no longer exists leaves the start as it was, with a notice', () => {
    const ctx = makeContext();
    const gone: Place = { briefingId: 'eu-summit', itemKind: 'section', itemId: 'deleted', anchor: 40 };
    const state = initialState(ctx, { viewport: NARROW, place: gone });
    expect(state.reader.item).toEqual({ kind: 'section', id: 'lead' });
    expect(state.notice).toBe('The saved place is no longer in briefing "eu-summit".');
    const elsewhere = createReducer(ctx)(state, {
      type: 'restore',
      place: { briefingId: 'other', itemKind: 'timeline', index: 0, anchor: 0 },
    });
    expect(elsewhere.notice).toBe('The saved place is in briefing "other", which is not open.');
  });

  test('a bad anchor is read as the top', () => {
    const ctx = makeContext();
    const place = {
      briefingId: 'eu-summit',
      itemKind: 'section',
      itemId: 'budget',
      anchor: Number.NaN,
    } as Place;
    expect(initialState(ctx, { viewport: NARROW, place }).reader.anchor).toBe(0);
  });
});

describe('help, quit and notices', () => {
  test('help opens and closes; quit sets the flag', () => {
    const { start, play } = session({ viewport: NARROW });
    expect(play(start, { type: 'help', open: true }).overlay).toBe('help');
    expect(play(start, { type: 'help', open: true }, { type: 'help', open: false }).overlay).toBe('none');
    expect(play(start, { type: 'quit' }).quit).toBe(true);
  });

  test('a notice lasts until the next key, not the next resize', () => {
    const { start, play } = session({ viewport: NARROW });
    const noticed = play(start, { type: 'history', dir: 'back' });
    expect(noticed.notice).toBeDefined();
    expect(play(noticed, { type: 'resize', width: 90, height: 30 }).notice).toBe(noticed.notice);
    expect(play(noticed, { type: 'move', by: 1 }).notice).toBeUndefined();
  });
});
