import { describe, expect, test } from 'vitest';
import { createReducer } from '../../source/state/reducer.js';
import { shownPanes, visibleLinks } from '../../source/state/selectors.js';
import { session } from './fixture.js';

const WIDE = { width: 120, height: 40 };
const NARROW = { width: 80, height: 24 };
const budget = { kind: 'section', id: 'budget' } as const;
const energy = { kind: 'section', id: 'energy' } as const;
const lead = { kind: 'section', id: 'lead' } as const;

describe('the list', () => {
  test('starts on the first section, focused, with the reader showing it', () => {
    const { start, ctx } = session({ viewport: WIDE });
    expect(start.screen).toBe('reader');
    expect(start.panel).toBe('sections');
    expect(start.focus).toBe('nav');
    expect(start.reader.item).toEqual(lead);
    expect(shownPanes(ctx, start)).toEqual({ nav: true, reader: true });
  });

  test('selection stays within the panel', () => {
    const { start, play } = session({ viewport: WIDE });
    expect(play(start, { type: 'move', by: -1 }).selection.sections).toBe(0);
    expect(play(start, { type: 'move', by: 100 }).selection.sections).toBe(6);
    expect(play(start, { type: 'edge', to: 'end' }).selection.sections).toBe(6);
    expect(play(start, { type: 'edge', to: 'end' }, { type: 'edge', to: 'start' }).selection.sections).toBe(
      0,
    );
    expect(play(start, { type: 'page', dir: 1 }).selection.sections).toBe(6);
    const figures = play(start, { type: 'panel', panel: 'figures' }, { type: 'move', by: 5 });
    expect(figures.selection.figures).toBe(1);
    expect(figures.selection.sections).toBe(0);
  });

  test('1-5 switch panels and focus the list; each panel keeps its selection', () => {
    const { start, play } = session({ viewport: WIDE });
    const players = play(start, { type: 'panel', panel: 'players' }, { type: 'move', by: 2 });
    expect(players.panel).toBe('players');
    expect(players.selection.players).toBe(2);
    const back = play(players, { type: 'panel', panel: 'sections' });
    expect(back.panel).toBe('sections');
    expect(back.selection.players).toBe(2);
    const fromReader = play(start, { type: 'open' }, { type: 'panel', panel: 'issues' });
    expect(fromReader.focus).toBe('nav');
  });
});

describe('split layout (>= 100 columns)', () => {
  test('moving in the list shows the selected item beside it', () => {
    const { start, play } = session({ viewport: WIDE });
    const moved = play(start, { type: 'move', by: 1 });
    expect(moved.reader.item).toEqual(budget);
    expect(moved.focus).toBe('nav');
  });

  test('switching panel shows the selected item of that panel beside it at once', () => {
    const { start, play } = session({ viewport: WIDE });
    const s = play(start, { type: 'move', by: 1 }, { type: 'panel', panel: 'players' });
    expect(s.reader.item).toEqual({ kind: 'player', id: 'merkel' });
    expect(s.focus).toBe('nav');
    const moved = play(s, { type: 'move', by: 2 }, { type: 'panel', panel: 'timeline' });
    expect(moved.reader.item).toEqual({ kind: 'timeline', index: 0 });
    // Each panel keeps its selection, and switching back shows it again.
    expect(play(moved, { type: 'panel', panel: 'players' }).reader.item).toEqual({
      kind: 'player',
      id: 'vdl',
    });
    expect(play(moved, { type: 'panel', panel: 'sections' }).reader.item).toEqual(budget);
    // From the reader too: the list takes the focus and the reader its selection.
    const fromReader = play(start, { type: 'open' }, { type: 'panel', panel: 'issues' });
    expect(fromReader.focus).toBe('nav');
    expect(fromReader.reader.item).toEqual({ kind: 'issue', id: 'budget-deal' });
  });

  test('switching panel is browsing: it keeps the item read on purpose in the history, once', () => {
    const { start, play } = session({ viewport: WIDE });
    // Only previewed: replaced without a trace, as moving in the list does.
    const previewed = play(start, { type: 'move', by: 1 }, { type: 'panel', panel: 'players' });
    expect(previewed.history.back).toEqual([]);
    // Read on purpose (Enter), then other panels browsed: one step back returns to it, at its place.
    const read = play(start, { type: 'move', by: 1 }, { type: 'open' }, { type: 'move', by: 3 });
    const browsed = play(
      read,
      { type: 'panel', panel: 'players' },
      { type: 'move', by: 1 },
      { type: 'panel', panel: 'figures' },
    );
    expect(browsed.reader.item).toEqual({ kind: 'figure', index: 0 });
    expect(browsed.history.back.map((entry) => entry.item)).toEqual([budget]);
    const back = play(browsed, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual(budget);
    expect(back.reader.top).toBe(3);
    expect(back.panel).toBe('sections');
  });

  test('an empty panel has nothing to show: the reader keeps its item', () => {
    const s = session({ viewport: WIDE });
    const entry = s.ctx.library[0];
    if (entry === undefined) throw new Error('no fixture');
    const ctx = { ...s.ctx, library: [{ ...entry, briefing: { ...entry.briefing, figures: [] } }] };
    const reduce = createReducer(ctx);
    const moved = s.play(s.start, { type: 'move', by: 1 });
    const figures = reduce(moved, { type: 'panel', panel: 'figures' });
    expect(figures.panel).toBe('figures');
    expect(figures.reader.item).toEqual(budget);
  });

  test('a resize into the split layout brings the panes into line, the focused one leading', () => {
    const { start, play } = session({ viewport: NARROW });
    // One pane: the players list is switched to while the reader, out of sight, keeps the section.
    const listed = play(
      start,
      { type: 'move', by: 1 },
      { type: 'open' },
      { type: 'panel', panel: 'players' },
    );
    expect(listed.reader.item).toEqual(budget);
    const wideList = play(listed, { type: 'resize', width: 120, height: 40 });
    expect(wideList.reader.item).toEqual({ kind: 'player', id: 'merkel' });
    expect(wideList.history.back.at(-1)?.item).toEqual(budget);
    expect(wideList.history.back).toHaveLength(listed.history.back.length + 1);
    // The reader focused again (Tab) on the section: the list follows the reader instead.
    const reading = play(listed, { type: 'focus', dir: 1 });
    expect(reading.focus).toBe('reader');
    const wideReader = play(reading, { type: 'resize', width: 120, height: 40 });
    expect(wideReader.reader.item).toEqual(budget);
    expect(wideReader.panel).toBe('sections');
    expect(wideReader.selection.sections).toBe(1);
  });

  test('Enter focuses the reader on the selected item, keeping its place; Esc returns to the list', () => {
    const { start, play } = session({ viewport: WIDE });
    const opened = play(start, { type: 'move', by: 1 }, { type: 'open' }, { type: 'move', by: 3 });
    expect(opened.focus).toBe('reader');
    expect(opened.reader.top).toBe(3);
    const list = play(opened, { type: 'back' });
    expect(list.focus).toBe('nav');
    expect(list.reader.item).toEqual(budget);
    const again = play(list, { type: 'open' });
    expect(again.focus).toBe('reader');
    expect(again.reader.top).toBe(3);
  });

  test('browsing in the list keeps the item read before in the history, once', () => {
    const { start, play } = session({ viewport: WIDE });
    const read = play(
      start,
      { type: 'move', by: 1 },
      { type: 'open' },
      { type: 'move', by: 4 },
      { type: 'back' },
    );
    const browsed = play(read, { type: 'move', by: 1 }, { type: 'move', by: 1 }, { type: 'move', by: 1 });
    expect(browsed.reader.item).toEqual({ kind: 'section', id: 'trade' });
    // The first section was only previewed at the start, so it was replaced, not kept.
    expect(browsed.history.back).toEqual([
      { item: budget, anchor: read.reader.anchor, landing: { top: 4, width: 83 } },
    ]);
    const back = play(browsed, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual(budget);
    expect(back.reader.top).toBe(4);
  });
});

describe('single layout (< 100 columns)', () => {
  test('switching panel leaves the reader, out of sight, on what it shows until Enter', () => {
    const { start, play } = session({ viewport: NARROW });
    const read = play(start, { type: 'move', by: 1 }, { type: 'open' });
    const players = play(read, { type: 'panel', panel: 'players' });
    expect(players.focus).toBe('nav');
    expect(players.reader.item).toEqual(budget);
    expect(players.history).toEqual(read.history);
    expect(play(players, { type: 'open' }).reader.item).toEqual({ kind: 'player', id: 'merkel' });
  });

  test('one pane at a time: Enter opens the reader, Esc returns to the list', () => {
    const { start, play, ctx } = session({ viewport: NARROW });
    expect(shownPanes(ctx, start)).toEqual({ nav: true, reader: false });
    const moved = play(start, { type: 'move', by: 2 });
    expect(moved.reader.item).toEqual(lead);
    const opened = play(moved, { type: 'open' });
    expect(opened.reader.item).toEqual(energy);
    expect(opened.focus).toBe('reader');
    expect(shownPanes(ctx, opened)).toEqual({ nav: false, reader: true });
    const back = play(opened, { type: 'back' });
    expect(back.focus).toBe('nav');
    expect(shownPanes(ctx, back)).toEqual({ nav: true, reader: false });
  });

  test('Tab switches panes; focusing the reader with nothing open opens the selection', () => {
    const { start, play } = session({ viewport: NARROW });
    const tab = play(start, { type: 'focus', dir: 1 });
    expect(tab.focus).toBe('reader');
    expect(play(tab, { type: 'focus', dir: -1 }).focus).toBe('nav');
  });

  test('too small below 40x12', () => {
    const { start, ctx, play } = session({ viewport: NARROW });
    expect(shownPanes(ctx, play(start, { type: 'resize', width: 39, height: 24 }))).toEqual({
      nav: false,
      reader: false,
    });
    expect(shownPanes(ctx, play(start, { type: 'resize', width: 40, height: 11 }))).toEqual({
      nav: false,
      reader: false,
    });
    expect(shownPanes(ctx, play(start, { type: 'resize', width: 40, height: 12 }))).toEqual({
      nav: true,
      reader: false,
    });
  });

  test('Esc in the list of the only briefing says there is nowhere to go', () => {
    const { start, play } = session({ viewport: NARROW });
    const s = play(start, { type: 'back' });
    expect(s.screen).toBe('reader');
    expect(s.notice).toBe('Already at the top level.');
    expect(play(s, { type: 'move', by: 1 }).notice).toBeUndefined();
  });

  test('Enter on an empty panel says so', () => {
    const s = session({ viewport: NARROW });
    const entry = s.ctx.library[0];
    if (entry === undefined) throw new Error('no fixture');
    const ctx = { ...s.ctx, library: [{ ...entry, briefing: { ...entry.briefing, figures: [] } }] };
    const state = createReducer(ctx)(s.start, { type: 'panel', panel: 'figures' });
    const opened = createReducer(ctx)(state, { type: 'open' });
    expect(opened.notice).toBe('No figures in this briefing.');
    expect(opened.focus).toBe('nav');
  });
});

describe('[ and ] step through sections', () => {
  test('next and previous, stopping at the ends with a notice', () => {
    const { start, play } = session({ viewport: WIDE });
    const next = play(start, { type: 'section-step', dir: 1 });
    expect(next.reader.item).toEqual(budget);
    expect(next.focus).toBe('reader');
    expect(next.selection.sections).toBe(1);
    const first = play(start, { type: 'section-step', dir: -1 });
    expect(first.reader.item).toEqual(lead);
    expect(first.notice).toBe('This is the first section.');
    const end = play(start, { type: 'edge', to: 'end' }, { type: 'section-step', dir: 1 });
    expect(end.reader.item).toEqual({ kind: 'section', id: 'outlook' });
    expect(end.notice).toBe('This is the last section.');
  });

  test('from a player, steps from the section selected last', () => {
    const { start, play } = session({ viewport: WIDE });
    const s = play(start, { type: 'move', by: 2 }, { type: 'panel', panel: 'players' }, { type: 'open' });
    expect(s.reader.item).toEqual({ kind: 'player', id: 'merkel' });
    expect(play(s, { type: 'section-step', dir: 1 }).reader.item).toEqual({ kind: 'section', id: 'defence' });
    expect(play(s, { type: 'section-step', dir: -1 }).reader.item).toEqual(budget);
  });

  test('stepping is browsing: back returns to where the steps began', () => {
    const { start, play } = session({ viewport: WIDE });
    const s = play(start, { type: 'open' }, { type: 'move', by: 2 });
    const stepped = play(
      s,
      { type: 'section-step', dir: 1 },
      { type: 'section-step', dir: 1 },
      { type: 'section-step', dir: 1 },
    );
    expect(stepped.history.back).toHaveLength(1);
    const back = play(stepped, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual(lead);
  });
});

describe('history', () => {
  test('back restores the item and its place; forward returns', () => {
    const { start, play } = session({ viewport: NARROW });
    const budgetRead = play(start, { type: 'move', by: 1 }, { type: 'open' }, { type: 'move', by: 9 });
    const energyRead = play(
      budgetRead,
      { type: 'back' },
      { type: 'move', by: 1 },
      { type: 'open' },
      { type: 'move', by: 4 },
    );
    expect(energyRead.reader.item).toEqual(energy);
    const back = play(energyRead, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual(budget);
    expect(back.reader.top).toBe(9);
    expect(back.focus).toBe('reader');
    expect(back.selection.sections).toBe(1);
    const forward = play(back, { type: 'history', dir: 'forward' });
    expect(forward.reader.item).toEqual(energy);
    expect(forward.reader.top).toBe(4);
    expect(forward.history.forward).toEqual([]);
  });

  test('a new open clears the forward history', () => {
    const { start, play } = session({ viewport: NARROW });
    const two = play(
      start,
      { type: 'move', by: 1 },
      { type: 'open' },
      { type: 'back' },
      { type: 'move', by: 1 },
      { type: 'open' },
    );
    const back = play(two, { type: 'history', dir: 'back' });
    expect(back.history.forward).toHaveLength(1);
    const opened = play(back, { type: 'panel', panel: 'players' }, { type: 'open' });
    expect(opened.history.forward).toEqual([]);
    expect(play(opened, { type: 'history', dir: 'forward' }).notice).toBe('Nothing to go forward to.');
  });

  test('back at the start says there is nothing to go back to', () => {
    const { start, play } = session({ viewport: NARROW });
    const s = play(start, { type: 'history', dir: 'back' });
    expect(s.notice).toBe('Nothing to go back to.');
    expect(s.reader.item).toEqual(lead);
  });

  test('back and forward restore the panel and its selection', () => {
    const { start, play } = session({ viewport: NARROW });
    const player = play(
      start,
      { type: 'open' },
      { type: 'panel', panel: 'players' },
      { type: 'move', by: 1 },
      { type: 'open' },
    );
    expect(player.reader.item).toEqual({ kind: 'player', id: 'macron' });
    const back = play(player, { type: 'history', dir: 'back' });
    expect(back.panel).toBe('sections');
    expect(back.reader.item).toEqual(lead);
    const forward = play(back, { type: 'history', dir: 'forward' });
    expect(forward.panel).toBe('players');
    expect(forward.selection.players).toBe(1);
  });

  test('back to a place restores the name that was highlighted there; forward too', () => {
    const { start, play, ctx } = session({ viewport: NARROW });
    const read = play(start, { type: 'move', by: 1 }, { type: 'open' });
    const highlighted = play(read, { type: 'link-step', dir: 1 }, { type: 'link-step', dir: 1 });
    const cursor = highlighted.reader.linkCursor;
    expect(cursor).toBeDefined();
    const followed = play(highlighted, { type: 'open' });
    expect(followed.reader.item?.kind).toBe('player');
    expect(followed.history.back.at(-1)).toMatchObject({ item: budget, linkCursor: cursor });

    const back = play(followed, { type: 'history', dir: 'back' });
    expect(back.reader.item).toEqual(budget);
    expect(back.reader.linkCursor).toBe(cursor);
    expect(visibleLinks(ctx, back).some((link) => link.index === cursor)).toBe(true);
    // Enter follows the same name again.
    expect(play(back, { type: 'open' }).reader.item).toEqual(followed.reader.item);

    // The player was left with a name of its own highlighted: forward shows that one.
    const onPlayer = play(back, { type: 'history', dir: 'forward' }, { type: 'link-step', dir: 1 });
    const playerCursor = onPlayer.reader.linkCursor;
    expect(playerCursor).toBeDefined();
    const again = play(onPlayer, { type: 'history', dir: 'back' }, { type: 'history', dir: 'forward' });
    expect(again.reader.item).toEqual(followed.reader.item);
    expect(again.reader.linkCursor).toBe(playerCursor);
  });

  test('a place left with no highlight comes back with none', () => {
    const { start, play } = session({ viewport: NARROW });
    const read = play(start, { type: 'move', by: 1 }, { type: 'open' });
    const away = play(read, { type: 'section-step', dir: 1 }, { type: 'open' }, { type: 'back' });
    const other = play(away, { type: 'panel', panel: 'players' }, { type: 'open' });
    const back = play(other, { type: 'history', dir: 'back' });
    expect(back.reader.linkCursor).toBeUndefined();
    expect(back.history.back.every((entry) => entry.linkCursor === undefined)).toBe(true);
  });
});
