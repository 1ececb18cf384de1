/**
 * A search on a large briefing confirms with its first hit only and counts the rest on `search-count`
 * (sent by the UI after that frame). The same reader and briefings serve both ways here: one context
 * counts at once (as a small briefing does), the other after the frame (its entries given `firstHit`,
 * as a large briefing's are),
 * and once counted the two must agree on everything: the hits, their order, the current one, the
 * reader's place, the notice.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Action } from '../../source/state/actions.js';
import { createLibraryContext } from '../../source/state/library.js';
import { createReducer } from '../../source/state/reducer.js';
import { currentHit, searchStatusText } from '../../source/state/selectors.js';
import { initialState } from '../../source/state/session.js';
import { createReducerContext } from '../../source/state/session-context.js';
import type { AppState } from '../../source/state/state.js';
import { countingAfterTheFrame } from '../helpers/count-after-frame.js';
import { makeBriefing, TEST_THEME } from './fixture.js';

const NARROW = { width: 80, height: 24 };
const ONE = [makeBriefing('one')];
/** Two briefings: the reader starts on the picker, and picking another resets the search. */
const TWO = [makeBriefing('one'), makeBriefing('two')];
const contexts = (briefings: typeof ONE) => {
  const shared = createLibraryContext(briefings);
  expect(shared.library.every((entry) => entry.firstHit === undefined)).toBe(true);
  const eagerCtx = createReducerContext(shared, { theme: TEST_THEME });
  const lazyCtx = createReducerContext(countingAfterTheFrame(shared), { theme: TEST_THEME });
  return { eagerCtx, lazyCtx, eager: createReducer(eagerCtx), lazy: createReducer(lazyCtx) };
};
const { eagerCtx, lazyCtx, eager, lazy } = contexts(ONE);
const COUNT: Action = { type: 'search-count' };

function typed(text: string): Action[] {
  return [{ type: 'search-start' }, { type: 'search-input', text }, { type: 'search-confirm' }];
}

/** Both sessions after the same actions (the lazy one not counted yet). */
function both(...actions: Action[]): { e: AppState; l: AppState } {
  const start = (reduce: typeof eager, ctx: typeof eagerCtx) =>
    actions.reduce(reduce, reduce(initialState(ctx, { viewport: NARROW }), { type: 'resize', ...NARROW }));
  return { e: start(eager, eagerCtx), l: start(lazy, lazyCtx) };
}

describe('the threshold', () => {
  test('a briefing under it counts at once; from it, after the frame', () => {
    const small = makeBriefing('small');
    const [lead, ...rest] = small.sections;
    if (lead === undefined) throw new Error('the fixture has sections');
    // Half a million searchable characters: the size from which counting waits for the frame.
    const large = {
      ...small,
      sections: [{ ...lead, markdown: 'the summit talks '.repeat(30_000) }, ...rest],
    };
    const [smallEntry, largeEntry] = createLibraryContext([small, large]).library;
    expect(smallEntry?.firstHit).toBeUndefined();
    expect(largeEntry?.firstHit).toBeDefined();
  });
});

describe('confirming on a large briefing', () => {
  test('goes to the first hit in the open item, marked, and says the hits are being counted', () => {
    const open: Action[] = [{ type: 'move', by: 4 }, { type: 'open' }];
    const { e, l } = both(...open, ...typed('Macron'));
    expect(l.search.counted).toBe(false);
    expect(l.search.hits).toHaveLength(1);
    expect(currentHit(l)).toEqual(currentHit(e));
    expect(l.reader).toEqual(e.reader);
    expect(l.reader.item).toEqual({ kind: 'section', id: 'trade' });
    expect(searchStatusText(l)).toBe('hit …');
    expect(searchStatusText(l, '...')).toBe('hit ...');
    expect(e.search.index).toBeGreaterThan(0);
    expect(searchStatusText(e)).toBe(`hit ${e.search.index + 1}/${e.search.hits.length}`);
  });

  test('search-count finds every hit and the current one among them, and moves nothing', () => {
    const { e, l } = both({ type: 'move', by: 4 }, { type: 'open' }, ...typed('Macron'));
    const counted = lazy(l, COUNT);
    expect(counted).toEqual(e);
    expect(counted.reader).toBe(l.reader);
    expect(searchStatusText(counted)).toBe(searchStatusText(e));
    expect(lazy(counted, COUNT)).toBe(counted);
  });

  test('n before the count (typed ahead with Enter) counts first, then steps', () => {
    for (const dir of [1, -1] as const) {
      const { e, l } = both(...typed('Macron'));
      const step: Action = { type: 'search-step', dir };
      expect(lazy(l, step)).toEqual(eager(e, step));
    }
  });

  test('no match says so at once, counted', () => {
    const { e, l } = both(...typed('zeppelin'));
    expect(l).toEqual(e);
    expect(l.notice).toBe('No match for "zeppelin".');
    expect(searchStatusText(l)).toBe('no hits');
  });

  test('the count keeps the notice, the query being typed, and a cleared search', () => {
    const { l } = both(...typed('Macron'));
    const noted = { ...l, notice: 'Search wrapped to the first hit.' };
    expect(lazy(noted, COUNT).notice).toBe(noted.notice);
    const typing = lazy(l, { type: 'search-start' });
    const counted = lazy(typing, COUNT);
    expect(counted.search.mode).toBe('typing');
    expect(counted.search.counted).toBe(true);
    expect(searchStatusText(counted)).toBe('/');
    const cleared = lazy(lazy(l, { type: 'search-start' }), { type: 'search-confirm' });
    expect(lazy(cleared, COUNT)).toBe(cleared);
  });
});

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('move' as const), by: fc.integer({ min: -8, max: 8 }) }),
  fc.record({ type: fc.constant('page' as const), dir: fc.constantFrom(1 as const, -1 as const) }),
  fc.constant({ type: 'open' as const }),
  fc.constant({ type: 'back' as const }),
  fc.record({
    type: fc.constant('history' as const),
    dir: fc.constantFrom('back' as const, 'forward' as const),
  }),
  fc.record({
    type: fc.constant('panel' as const),
    panel: fc.constantFrom('sections' as const, 'players' as const, 'issues' as const, 'figures' as const),
  }),
  fc.constant({ type: 'search-start' as const }),
  fc.record({
    type: fc.constant('search-input' as const),
    text: fc.constantFrom('M', 'a', 'e', 'r', 'k', ' ', 'x', 'th', 'Macron', 'budget', 'the council'),
  }),
  fc.constant({ type: 'search-delete' as const }),
  fc.constant({ type: 'search-confirm' as const }),
  fc.constant({ type: 'search-cancel' as const }),
  fc.record({ type: fc.constant('search-step' as const), dir: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({
    type: fc.constant('restore' as const),
    place: fc.constant({ briefingId: 'two', itemKind: 'section' as const, itemId: 'energy', anchor: 40 }),
  }),
);

describe('counting after the frame changes nothing once counted', () => {
  test.each([
    ['one briefing', ONE],
    ['two briefings', TWO],
  ])(
    'random actions, the count sent at random points: counted, the lazy session is the eager one (%s)',
    (_, briefings) => {
      const { eagerCtx, lazyCtx, eager, lazy } = contexts(briefings);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(action, fc.boolean()), { maxLength: 40 }),
          fc.constantFrom(NARROW, { width: 140, height: 40 }),
          (steps, viewport) => {
            let e = eager(initialState(eagerCtx, { viewport }), { type: 'resize', ...viewport });
            let l = lazy(initialState(lazyCtx, { viewport }), { type: 'resize', ...viewport });
            for (const [next, countNow] of steps) {
              e = eager(e, next);
              l = lazy(l, next);
              if (countNow) l = lazy(l, COUNT);
              expect(lazy(l, COUNT)).toEqual(e);
              if (l.search.counted) expect(l).toEqual(e);
              else {
                expect(l.search.hits).toHaveLength(1);
                expect(l.reader).toEqual(e.reader);
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe('the eager context is the reducer as it was', () => {
  test('a confirm with every hit counted, no follow-up needed', () => {
    const reduce = createReducer(eagerCtx);
    const { e } = both(...typed('Macron'));
    expect(e.search.counted).toBe(true);
    expect(reduce(e, COUNT)).toBe(e);
  });
});
