/**
 * The contract with the other layers, checked against them: the documents the state composes,
 * rendered by the real render layer, hold every link where the reducer looks for it; and search hits
 * from the real domain land on the matching text. Runs on the bundled briefing.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { ItemRef } from '../../source/domain/types.js';
import { renderMarkdown } from '../../source/render/markdown.js';
import { plainTheme } from '../../source/render/theme.js';
import { currentContent } from '../../source/state/content.js';
import { itemDocument } from '../../source/state/item-document.js';
import { createLibraryContext } from '../../source/state/library.js';
import { locateNeedles } from '../../source/state/locate.js';
import { createReducer } from '../../source/state/reducer.js';
import { initialState } from '../../source/state/session.js';
import { createReducerContext } from '../../source/state/session-context.js';
import type { AppState } from '../../source/state/state.js';

const file = new URL('../../content/abu-dhabi-talks.md', import.meta.url);
const parsed = parseBriefing(readFileSync(file, 'utf8'), {
  file: 'abu-dhabi-talks.md',
  id: 'abu-dhabi-talks',
});
if (!parsed.ok) throw new Error(`the bundled briefing does not parse: ${parsed.problems[0]?.message}`);
const briefing = parsed.briefing;
const ctx = createReducerContext(createLibraryContext([briefing]), { theme: plainTheme });
const entry = ctx.library[0];

function allItems(): ItemRef[] {
  return [
    ...briefing.sections.map((s): ItemRef => ({ kind: 'section', id: s.id })),
    ...briefing.players.map((p): ItemRef => ({ kind: 'player', id: p.id })),
    ...briefing.issues.map((i): ItemRef => ({ kind: 'issue', id: i.id })),
    ...briefing.timeline.map((_, index): ItemRef => ({ kind: 'timeline', index })),
    ...briefing.figures.map((_, index): ItemRef => ({ kind: 'figure', index })),
  ];
}

describe('links in really rendered documents', () => {
  test('the bundled briefing has links to find', () => {
    expect(entry).toBeDefined();
    const links = allItems().flatMap((item) => (entry ? (itemDocument(entry, item)?.links ?? []) : []));
    expect(links.length).toBeGreaterThan(10);
  });

  for (const width of [30, 60, 100]) {
    test(`every link of every item is found at width ${width}`, () => {
      if (entry === undefined) throw new Error('no briefing');
      const missing: string[] = [];
      for (const item of allItems()) {
        const doc = itemDocument(entry, item);
        if (doc === undefined) throw new Error(`no document for ${JSON.stringify(item)}`);
        const { plain } = renderMarkdown(doc.markdown, width, plainTheme);
        locateNeedles(plain, doc.links).forEach((spot, i) => {
          const link = doc.links[i];
          const text =
            spot === undefined ? '' : (plain[spot.line] ?? '').slice(spot.column, spot.column + spot.length);
          const wanted = (link?.text ?? '').split(/\s+/).join(' ');
          if (spot === undefined || text === '' || !wanted.startsWith(text.split(/\s+/).join(' '))) {
            missing.push(
              `${JSON.stringify(item)} link ${i} "${link?.text}" -> ${JSON.stringify(spot)} "${text}"`,
            );
          }
        });
      }
      expect(missing).toEqual([]);
    });
  }
});

/** The reducer, which renders through the real render layer. */
function play(state: AppState, ...actions: Parameters<ReturnType<typeof createReducer>>[1][]): AppState {
  return actions.reduce(createReducer(ctx), state);
}

describe('search hits on really rendered text', () => {
  test('each hit of a common word is marked on that word', () => {
    const start = play(initialState(ctx, { viewport: { width: 90, height: 30 } }), {
      type: 'resize',
      width: 90,
      height: 30,
    });
    const query = 'the';
    let state = play(
      start,
      { type: 'search-start' },
      { type: 'search-input', text: query },
      { type: 'search-confirm' },
    );
    const total = state.search.hits.length;
    expect(total).toBeGreaterThan(20);
    let marked = 0;
    for (let i = 0; i < total; i++) {
      const mark = state.reader.mark;
      if (mark !== undefined) {
        const line = currentContent(ctx, state)?.plain[mark.line] ?? '';
        expect(line.slice(mark.column, mark.column + mark.length).toLowerCase()).toBe(query);
        expect(mark.line).toBeGreaterThanOrEqual(state.reader.top);
        expect(mark.line).toBeLessThan(state.reader.top + ctx.layout(state.viewport).reader.height);
        marked++;
      }
      state = play(state, { type: 'search-step', dir: 1 });
    }
    // Hits in titles and names open their item at the top with no mark; all others are marked.
    expect(marked).toBeGreaterThan(total / 2);
  });
});
