/**
 * Items of a briefing as the panels list them: which panel an item belongs to, the item at a row,
 * the row of an item, and whether a reference still points at something. Besides the items of the
 * model, the reader can show the briefing's overview, which belongs to no list.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing, Figure, ItemRef } from '../domain/types.js';

/** The list panels, in tab order (keys 1 to 5). */
export const PANELS = ['sections', 'players', 'issues', 'timeline', 'figures'] as const;

/** One of the list panels. */
export type PanelId = (typeof PANELS)[number];

/** Tab labels of the panels. */
export const PANEL_LABELS: Readonly<Record<PanelId, string>> = {
  sections: 'Sections',
  players: 'Players',
  issues: 'Issues',
  timeline: 'Timeline',
  figures: 'Figures',
};

/** The briefing at a glance: summary, sides, issues, figures and timeline (key 0 or o). */
export interface OverviewRef {
  readonly kind: 'overview';
}

/** What changed since the reader last read the briefing (key c). */
export interface ChangesRef {
  readonly kind: 'changes';
}

/** What the reader can show: an item of the briefing, its overview, or its changes. */
export type ReaderItem = ItemRef | OverviewRef | ChangesRef;

/**
 * A figure's label where it says more than its value: an article's figure with no noun after it
 * is labelled with the value itself, which must not be shown twice (`35%  35%`).
 */
export const figureLabel = (figure: Figure): string => (figure.label === figure.value ? '' : figure.label);

/** A figure as one line of text: `71 ballistic missiles`, `35%`. */
export const figureText = (figure: Figure): string =>
  [figure.value, figureLabel(figure)].filter((part) => part !== '').join(' ');

export const OVERVIEW: OverviewRef = { kind: 'overview' };
export const CHANGES: ChangesRef = { kind: 'changes' };

/** The overview and the changes are in no list. */
export function inNoList(item: ReaderItem): item is OverviewRef | ChangesRef {
  return item.kind === 'overview' || item.kind === 'changes';
}

/** What one item of each kind is called, for positions such as `Section 3/7`. */
export const KIND_LABELS: Readonly<Record<ReaderItem['kind'], string>> = {
  overview: 'Overview',
  changes: 'Changes',
  section: 'Section',
  player: 'Player',
  issue: 'Issue',
  timeline: 'Timeline',
  figure: 'Figure',
};

const PANEL_OF_KIND: Readonly<Record<ItemRef['kind'], PanelId>> = {
  section: 'sections',
  player: 'players',
  issue: 'issues',
  timeline: 'timeline',
  figure: 'figures',
};

/** The panel that lists items of a kind. */
export function panelOf(kind: ItemRef['kind']): PanelId {
  return PANEL_OF_KIND[kind];
}

/** How many rows a panel has. */
export function panelLength(briefing: Briefing, panel: PanelId): number {
  return briefing[panel].length;
}

/**
 * Whether a briefing has anything to overview beyond its sections: a summary, or any players,
 * issues, timeline or figures. Any Markdown file is a briefing; one without front matter has none.
 */
export function hasOverview(briefing: Briefing): boolean {
  return (
    briefing.deriving === true ||
    briefing.meta.summary !== '' ||
    briefing.players.length > 0 ||
    briefing.issues.length > 0 ||
    briefing.timeline.length > 0 ||
    briefing.figures.length > 0
  );
}

/** The item on a row of a panel, or undefined past its ends. */
export function itemAt(briefing: Briefing, panel: PanelId, index: number): ItemRef | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= panelLength(briefing, panel)) return undefined;
  switch (panel) {
    case 'sections':
      return { kind: 'section', id: briefing.sections[index]?.id ?? '' };
    case 'players':
      return { kind: 'player', id: briefing.players[index]?.id ?? '' };
    case 'issues':
      return { kind: 'issue', id: briefing.issues[index]?.id ?? '' };
    case 'timeline':
      return { kind: 'timeline', index };
    case 'figures':
      return { kind: 'figure', index };
  }
}

/**
 * The row of an item in its panel, or -1 when the briefing has no such item. The overview, which is
 * in no list, is row 0 of its own when the briefing has one.
 */
export function indexOfItem(briefing: Briefing, item: ReaderItem): number {
  switch (item.kind) {
    case 'overview':
      return hasOverview(briefing) ? 0 : -1;
    case 'changes':
      return 0;
    case 'section':
      return lookupOf(briefing).sections.indexOf(item.id);
    case 'player':
      return lookupOf(briefing).players.indexOf(item.id);
    case 'issue':
      return lookupOf(briefing).issues.indexOf(item.id);
    case 'timeline':
      return item.index >= 0 && item.index < briefing.timeline.length ? item.index : -1;
    case 'figure':
      return item.index >= 0 && item.index < briefing.figures.length ? item.index : -1;
  }
}

/** Whether two references name the same item (both undefined counts as the same). */
export function sameItem(a: ReaderItem | undefined, b: ReaderItem | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind !== b.kind) return false;
  if ('id' in a && 'id' in b) return a.id === b.id;
  if ('index' in a && 'index' in b) return a.index === b.index;
  return inNoList(a);
}

/** The title of an item as the reader pane's title row shows it. */
export function itemTitle(briefing: Briefing, item: ReaderItem): string {
  switch (item.kind) {
    case 'overview':
      return briefing.meta.title;
    case 'changes':
      return 'Changes since you last read';
    case 'section':
      return lookupOf(briefing).sections.get(item.id)?.title ?? '';
    case 'player':
      return lookupOf(briefing).players.get(item.id)?.name ?? '';
    case 'issue':
      return lookupOf(briefing).issues.get(item.id)?.title ?? '';
    case 'timeline': {
      const entry = briefing.timeline[item.index];
      return entry === undefined ? '' : entry.when;
    }
    case 'figure': {
      const figure = briefing.figures[item.index];
      return figure === undefined ? '' : figureText(figure);
    }
  }
}
