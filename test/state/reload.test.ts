import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../source/domain/types.js';
import { startReads } from '../../source/state/reads.js';
import { createReducer } from '../../source/state/reducer.js';
import { makeBriefing, makeContext, session } from './fixture.js';

/** The fixture with its sections changed by `edit`. */
function edited(edit: (sections: Briefing['sections']) => Briefing['sections'], id = 'eu-summit'): Briefing {
  const briefing = makeBriefing(id);
  return { ...briefing, sections: edit(briefing.sections) };
}

describe('reload: a new version of the library under an open session', () => {
  test('the open item and its words stay in view; lists keep their selected items', () => {
    const { ctx, start, play } = session();
    let state = play(start, { type: 'move', by: 4 }, { type: 'open' }, { type: 'page', dir: 1 });
    expect(state.reader.item).toEqual({ kind: 'section', id: 'trade' });
    const anchor = state.reader.anchor;
    expect(anchor).toBeGreaterThan(0);
    // A section is inserted before it: its row moves, its place does not.
    const next = makeContext(undefined, [
      edited((s) => [...s.slice(0, 2), { ...s[2], id: 'new-one', title: 'New one' } as never, ...s.slice(2)]),
    ]);
    state = createReducer(next)(state, { type: 'reload', previous: ctx });
    expect(state.reader.item).toEqual({ kind: 'section', id: 'trade' });
    expect(state.reader.anchor).toBe(anchor);
    expect(state.selection.sections).toBe(5);
    expect(state.notice).toBe('Briefing updated: 1 new section · c to see');
  });

  test('an item that is gone gives way to the nearest: the same row of its list', () => {
    const { ctx, start, play } = session();
    const state = play(start, { type: 'move', by: 6 }, { type: 'open' });
    expect(state.reader.item).toEqual({ kind: 'section', id: 'outlook' });
    const next = makeContext(undefined, [edited((s) => s.filter((x) => x.id !== 'outlook'))]);
    const after = createReducer(next)(state, { type: 'reload', previous: ctx });
    expect(after.reader.item).toEqual({ kind: 'section', id: 'migration' });
    expect(after.reader.top).toBe(0);
    expect(after.notice).toMatch(/^Briefing updated/);
  });

  test('an unchanged reload keeps everything and says nothing', () => {
    const { ctx, start, play } = session();
    const state = play(start, { type: 'move', by: 2 }, { type: 'open' }, { type: 'move', by: 3 });
    const after = createReducer(makeContext())(state, { type: 'reload', previous: ctx });
    expect(after.reader).toEqual(state.reader);
    expect(after.notice).toBeUndefined();
  });

  test('a briefing removed from a library of several leaves for the picker, with a notice', () => {
    const { ctx, start, play } = session({ ids: ['a', 'b'] });
    const reading = play(start, { type: 'open' }, { type: 'move', by: 1 }, { type: 'move', by: 1 });
    expect(reading.screen).toBe('reader');
    const next = makeContext(['c', 'd']);
    const after = createReducer(next)(reading, { type: 'reload', previous: ctx });
    expect(after.screen).toBe('picker');
    expect(after.notice).toContain('no longer in the library');
  });

  test('a failed reload keeps the state and names the problem', () => {
    const { reduce, start } = session();
    const after = reduce(start, { type: 'reload-failed', problem: 'talks.md:3: front matter is not closed' });
    expect(after.reader).toEqual(start.reader);
    expect(after.notice).toBe('Briefing not updated: talks.md:3: front matter is not closed');
  });

  test('the open item, updated, is read in its new version and its new sentence is marked', () => {
    const { ctx, start, play } = session();
    const reading = { ...start, reads: startReads({ 'eu-summit': undefined }, 0) };
    const state = play(reading, { type: 'move', by: 4 }, { type: 'open' });
    expect(state.reader.item).toEqual({ kind: 'section', id: 'trade' });
    const added = 'The ministers agreed on a tariff truce at dawn.';
    const next = makeContext(undefined, [
      edited((s) => s.map((x) => (x.id === 'trade' ? { ...x, markdown: `${x.markdown}\n\n${added}` } : x))),
    ]);
    const after = createReducer(next)(state, { type: 'reload', previous: ctx });
    const reads = after.reads?.byId['eu-summit'];
    expect(reads?.changed['section:trade']).toEqual([added]);
    expect(reads?.seen['section:trade']?.s).toBeDefined();
    expect(after.notice).toBe('Briefing updated: 1 section updated · c to see');
  });
});
