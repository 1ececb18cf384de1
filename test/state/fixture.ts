/**
 * A small briefing built in code, with stand-ins for what the other layers inject (search, match,
 * render), so the state's tests run on their own. The stand-in renderer keeps what matters to the
 * state: it re-wraps at any width, drops `**`, heading marks and backslash escapes, indents list items, and counts
 * anchors as words before each line, as the real one does.
 */

import type { Briefing, Derived, ItemRef, Mention, SearchHit } from '../../source/domain/types.js';
import type { Action } from '../../source/state/actions.js';
import type { BriefingContext, ReducerContext, TextMatch } from '../../source/state/context.js';
import { itemDocument } from '../../source/state/item-document.js';
import { sameItem } from '../../source/state/items.js';
import { computeLayout } from '../../source/state/layout.js';
import { createReducer, type Reducer } from '../../source/state/reducer.js';
import { type InitialOptions, initialState } from '../../source/state/session.js';
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

/** Mentions found the simple way: each name or alias, longest first, not overlapping. */
export function derive(briefing: Briefing): Derived {
  const names = briefing.players
    .flatMap((p) => [p.name, ...p.aliases].map((text) => ({ text, playerId: p.id })))
    .sort((a, b) => b.text.length - a.text.length);
  const mentions = new Map<string, Mention[]>(briefing.players.map((p) => [p.id, []]));
  const mentionsBySection = new Map<string, Mention[]>();
  for (const section of briefing.sections) {
    const found: Mention[] = [];
    const taken: boolean[] = [];
    for (const { text, playerId } of names) {
      let at = section.markdown.indexOf(text);
      while (at >= 0) {
        if (!taken[at]) {
          for (let i = at; i < at + text.length; i++) taken[i] = true;
          const start = section.markdown.lastIndexOf('\n\n', at);
          const end = section.markdown.indexOf('.', at);
          const sentence = section.markdown.slice(start < 0 ? 0 : start + 2, end < 0 ? undefined : end + 1);
          found.push({ playerId, sectionId: section.id, sentence, text, offset: at });
        }
        at = section.markdown.indexOf(text, at + text.length);
      }
    }
    found.sort((a, b) => a.offset - b.offset);
    mentionsBySection.set(section.id, found);
    for (const m of found) mentions.get(m.playerId)?.push(m);
  }
  const issuesBySection = new Map<string, string[]>(briefing.sections.map((s) => [s.id, []]));
  const issuesByPlayer = new Map<string, string[]>(briefing.players.map((p) => [p.id, []]));
  for (const issue of briefing.issues) {
    for (const s of issue.sections) issuesBySection.get(s)?.push(issue.id);
    for (const p of issue.players) issuesByPlayer.get(p)?.push(issue.id);
  }
  return { mentions, mentionsBySection, issuesBySection, issuesByPlayer };
}

const UPPER = /\p{Lu}/u;

/** Smart case, literal; whitespace in the query matches any whitespace run (as the domain's does). */
export function findMatches(text: string, query: string): TextMatch[] {
  if (query === '') return [];
  const flags = UPPER.test(query) ? 'g' : 'gi';
  const source = query
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .join('\\s+');
  return [...text.matchAll(new RegExp(source, flags))].map((m) => ({ offset: m.index, length: m[0].length }));
}

/** Search over the same fields, in the same order, as the domain's search. */
export function searchOf(briefing: Briefing): (query: string) => SearchHit[] {
  const fields: { item: ItemRef; field: string; text: string }[] = [];
  for (const s of briefing.sections) {
    fields.push({ item: { kind: 'section', id: s.id }, field: 'title', text: s.title });
    fields.push({ item: { kind: 'section', id: s.id }, field: 'markdown', text: s.markdown });
  }
  for (const p of briefing.players) {
    const item: ItemRef = { kind: 'player', id: p.id };
    fields.push({ item, field: 'name', text: p.name });
    p.aliases.forEach((a, i) => {
      fields.push({ item, field: `alias:${i}`, text: a });
    });
    fields.push({ item, field: 'role', text: p.role }, { item, field: 'side', text: p.side });
    fields.push({ item, field: 'description', text: p.description });
  }
  for (const i of briefing.issues) {
    const item: ItemRef = { kind: 'issue', id: i.id };
    fields.push({ item, field: 'title', text: i.title }, { item, field: 'summary', text: i.summary });
    for (const p of i.positions) fields.push({ item, field: `position:${p.party}`, text: p.position });
  }
  briefing.timeline.forEach((t, index) => {
    fields.push({ item: { kind: 'timeline', index }, field: 'when', text: t.when });
    fields.push({ item: { kind: 'timeline', index }, field: 'what', text: t.what });
  });
  briefing.figures.forEach((f, index) => {
    const item: ItemRef = { kind: 'figure', index };
    fields.push({ item, field: 'value', text: f.value }, { item, field: 'label', text: f.label });
    fields.push({ item, field: 'context', text: f.context });
  });
  return (query) =>
    fields.flatMap(({ item, field, text }) =>
      findMatches(text, query).map((m) => ({
        item,
        field,
        offset: m.offset,
        length: m.length,
        snippet: text,
      })),
    );
}

/** A stand-in for the render layer: plain lines and word anchors at a width. */
export function fakeRender(markdown: string, width: number): { plain: string[]; anchors: number[] } {
  const plain: string[] = [];
  const anchors: number[] = [];
  let words = 0;
  let lastBlank = true;
  for (const source of markdown.split('\n')) {
    // Headings lose their `#` marks, as the real renderer draws them.
    const text = source
      .replace(/^#{1,6}\s+/, '')
      .replace(/\*\*/g, '')
      .replace(/\\(.)/g, '$1')
      .trim();
    if (text === '') {
      if (!lastBlank) {
        plain.push('');
        anchors.push(words);
      }
      lastBlank = true;
      continue;
    }
    lastBlank = false;
    const item = /^- (.*)$/.exec(text);
    const [first, rest] = item ? ['  * ', '    '] : ['', ''];
    let line = first;
    let count = 0;
    for (const word of (item?.[1] ?? text).split(/\s+/)) {
      if (count > 0 && line.length + 1 + word.length > width) {
        plain.push(line);
        anchors.push(words);
        words += count;
        line = rest;
        count = 0;
      }
      line += count > 0 ? ` ${word}` : word;
      count++;
    }
    plain.push(line);
    anchors.push(words);
    words += count;
  }
  return { plain, anchors };
}

/** A context over fixture briefings (one by default). */
export function makeContext(ids: readonly string[] = ['eu-summit']): ReducerContext {
  const library: BriefingContext[] = ids.map((id) => {
    const briefing = makeBriefing(id);
    return { briefing, derived: derive(briefing), search: searchOf(briefing) };
  });
  return { library, findMatches };
}

/** Plays the UI's part: after every action, reports the open item's content when it is missing or stale. */
export function withUi(ctx: ReducerContext): Reducer {
  const reduce = createReducer(ctx);
  return (state, action) => report(ctx, reduce, reduce(state, action));
}

function report(ctx: ReducerContext, reduce: Reducer, state: AppState): AppState {
  const item = state.reader.item;
  const entry = ctx.library[state.briefing];
  if (item === undefined || entry === undefined) return state;
  const width = computeLayout(state.viewport, ctx.layout).readerWidth;
  const content = state.reader.content;
  if (content !== undefined && sameItem(content.item, item) && content.width === width) return state;
  const doc = itemDocument(entry, item);
  if (doc === undefined) return state;
  return reduce(state, { type: 'content', item, width, ...fakeRender(doc.markdown, width) });
}

/** A session at a size, with the UI's content reports, and a way to play actions. */
export function session(options: Partial<InitialOptions> & { ids?: readonly string[] } = {}) {
  const ctx = makeContext(options.ids);
  const reduce = withUi(ctx);
  const start = report(
    ctx,
    createReducer(ctx),
    initialState(ctx, {
      viewport: options.viewport ?? { width: 120, height: 40 },
      ...(options.place ? { place: options.place } : {}),
    }),
  );
  const play = (state: AppState, ...actions: Action[]): AppState => actions.reduce(reduce, state);
  return { ctx, reduce, start, play };
}
