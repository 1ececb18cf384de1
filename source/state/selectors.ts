/**
 * Read-only views of the state for the UI: layout, what is in view, the footer's texts, the rows of
 * each list. Pure functions of the context and the state; the UI renders what they return.
 */

import stringWidth from 'string-width';
import type { Briefing, SearchHit } from '../domain/types.js';
import { renderContext } from '../render/context-pane.js';
import { readerLines } from '../render/reader-lines.js';
import { sliceColumns } from '../render/unwrap.js';
import { changeSpans } from './change-marks.js';
import { codeShift, codeViewOf } from './code-view.js';
import type { ItemDocument } from './composer.js';
import { currentContent, documentOf } from './content.js';
import type { BriefingContext, LibraryContext, ReducerContext } from './context.js';
import { contextBlocks } from './context-pane.js';
import { outlineView } from './folds.js';
import {
  figureText,
  hasOverview,
  indexOfItem,
  inNoList,
  KIND_LABELS,
  PANEL_LABELS,
  PANELS,
  type PanelId,
  panelLength,
  panelOf,
  type ReaderItem,
} from './items.js';
import { type Layout, windowAround } from './layout.js';
import { visibleLinks } from './links.js';
import { columnWidths, type ListTable, listTable, treeTable } from './list-table.js';
import { outlineOf, sectionPath } from './outline.js';
import { pickerView } from './picker.js';
import { panelMarks, type ReadMark, readsOf } from './reads.js';
import { entryOf, layoutOf, sideBySide, textRegion } from './screen.js';
import { sideColours } from './sides.js';
import type { AppState } from './state.js';

export { type VisibleLink, visibleLinks } from './links.js';
export { placeOf } from './session.js';

/** The layout at the state's size. */
export function selectLayout(ctx: ReducerContext, state: AppState): Layout {
  return layoutOf(ctx, state);
}

/** The reader's lines in view: `start` inclusive, `end` exclusive; empty until the content is known. */
export function visibleRange(ctx: ReducerContext, state: AppState): { start: number; end: number } {
  const content = currentContent(ctx, state);
  if (content === undefined) return { start: 0, end: 0 };
  const start = state.reader.top;
  return { start, end: Math.min(content.plain.length, start + textRegion(ctx, state).height) };
}

/** How far through the open item the bottom of the view is, 0 to 100; undefined until the content is known. */
export function readPercent(ctx: ReducerContext, state: AppState): number | undefined {
  const content = currentContent(ctx, state);
  if (content === undefined) return undefined;
  if (content.plain.length === 0) return 100;
  const { end } = visibleRange(ctx, state);
  return Math.round((end / content.plain.length) * 100);
}

/**
 * The footer's position: `Section 3/7 · 42%` for the reader, `Players 2/9` for a focused list,
 * `Briefing 1/3` on the picker.
 */
export function positionText(ctx: ReducerContext, state: AppState): string {
  if (state.screen === 'picker') {
    const { rows, position } = pickerView(ctx, state);
    if (state.picker.filter === '') return `Briefing ${position + 1}/${rows.length}`;
    return `Briefing ${rows.length === 0 ? 0 : position + 1}/${rows.length} of ${ctx.library.length}`;
  }
  const entry = entryOf(ctx, state);
  if (entry === undefined) return '';
  const item = state.reader.item;
  if (state.focus === 'nav' || item === undefined) {
    const length = panelLength(entry.briefing, state.panel);
    const row = length === 0 ? 0 : state.selection[state.panel] + 1;
    return `${PANEL_LABELS[state.panel]} ${row}/${length}`;
  }
  return itemPosition(ctx, state, entry, item);
}

function itemPosition(
  ctx: ReducerContext,
  state: AppState,
  entry: BriefingContext,
  item: ReaderItem,
): string {
  const where = inNoList(item)
    ? KIND_LABELS[item.kind]
    : `${KIND_LABELS[item.kind]} ${indexOfItem(entry.briefing, item) + 1}/${panelLength(entry.briefing, panelOf(item.kind))}`;
  const percent = readPercent(ctx, state);
  // Code scrolled sideways says from which column it is drawn.
  const shift = codeShift(ctx, state);
  const column = shift > 0 ? ` · col ${shift + 1}` : '';
  return percent === undefined ? where : `${where} · ${percent}%${column}`;
}

/**
 * The search's part of the footer: `/query` while typing, `hit 3/12`, `no hits`, or empty; `hit …`
 * (with the given ellipsis) while the hits of a large briefing are being counted.
 */
export function searchStatusText(state: AppState, ellipsis = '…'): string {
  // The picker's filter shows as the search does: `/text` while typed and once kept.
  if (state.screen === 'picker')
    return state.picker.filter === '' && !state.picker.typing ? '' : `/${state.picker.filter}`;
  const { mode, draft, query, hits, index, counted } = state.search;
  if (mode === 'typing') return `/${draft}`;
  if (query === '') return '';
  if (!counted) return `hit ${ellipsis}`;
  return hits.length === 0 ? 'no hits' : `hit ${index + 1}/${hits.length}`;
}

/**
 * The titles from the top level down to the section the footer is about: the one selected in the
 * sections list, or the one being read. Empty elsewhere.
 */
export function pathOfSection(ctx: ReducerContext, state: AppState): string[] {
  if (state.screen !== 'reader') return [];
  const entry = entryOf(ctx, state);
  // A flat list of sections has no path to show beyond the title.
  if (entry === undefined || !outlineOf(entry.briefing).some((node) => node.parent >= 0)) return [];
  const item = state.reader.item;
  if (state.focus === 'nav' || item === undefined) {
    const section =
      state.panel === 'sections' ? entry.briefing.sections[state.selection.sections] : undefined;
    return section === undefined ? [] : sectionPath(entry.briefing, section.id);
  }
  return item.kind === 'section' ? sectionPath(entry.briefing, item.id) : [];
}

/** The current search hit, if any. */
export function currentHit(state: AppState): SearchHit | undefined {
  return state.search.query === '' ? undefined : state.search.hits[state.search.index];
}

/** One row of a navigation list. */
export interface ListRow {
  readonly label: string;
  /** Secondary text: a player's role, an issue's status, a timeline entry's date. */
  readonly detail: string;
  /** Nesting depth, for indenting subsections. */
  readonly depth: number;
}

/** The rows of a panel's list. */
export function listRows(entry: BriefingContext, panel: PanelId): ListRow[] {
  const b = entry.briefing;
  switch (panel) {
    case 'sections':
      return b.sections.map((s) => ({
        label: s.title || 'Opening',
        detail: '',
        depth: Math.max(0, s.depth - 1),
      }));
    case 'players':
      return b.players.map((p) => ({ label: p.name, detail: p.role, depth: 0 }));
    case 'issues':
      return b.issues.map((i) => ({
        label: i.title,
        detail: i.derived === true ? 'draft' : i.status,
        depth: 0,
      }));
    case 'timeline':
      // The time first: a timeline is read down its dates.
      return b.timeline.map((t) => ({ label: `${t.when}: ${t.what}`, detail: '', depth: 0 }));
    case 'figures':
      return b.figures.map((f) => ({ label: figureText(f), detail: '', depth: 0 }));
  }
}

/** The rows of the list in view, keeping the selection near the middle: `start` inclusive, `end` exclusive. */
export function navWindow(ctx: ReducerContext, state: AppState): { start: number; end: number } {
  if (state.panel === 'sections') {
    const { rows, position } = outlineView(ctx, state);
    return windowAround(position, rows.length, layoutOf(ctx, state).list.height);
  }
  const entry = entryOf(ctx, state);
  const length = entry === undefined ? 0 : panelLength(entry.briefing, state.panel);
  return windowAround(state.selection[state.panel], length, layoutOf(ctx, state).list.height);
}

/** One briefing in the picker: its title, and its date and dateline when it has them. */
export interface PickerRow {
  readonly title: string;
  readonly facts: readonly string[];
}

/** The picker's rows: each open briefing's title, date and dateline. */
export function pickerRows(ctx: LibraryContext): PickerRow[] {
  return ctx.library.map(({ briefing: { meta } }) => ({
    title: meta.title,
    facts: [meta.date, meta.dateline].filter((fact): fact is string => fact !== undefined && fact !== ''),
  }));
}

/** What the reader shows for the open item. */
export function openDocument(ctx: ReducerContext, state: AppState): ItemDocument | undefined {
  const entry = entryOf(ctx, state);
  const item = state.reader.item;
  return entry === undefined || item === undefined ? undefined : documentOf(entry, item);
}

/** The reader pane as drawn: the item's kind and title, and its styled lines in view with every mark. */
export interface ReaderView {
  readonly kind: string;
  readonly title: string;
  readonly lines: readonly string[];
}

/** The reader pane's contents for the state: only the lines in view are styled. */
export function readerView(ctx: ReducerContext, state: AppState): ReaderView {
  const item = state.reader.item;
  const content = currentContent(ctx, state);
  if (item === undefined || content === undefined) return { kind: '', title: '', lines: [] };
  const range = visibleRange(ctx, state);
  const lines = readerLines(
    content.text,
    range.start,
    range.end,
    {
      query: state.search.query,
      findMatches: ctx.findMatches,
      mark: state.reader.mark,
      markKind: state.reader.target?.kind === 'text' ? 'hit' : 'name',
      links: visibleLinks(ctx, state).map((link) => ({
        spot: link.spot,
        current: link.index === state.reader.linkCursor,
      })),
      changes: changeSpans(ctx, state)
        .flat()
        .filter((spot) => spot.line >= range.start && spot.line < range.end),
    },
    ctx.theme,
  );
  // Whole code lines wider than the reader are drawn from the column scrolled to; the rest stay put.
  const left = codeShift(ctx, state);
  const width = content.width;
  const shown = codeViewOf(state).unwrapped
    ? lines.map((line, i) =>
        stringWidth(content.plain[range.start + i] ?? '') > width ? sliceColumns(line, left, width) : line,
      )
    : lines;
  return { kind: KIND_LABELS[item.kind], title: content.document.title, lines: shown };
}

/** Which panes are drawn: both in split mode, the focused one in single mode, none when too small. */
export function shownPanes(ctx: ReducerContext, state: AppState): { nav: boolean; reader: boolean } {
  const mode = layoutOf(ctx, state).mode;
  if (mode === 'too-small' || state.screen === 'picker') return { nav: false, reader: false };
  if (sideBySide(layoutOf(ctx, state))) return { nav: true, reader: true };
  return { nav: state.focus === 'nav', reader: state.focus === 'reader' };
}

/** One tab of the tab bar. */
export interface Tab {
  /** The key that shows it. */
  readonly key: string;
  readonly label: string;
  readonly active: boolean;
  /** A panel with no rows. */
  readonly empty: boolean;
}

/** Whether the overview fills the body: it is open and has the keys. */
export function overviewShown(state: AppState): boolean {
  return state.screen === 'reader' && state.focus === 'reader' && state.reader.item?.kind === 'overview';
}

/** The tabs: the overview (when the briefing has one), then the five panels by their number keys. */
export function tabs(ctx: ReducerContext, state: AppState): Tab[] {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return [];
  const onOverview = overviewShown(state);
  const panels = PANELS.map((panel, i) => ({
    key: String(i + 1),
    label: PANEL_LABELS[panel],
    active: !onOverview && state.panel === panel,
    empty: panelLength(entry.briefing, panel) === 0,
  }));
  if (!hasOverview(entry.briefing)) return panels;
  return [{ key: '0', label: 'Overview', active: onOverview, empty: false }, ...panels];
}

/** The list pane: the panel's table, its column widths at the list's width, and the rows in view. */
export interface ListView {
  readonly table: ListTable;
  /** Each row's mark: `new` or `updated` since the last reading; undefined when nothing is marked. */
  readonly marks?: readonly (ReadMark | undefined)[];
  readonly widths: readonly number[];
  readonly window: { readonly start: number; readonly end: number };
  readonly selected: number;
}

export function listView(ctx: ReducerContext, state: AppState): ListView | undefined {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return undefined;
  const width = layoutOf(ctx, state).list.width;
  const marks = panelMarks(entry, readsOf(state.reads, entry.briefing.id), state.panel);
  if (state.panel === 'sections') {
    // The tree: only the rows in view, the selection among them, each with its section's mark.
    const { rows, position, folds } = outlineView(ctx, state);
    const table = treeTable(entry.briefing, rows, folds);
    return {
      table,
      ...(marks === undefined ? {} : { marks: rows.map((row) => marks[row]) }),
      widths: columnWidths(table, width),
      window: navWindow(ctx, state),
      selected: position,
    };
  }
  const table = listTable(entry.briefing, state.panel);
  return {
    table,
    ...(marks === undefined ? {} : { marks }),
    widths: columnWidths(table, width),
    window: navWindow(ctx, state),
    selected: state.selection[state.panel],
  };
}

/** The context pane's title and lines for the open item, drawn only in the wide layout. */
export function contextView(
  ctx: ReducerContext,
  state: AppState,
): { title: string; lines: string[] } | undefined {
  const layout = layoutOf(ctx, state);
  const entry = entryOf(ctx, state);
  const item = state.reader.item;
  if (layout.mode !== 'wide' || entry === undefined || item === undefined) return undefined;
  const { title, blocks } = contextBlocks(entry, item);
  // No title: nothing belongs in the pane for this item (the overview), not even "none".
  if (title === '') return { title, lines: [] };
  return { title, lines: renderContext(blocks, layout.context.width, layout.context.height, ctx.theme) };
}

/** The colour number of a side of the briefing being read. */
export function sideColourOf(ctx: ReducerContext, state: AppState): (side: string) => number | undefined {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return () => undefined;
  // The same function for the same briefing, so the list pane's props stay equal between frames.
  let lookup = colourLookups.get(entry.briefing);
  if (lookup === undefined) {
    const colours = sideColours(entry.briefing);
    lookup = (side) => colours.get(side);
    colourLookups.set(entry.briefing, lookup);
  }
  return lookup;
}

const colourLookups = new WeakMap<Briefing, (side: string) => number | undefined>();

/** The help as drawn: the layout, the help's rows at its width, and the rows in view. */
export function helpView(ctx: ReducerContext, state: AppState) {
  const layout = layoutOf(ctx, state);
  const view = ctx.help(layout.help.width, state.help.filter, state.help.context);
  const start = Math.min(state.help.top, Math.max(0, view.rows.length - 1));
  return { layout, view, start, end: Math.min(view.rows.length, start + layout.help.height) };
}
