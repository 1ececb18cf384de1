/**
 * A small briefing built in code, read through the real layers: its library context (derived
 * mentions, search) and the session context (layout, rendering in the plain theme) are those the
 * reader uses, so the state's tests exercise the same functions as the app.
 */

import type { Briefing } from '../../source/domain/types.js';
import type { Theme } from '../../source/render/theme.js';
import type { Action } from '../../source/state/actions.js';
import type { ReducerContext } from '../../source/state/context.js';
import { createLibraryContext } from '../../source/state/library.js';
import { createReducer, type Reducer } from '../../source/state/reducer.js';
import { type InitialOptions, initialState } from '../../source/state/session.js';
import { createReducerContext } from '../../source/state/session-context.js';
import type { AppState } from '../../source/state/state.js';

const FILLER = (
  'the council met again on tuesday and the talks ran long into the night while officials weighed ' +
  'the numbers and the press waited outside for a statement that did not come until morning'
).split(' ');

/** Deterministic filler: `count` words starting at `seed`. */
function filler(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => FILLER[(seed + i) % FILLER.length]).join(' ');
}

function paragraphs(seed: number, count: number, names: readonly string[]): string {
  return Array.from({ length: count }, (_, i) => {
    const name = names[i % names.length];
    const head = filler(seed + i * 7, 25);
    const tail = filler(seed + i * 11, 30);
    return name === undefined ? `${head} ${tail}.` : `${head} ${name} said ${tail}.`;
  }).join('\n\n');
}

const SECTION_SPECS = [
  { id: 'lead', title: '', depth: 0, count: 2, names: ['Angela Merkel'] },
  { id: 'budget', title: 'Budget', depth: 2, count: 12, names: ['Merkel', 'Emmanuel Macron', ''] },
  { id: 'energy', title: 'Energy', depth: 2, count: 10, names: ['', 'Ursula von der Leyen', 'Macron'] },
  { id: 'defence', title: 'Defence', depth: 2, count: 3, names: [''] },
  { id: 'trade', title: 'Trade', depth: 2, count: 8, names: ['Macron', ''] },
  { id: 'migration', title: 'Migration', depth: 2, count: 6, names: [''] },
  { id: 'outlook', title: 'Outlook', depth: 2, count: 9, names: ['', '', 'Angela Merkel'] },
] as const;

/** The fixture briefing: 7 sections, 3 players, 2 issues, 3 timeline entries, 2 figures. */
export function makeBriefing(id = 'eu-summit'): Briefing {
  return {
    id,
    file: `${id}.md`,
    meta: {
      title: `Summit ${id}`,
      dateline: 'Brussels',
      date: '2024-03-01',
      importance: 'high',
      summary: '',
      sources: [],
    },
    sections: SECTION_SPECS.map((s, i) => ({
      id: s.id,
      title: s.title,
      depth: s.depth,
      markdown: paragraphs(i * 3, s.count, s.names.filter((n) => n !== '').length === 0 ? [] : s.names),
      line: 1 + i * 20,
    })),
    players: [
      {
        id: 'merkel',
        name: 'Angela Merkel',
        aliases: ['Merkel'],
        role: 'Chancellor',
        side: 'Germany',
        description: 'Led the talks.',
      },
      {
        id: 'macron',
        name: 'Emmanuel Macron',
        aliases: ['Macron'],
        role: 'President',
        side: 'France',
        description: 'Pushed for a deal.',
      },
      {
        id: 'vdl',
        name: 'Ursula von der Leyen',
        aliases: [],
        role: 'Commission President',
        side: 'EU',
        description: 'Chaired.',
      },
    ],
    issues: [
      {
        id: 'budget-deal',
        title: 'Budget deal',
        status: 'open',
        summary: 'Whether the budget passes this year.',
        positions: [
          { party: 'Germany', position: 'Wants a smaller budget.' },
          { party: 'France', position: 'Wants a larger budget.' },
        ],
        sections: ['budget', 'outlook'],
        players: ['merkel', 'macron'],
      },
      {
        id: 'energy-cap',
        title: 'Energy price cap',
        status: 'stalled',
        summary: 'A cap on gas prices.',
        positions: [],
        sections: ['energy'],
        players: ['vdl'],
      },
    ],
    timeline: [
      { when: '2024-01-10', date: '2024-01-10', what: 'Talks open in Brussels.', section: 'lead' },
      { when: 'February', date: undefined, what: 'Budget draft leaked.', section: 'budget' },
      { when: '2024-03-01', date: '2024-03-01', what: 'Summit ends without a deal.', section: undefined },
    ],
    figures: [
      {
        value: '€1.1tn',
        label: 'seven-year budget',
        context: 'The budget under discussion.',
        section: 'budget',
      },
      { value: '40%', label: 'gas price rise', context: 'Since last winter.', section: 'energy' },
    ],
  };
}

/** Plain text: no colour, ASCII decoration, so tests can read the lines as they are. */
export const TEST_THEME: Theme = { colorLevel: 0, ascii: true, hyperlinks: false };

/** A session context over fixture briefings (one by default), or over the briefings given. */
export function makeContext(
  ids: readonly string[] = ['eu-summit'],
  briefings: readonly Briefing[] = ids.map((id) => makeBriefing(id)),
): ReducerContext {
  return createReducerContext(createLibraryContext(briefings), { theme: TEST_THEME });
}

/** A session at a size, and a way to play actions. */
export function session(
  options: Partial<InitialOptions> & { ids?: readonly string[]; briefings?: readonly Briefing[] } = {},
) {
  const ctx = makeContext(options.ids, options.briefings);
  const reduce: Reducer = createReducer(ctx);
  const start = initialState(ctx, {
    viewport: options.viewport ?? { width: 120, height: 40 },
    ...(options.place ? { place: options.place } : {}),
  });
  const play = (state: AppState, ...actions: Action[]): AppState => actions.reduce(reduce, state);
  return { ctx, reduce, start, play };
}
