/**
 * The navigation reducer under random key sequences, complementing test/state/properties.test.ts
 * (random *actions* on a small built-in briefing). Here the keys go through the keymap
 * (`keyToAction`) as the app sends them, the contexts are the real ones (real search, real item
 * documents, the real renderer), and the libraries are the awkward ones: the bundled briefing with the
 * hostile corpus (several briefings: the picker), a briefing with no sections or players, and emoji
 * and CJK in every field. After every key: selection in range in every panel and on the picker, scroll
 * within the content, an open item always rendered at the reader's width, history entries that
 * point at items that exist (and at most HISTORY_LIMIT of them), hits that point at items that
 * exist with the index in range, and windows of the lists and the text within their lengths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { keyToAction } from '../../source/input/resolve-key.js';
import { createSessionContext } from '../../source/input/session-context.js';
import type { Theme } from '../../source/render/theme.js';
import { currentContent } from '../../source/state/content.js';
import type { ReducerContext } from '../../source/state/context.js';
import { indexOfItem, PANELS, panelLength, sameItem } from '../../source/state/items.js';
import { createLibraryContext } from '../../source/state/library.js';
import { HISTORY_LIMIT, maxTop } from '../../source/state/navigate.js';
import { createReducer } from '../../source/state/reducer.js';
import { navWindow, positionText, selectLayout, visibleRange } from '../../source/state/selectors.js';
import { initialState } from '../../source/state/session.js';
import type { AppState } from '../../source/state/state.js';
import { CORPUS } from '../hostile/corpus.js';
import { inkKeyArbitrary } from './keys.js';

const theme: Theme = { colorLevel: 2, ascii: false, hyperlinks: true };

function load(name: string, text: string): Briefing {
  const result = parseBriefing(text, { file: `${name}.md`, id: name });
  if (!result.ok) throw new Error(`${name} does not load: ${result.problems[0]?.message}`);
  return result.briefing;
}

const abuDhabi = load(
  'abu-dhabi-talks',
  readFileSync(join(import.meta.dirname, '../../content/abu-dhabi-talks.md'), 'utf8'),
);
const small = CORPUS.filter((c) => c.committed && c.expect.kind === 'accepted').map((c) =>
  load(c.name, c.text()),
);
const LIBRARIES: Record<string, readonly Briefing[]> = {
  'the bundled briefing and the hostile corpus (picker)': [abuDhabi, ...small],
  'a briefing with no sections, players or anything': [load('empty', '---\ntitle: Nothing here\n---\n')],
  'emoji and CJK in every field': [
    load('emoji-cjk', CORPUS.find((c) => c.name === 'emoji-cjk')?.text() ?? ''),
  ],
};

function checkInvariants(ctx: ReducerContext, state: AppState): void {
  expect(state.briefing).toBeGreaterThanOrEqual(0);
  expect(state.briefing).toBeLessThan(ctx.library.length);
  expect(state.picker.selection).toBeGreaterThanOrEqual(0);
  expect(state.picker.selection).toBeLessThan(ctx.library.length);
  const b = ctx.library[state.briefing]?.briefing as Briefing;
  for (const panel of PANELS) {
    expect(state.selection[panel]).toBeGreaterThanOrEqual(0);
    expect(state.selection[panel]).toBeLessThanOrEqual(Math.max(0, panelLength(b, panel) - 1));
  }
  const nav = navWindow(ctx, state);
  expect(nav.start).toBeGreaterThanOrEqual(0);
  expect(nav.end).toBeLessThanOrEqual(panelLength(b, state.panel));

  const { reader } = state;
  if (reader.item !== undefined) expect(indexOfItem(b, reader.item)).toBeGreaterThanOrEqual(0);
  const content = currentContent(ctx, state);
  const layout = selectLayout(ctx, state);
  expect(content === undefined).toBe(reader.item === undefined);
  if (content !== undefined) {
    expect(sameItem(content.item, reader.item)).toBe(true);
    // The overview is drawn across the body, anything else in the reader pane.
    const region = reader.item?.kind === 'overview' ? layout.overview : layout.reader;
    if (layout.mode !== 'too-small') expect(content.width).toBe(region.width);
    expect(reader.top).toBeGreaterThanOrEqual(0);
    expect(reader.top).toBeLessThanOrEqual(maxTop(content, region.height));
    const range = visibleRange(ctx, state);
    expect(range.end).toBeLessThanOrEqual(content.plain.length);
    if (reader.mark !== undefined) expect(reader.mark.line).toBeLessThan(content.plain.length);
    if (reader.linkCursor !== undefined) expect(content.links[reader.linkCursor]).toBeDefined();
  }

  const { back, forward } = state.history;
  expect(back.length).toBeLessThanOrEqual(HISTORY_LIMIT);
  expect(forward.length).toBeLessThanOrEqual(HISTORY_LIMIT);
  for (const entry of [...back, ...forward]) expect(indexOfItem(b, entry.item)).toBeGreaterThanOrEqual(0);

  const { hits, index } = state.search;
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThanOrEqual(Math.max(0, hits.length - 1));
  for (const hit of hits) expect(indexOfItem(b, hit.item)).toBeGreaterThanOrEqual(0);

  // `Briefing 1/2 of 9` while the picker is filtered; `· col 16` while code is scrolled sideways.
  expect(positionText(ctx, state)).toMatch(
    /^(|[A-Z][a-z]+ \d+\/\d+( of \d+)?( · \d+%( · col \d+)?)?|Overview( · \d+%)?)$/,
  );
  if (state.notice !== undefined) expect(state.notice).not.toMatch(/\n/);
}

describe('random keys through the keymap keep the reducer’s invariants', () => {
  for (const [what, briefings] of Object.entries(LIBRARIES)) {
    test(what, { timeout: 120_000 }, () => {
      const ctx = createSessionContext(createLibraryContext(briefings), { theme });
      const reduce = createReducer(ctx);
      fc.assert(
        fc.property(
          fc.record({ width: fc.integer({ min: 1, max: 220 }), height: fc.integer({ min: 1, max: 80 }) }),
          fc.array(
            fc.oneof(
              { weight: 12, arbitrary: inkKeyArbitrary().map((key) => ({ key })) },
              {
                weight: 1,
                arbitrary: fc.record({
                  width: fc.integer({ min: 1, max: 220 }),
                  height: fc.integer({ min: 1, max: 80 }),
                }),
              },
            ),
            // fast-check's default size keeps arrays to about ten items: ask for long runs outright.
            { minLength: 40, maxLength: 160 },
          ),
          (viewport, steps) => {
            let state = initialState(ctx, { viewport });
            checkInvariants(ctx, state);
            for (const step of steps) {
              const action =
                'key' in step
                  ? keyToAction(step.key[0], step.key[1], state)
                  : ({ type: 'resize', width: step.width, height: step.height } as const);
              if (action === undefined) continue;
              state = reduce(state, action);
              checkInvariants(ctx, state);
            }
            // Quit works from wherever the keys left the reader (Ctrl-C from anywhere, help included).
            const quit = keyToAction('c', { ctrl: true }, state);
            expect(quit).toEqual({ type: 'quit' });
            expect(reduce(state, { type: 'quit' }).quit).toBe(true);
          },
        ),
        { numRuns: 100 },
      );
    });
  }
});
