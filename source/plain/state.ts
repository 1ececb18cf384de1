/**
 * The plain mode's own small state and its one transition, `runCommand`: pure, so a whole reading
 * session can be replayed in a test without a terminal. Its navigation is the full-screen reader's:
 * item order from the state layer's panels and items, history through the same capped stack
 * (`pushEntry`), links from `itemDocument` (./links.ts), and the library's search; what a step prints
 * is described as data and laid out by ./format.ts.
 */

import { lookupOf } from '../domain/lookup.js';
import type { ItemRef, SearchHit } from '../domain/types.js';
import type { BriefingContext, LibraryContext } from '../state/context.js';
import { indexOfItem, itemAt, PANELS, type PanelId, panelLength, panelOf, sameItem } from '../state/items.js';
import { pushEntry } from '../state/navigate.js';
import type { PlainCommand } from './commands.js';
import { hitsByItem } from './hits.js';
import { KIND_WORDS, mentionOf, plainLinks, plainTitle } from './links.js';

/** What a bare number picks from: the numbered list printed last. */
export type PlainList =
  | { readonly kind: 'briefings' }
  | { readonly kind: 'panel'; readonly panel: PanelId }
  | { readonly kind: 'links' }
  | { readonly kind: 'hits' };

/** An item of one of the open briefings, as history holds it. */
export interface PlainPlace {
  /** Index of the briefing in the context's library. */
  readonly briefing: number;
  readonly item: ItemRef;
}

/** Where the plain reader is. */
export interface PlainState {
  /** Index of the open briefing in the library; undefined while one is being chosen. */
  readonly briefing: number | undefined;
  /** The panel `next` and `previous` move through: the open item's, or the one listed last. */
  readonly panel: PanelId;
  /** The item read last, if any. */
  readonly item: ItemRef | undefined;
  /** Items read before, most recent last, for `back`. */
  readonly history: readonly PlainPlace[];
  /** The list a bare number picks from; undefined once an item has been printed after it. */
  readonly list: PlainList | undefined;
  /** The last search, listed again by `/` alone. */
  readonly search: { readonly query: string; readonly hits: readonly SearchHit[] } | undefined;
  /** Set by `quit`. */
  readonly done: boolean;
}

/** What a step prints, in order; ./format.ts lays each out against the state after the step. */
export type PlainOutput =
  | { readonly kind: 'info' }
  | { readonly kind: 'briefings' }
  /** The state's item, after `lead` (the sentence of a followed mention, the snippet of a hit). */
  | { readonly kind: 'item'; readonly lead?: string }
  | { readonly kind: 'list' }
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'help' };

/** A state and what reaching it prints. */
export interface PlainStep {
  readonly state: PlainState;
  readonly output: readonly PlainOutput[];
}

/** Longer input is not echoed whole in messages. */
const ECHO_LIMIT = 40;

const NO_ITEM = 'No item is open: press Enter to read the first section, or type 1 to 5 to list a panel.';
const CHOOSE_FIRST = 'Choose a briefing first: type its number, or briefings to list them again.';

/** The opening: a single briefing's title and panels, or the list of briefings to choose from. */
export function initialPlainState(ctx: LibraryContext): PlainStep {
  const single = ctx.library.length === 1;
  const state: PlainState = {
    briefing: single ? 0 : undefined,
    panel: 'sections',
    item: undefined,
    history: [],
    list: single ? undefined : { kind: 'briefings' },
    search: undefined,
    done: false,
  };
  return { state, output: [{ kind: single ? 'info' : 'briefings' }] };
}

const say = (state: PlainState, text: string): PlainStep => ({ state, output: [{ kind: 'message', text }] });

function entryOf(ctx: LibraryContext, state: PlainState): BriefingContext | undefined {
  return state.briefing === undefined ? undefined : ctx.library[state.briefing];
}

/** The history with the item being read added, unless it is `except` (reading it again is no step). */
function remember(state: PlainState, except?: PlainPlace): readonly PlainPlace[] {
  const { briefing, item } = state;
  if (briefing === undefined || item === undefined) return state.history;
  if (except !== undefined && except.briefing === briefing && sameItem(except.item, item))
    return state.history;
  return pushEntry(state.history, { briefing, item });
}

/** Shows an item, remembering the one it replaces for `back`. */
function show(state: PlainState, briefing: number, item: ItemRef, lead?: string): PlainStep {
  const history = remember(state, { briefing, item });
  const next: PlainState = { ...state, briefing, item, panel: panelOf(item.kind), list: undefined, history };
  return { state: next, output: [lead === undefined ? { kind: 'item' } : { kind: 'item', lead }] };
}

function outOfRange(state: PlainState, n: number, length: number, what: string): PlainStep {
  return say(state, `There is no ${what} ${n}: choose 1 to ${length}.`);
}

function listPanel(entry: BriefingContext, state: PlainState, panel: PanelId): PlainStep {
  if (panelLength(entry.briefing, panel) === 0) {
    return say({ ...state, panel, list: undefined }, `This briefing has no ${panelWords(panel).many}.`);
  }
  return { state: { ...state, panel, list: { kind: 'panel', panel } }, output: [{ kind: 'list' }] };
}

const KIND_OF_PANEL: Readonly<Record<PanelId, ItemRef['kind']>> = {
  sections: 'section',
  players: 'player',
  issues: 'issue',
  timeline: 'timeline',
  figures: 'figure',
};

/** The words for a panel's items: `player` and `players`. */
export function panelWords(panel: PanelId): { one: string; many: string } {
  return KIND_WORDS[KIND_OF_PANEL[panel]];
}

function step(entry: BriefingContext, state: PlainState, briefing: number, dir: 1 | -1): PlainStep {
  const panel = state.panel;
  const length = panelLength(entry.briefing, panel);
  const words = panelWords(panel);
  if (length === 0) return say(state, `This briefing has no ${words.many}.`);
  const here = state.item !== undefined && panelOf(state.item.kind) === panel;
  const at = here ? indexOfItem(entry.briefing, state.item as ItemRef) : -1;
  if (dir === -1 && !here) return say(state, `No ${words.one} is open: press Enter to read the first.`);
  const index = at + dir;
  if (index >= length) {
    return say(state, `That was the last ${words.one}, ${length} of ${length}. Type 1 to 5 to list a panel.`);
  }
  if (index < 0) return say(state, `That was the first ${words.one}. Press Enter to read the next.`);
  const item = itemAt(entry.briefing, panel, index);
  return item === undefined ? say(state, `No ${words.one} ${index + 1}.`) : show(state, briefing, item);
}

function follow(entry: BriefingContext, state: PlainState, briefing: number, n: number): PlainStep {
  if (state.item === undefined) return say(state, NO_ITEM);
  const links = plainLinks(entry, state.item);
  if (links.length === 0) return say(state, 'This item has no links.');
  const link = links[n - 1];
  if (link === undefined) return outOfRange(state, n, links.length, 'link');
  const { target } = link;
  if (target.kind === 'item') return show(state, briefing, target.item);
  const mention = mentionOf(entry, target);
  const section: ItemRef = { kind: 'section', id: target.sectionId };
  if (mention === undefined) return show(state, briefing, section);
  const name = lookupOf(entry.briefing).players.get(mention.playerId)?.name ?? mention.text;
  return show(state, briefing, section, `Mention of ${name}: ${mention.sentence}`);
}

function pick(ctx: LibraryContext, state: PlainState, n: number): PlainStep {
  const list = state.list;
  if (list?.kind === 'briefings') {
    if (ctx.library[n - 1] === undefined) return outOfRange(state, n, ctx.library.length, 'briefing');
    const opened: PlainState = {
      ...state,
      briefing: n - 1,
      panel: 'sections',
      item: undefined,
      list: undefined,
      search: undefined,
      history: remember(state),
    };
    return { state: opened, output: [{ kind: 'info' }] };
  }
  const entry = entryOf(ctx, state);
  if (entry === undefined || state.briefing === undefined) return say(state, CHOOSE_FIRST);
  if (list === undefined) {
    const panel = PANELS[n - 1];
    if (panel === undefined) return say(state, 'No list is up to choose from: type 1 to 5 to list a panel.');
    return listPanel(entry, state, panel);
  }
  switch (list.kind) {
    case 'panel': {
      const item = itemAt(entry.briefing, list.panel, n - 1);
      if (item === undefined) {
        return outOfRange(state, n, panelLength(entry.briefing, list.panel), panelWords(list.panel).one);
      }
      return show(state, state.briefing, item);
    }
    case 'links':
      return follow(entry, state, state.briefing, n);
    case 'hits': {
      const items = hitsByItem(state.search?.hits ?? [], (item) => plainTitle(entry, item));
      const found = items[n - 1];
      if (found === undefined) return outOfRange(state, n, items.length, 'result');
      const query = state.search?.query ?? '';
      const lead = `Result ${n} of ${items.length} for "${query}"`;
      return show(
        state,
        state.briefing,
        found.item,
        found.snippet ? `${lead}: ${found.snippet}` : `${lead}.`,
      );
    }
  }
}

function back(ctx: LibraryContext, state: PlainState): PlainStep {
  const place = state.history.at(-1);
  if (place === undefined || ctx.library[place.briefing] === undefined) {
    return say(state, 'Nothing to go back to.');
  }
  const next: PlainState = {
    ...state,
    briefing: place.briefing,
    item: place.item,
    panel: panelOf(place.item.kind),
    list: undefined,
    history: state.history.slice(0, -1),
    search: place.briefing === state.briefing ? state.search : undefined,
  };
  return { state: next, output: [{ kind: 'item' }] };
}

function searchFor(entry: BriefingContext, state: PlainState, query: string): PlainStep {
  if (query === '') {
    if (state.search === undefined || state.search.hits.length === 0) {
      return say(state, 'Type / and the words to find, for example /Zaporizhzhia.');
    }
    return { state: { ...state, list: { kind: 'hits' } }, output: [{ kind: 'list' }] };
  }
  const hits = entry.search(query);
  const search = { query, hits };
  if (hits.length === 0) return say({ ...state, search, list: undefined }, `No hits for "${query}".`);
  return { state: { ...state, search, list: { kind: 'hits' } }, output: [{ kind: 'list' }] };
}

/** Applies one command: the next state and what to print. */
export function runCommand(ctx: LibraryContext, state: PlainState, command: PlainCommand): PlainStep {
  switch (command.type) {
    case 'quit':
      return { state: { ...state, done: true }, output: [] };
    case 'help':
      return { state, output: [{ kind: 'help' }] };
    case 'unknown': {
      const text =
        command.text.length > ECHO_LIMIT ? `${command.text.slice(0, ECHO_LIMIT)}...` : command.text;
      return say(state, `Unknown command "${text}": type help for the commands.`);
    }
    case 'briefings':
      if (ctx.library.length < 2) return say(state, 'Only one briefing is open.');
      return { state: { ...state, list: { kind: 'briefings' } }, output: [{ kind: 'briefings' }] };
    case 'number':
      return pick(ctx, state, command.n);
    default:
      break;
  }
  const entry = entryOf(ctx, state);
  const briefing = state.briefing;
  if (entry === undefined || briefing === undefined) return say(state, CHOOSE_FIRST);
  switch (command.type) {
    case 'next':
      return step(entry, state, briefing, 1);
    case 'previous':
      return step(entry, state, briefing, -1);
    case 'panel':
      return listPanel(entry, state, command.panel);
    case 'links': {
      if (state.item === undefined) return say(state, NO_ITEM);
      if (plainLinks(entry, state.item).length === 0) return say(state, 'This item has no links.');
      return { state: { ...state, list: { kind: 'links' } }, output: [{ kind: 'list' }] };
    }
    case 'follow':
      return follow(entry, state, briefing, command.n);
    case 'search':
      return searchFor(entry, state, command.query);
    case 'back':
      return back(ctx, state);
    case 'again':
      return { state, output: [state.item === undefined ? { kind: 'info' } : { kind: 'item' }] };
    case 'info':
      return { state: { ...state, list: undefined }, output: [{ kind: 'info' }] };
  }
}
