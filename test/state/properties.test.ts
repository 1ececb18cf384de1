import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Action } from '../../source/state/actions.js';
import { currentContent } from '../../source/state/content.js';
import type { ReducerContext } from '../../source/state/context.js';
import { indexOfItem, itemAt, PANELS, panelLength, sameItem } from '../../source/state/items.js';
import { HISTORY_LIMIT, maxTop } from '../../source/state/navigate.js';
import { createReducer } from '../../source/state/reducer.js';
import { initialState } from '../../source/state/session.js';
import type { AppState } from '../../source/state/state.js';
import { makeContext } from './fixture.js';

const dir = fc.constantFrom(1 as const, -1 as const);

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('move' as const), by: fc.integer({ min: -50, max: 50 }) }),
  fc.record({ type: fc.constant('page' as const), dir, half: fc.boolean() }),
  fc.record({ type: fc.constant('edge' as const), to: fc.constantFrom('start' as const, 'end' as const) }),
  fc.constant({ type: 'open' as const }),
  fc.constant({ type: 'back' as const }),
  fc.record({
    type: fc.constant('history' as const),
    dir: fc.constantFrom('back' as const, 'forward' as const),
  }),
  fc.record({ type: fc.constant('panel' as const), panel: fc.constantFrom(...PANELS) }),
  fc.record({ type: fc.constant('focus' as const), dir }),
  fc.record({ type: fc.constant('section-step' as const), dir }),
  fc.record({ type: fc.constant('link-step' as const), dir }),
  fc.constant({ type: 'search-start' as const }),
  fc.record({
    type: fc.constant('search-input' as const),
    text: fc.constantFrom('M', 'a', 'e', 'r', 'k', ' ', 'x', 'th'),
  }),
  fc.constant({ type: 'search-delete' as const }),
  fc.constant({ type: 'search-confirm' as const }),
  fc.constant({ type: 'search-cancel' as const }),
  fc.record({ type: fc.constant('search-step' as const), dir }),
  fc.record({ type: fc.constant('help' as const), open: fc.boolean() }),
  fc.record({
    type: fc.constant('resize' as const),
    width: fc.integer({ min: 10, max: 200 }),
    height: fc.integer({ min: 4, max: 70 }),
  }),
  fc.record({
    type: fc.constant('restore' as const),
    place: fc.oneof(
      fc.record({
        briefingId: fc.constantFrom('one', 'two', 'gone'),
        itemKind: fc.constantFrom('section' as const, 'player' as const, 'issue' as const),
        itemId: fc.constantFrom('budget', 'macron', 'energy-cap', 'nothing'),
        anchor: fc.integer({ min: -5, max: 2000 }),
      }),
      fc.record({
        briefingId: fc.constantFrom('one', 'two'),
        itemKind: fc.constantFrom('timeline' as const, 'figure' as const),
        index: fc.integer({ min: -1, max: 4 }),
        anchor: fc.nat({ max: 300 }),
      }),
    ),
  }),
);

function checkInvariants(ctx: ReducerContext, state: AppState): void {
  const entry = ctx.library[state.briefing];
  expect(entry).toBeDefined();
  if (entry === undefined) return;
  const b = entry.briefing;
  for (const panel of PANELS) {
    const row = state.selection[panel];
    expect(Number.isInteger(row)).toBe(true);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThanOrEqual(Math.max(0, panelLength(b, panel) - 1));
  }
  expect(state.picker.selection).toBeGreaterThanOrEqual(0);
  expect(state.picker.selection).toBeLessThan(ctx.library.length);

  const { reader } = state;
  if (reader.item !== undefined) expect(indexOfItem(b, reader.item)).toBeGreaterThanOrEqual(0);
  // Side by side, the reader shows the list's selection, whatever led there.
  const selected = itemAt(b, state.panel, state.selection[state.panel]);
  if (state.screen === 'reader' && ctx.layout(state.viewport).mode === 'split' && selected !== undefined) {
    expect(reader.item).toEqual(selected);
  }
  if (state.focus === 'reader') expect(reader.item).toBeDefined();
  expect(Number.isInteger(reader.top)).toBe(true);
  expect(reader.top).toBeGreaterThanOrEqual(0);
  expect(reader.anchor).toBeGreaterThanOrEqual(0);
  const content = currentContent(ctx, state);
  if (content !== undefined) {
    const rows = ctx.layout(state.viewport).reader.height;
    expect(reader.top).toBeLessThanOrEqual(maxTop(content, rows));
    expect(content.anchors).toHaveLength(content.plain.length);
    if (reader.linkCursor !== undefined) expect(content.links[reader.linkCursor]).toBeDefined();
    if (reader.mark !== undefined) expect(reader.mark.line).toBeLessThan(content.plain.length);
  }

  const { back, forward } = state.history;
  expect(back.length).toBeLessThanOrEqual(HISTORY_LIMIT);
  for (const h of [...back, ...forward]) {
    expect(indexOfItem(b, h.item)).toBeGreaterThanOrEqual(0);
    expect(h.anchor).toBeGreaterThanOrEqual(0);
  }

  const { hits, index, mode } = state.search;
  if (hits.length === 0) expect(index).toBe(0);
  else {
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(hits.length);
  }
  if (mode === 'idle') expect(state.search.draft).toBe('');
  if (state.notice !== undefined) expect(state.notice).not.toMatch(/\n/);
}

describe('random action sequences keep the invariants', () => {
  for (const ids of [['one'], ['one', 'two']]) {
    test(`with ${ids.length} briefing(s)`, () => {
      const ctx = makeContext(ids);
      const reduce = createReducer(ctx);
      fc.assert(
        fc.property(
          fc.record({ width: fc.integer({ min: 20, max: 180 }), height: fc.integer({ min: 6, max: 60 }) }),
          fc.array(action, { maxLength: 60 }),
          (viewport, actions) => {
            let state = initialState(ctx, { viewport });
            checkInvariants(ctx, state);
            for (const a of actions) {
              state = reduce(state, a);
              checkInvariants(ctx, state);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  test('back then forward returns to the same item and line', () => {
    const ctx = makeContext();
    const reduce = createReducer(ctx);
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const state = actions.reduce(reduce, initialState(ctx, { viewport: { width: 90, height: 30 } }));
        if (state.screen !== 'reader' || state.history.back.length === 0 || state.search.mode === 'typing')
          return;
        const round = reduce(reduce(state, { type: 'history', dir: 'back' }), {
          type: 'history',
          dir: 'forward',
        });
        expect(sameItem(round.reader.item, state.reader.item)).toBe(true);
        expect(round.reader.top).toBe(state.reader.top);
      }),
      { numRuns: 300 },
    );
  });

  test('a resize and its reverse give back the same top line', () => {
    const ctx = makeContext();
    const reduce = createReducer(ctx);
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 30 }),
        fc.integer({ min: 40, max: 160 }),
        fc.integer({ min: 12, max: 50 }),
        (actions, width, height) => {
          const settled = actions.reduce(reduce, initialState(ctx, { viewport: { width: 100, height: 30 } }));
          const state = reduce(settled, { type: 'resize', width: 100, height: 30 });
          const content = currentContent(ctx, state);
          if (content === undefined || content.anchors[state.reader.top] !== state.reader.anchor) return;
          if (content.plain[state.reader.top] === '') return;
          const back = reduce(reduce(state, { type: 'resize', width, height }), {
            type: 'resize',
            width: 100,
            height: 30,
          });
          expect(back.reader.top).toBe(state.reader.top);
        },
      ),
      { numRuns: 200 },
    );
  });
});
