/**
 * What the reader has read: per briefing, the hashes of each item as last seen (./read-hashes.ts),
 * from which the lists mark items `new` or `updated`, the overview says what changed since the last
 * reading, the Changes view lists them, and an updated item's new sentences are highlighted. Pure:
 * the host loads the records before the session and saves what changes (ui/effects.ts).
 */

import type { ItemRef } from '../domain/types.js';
import { Composer, type ItemDocument } from './composer.js';
import type { BriefingContext } from './context.js';
import { figureText, KIND_LABELS, PANEL_LABELS, PANELS, type PanelId, panelOf } from './items.js';
import { memoByKey } from './memo.js';
import {
  allItems,
  briefingHashes,
  changedSentences,
  contentOf,
  readKey,
  type SeenItem,
  seenItemOf,
} from './read-hashes.js';

export type { SeenItem } from './read-hashes.js';

/** How an item differs from what the reader last saw of it. */
export type ReadMark = 'new' | 'updated';

/** One briefing's read state in a session. */
export interface BriefingReads {
  /**
   * Never read before: nothing is marked, and what the reader is shown becomes what was seen (the
   * host saves every item's hashes once it is read).
   */
  readonly fresh: boolean;
  /** Each item as last seen, by read key. */
  readonly seen: Readonly<Record<string, SeenItem>>;
  /** When it was last read before this session (ms since the epoch). */
  readonly lastRead: number | undefined;
  /** The new sentences of each item opened in this session that had changed, by read key. */
  readonly changed: Readonly<Record<string, readonly string[]>>;
}

/** The read state of a session: by briefing id, and the time the session started (for "2 days ago"). */
export interface ReadState {
  readonly now: number;
  readonly byId: Readonly<Record<string, BriefingReads>>;
}

/** A stored record of a briefing, as the host loaded it. */
export interface ReadRecord {
  readonly seen: Readonly<Record<string, SeenItem>>;
  readonly readAt?: number | undefined;
}

/** The read state at the start of a session, from the records the host loaded. */
export function startReads(
  records: Readonly<Record<string, ReadRecord | undefined>>,
  now: number,
): ReadState {
  const byId: Record<string, BriefingReads> = {};
  for (const [id, record] of Object.entries(records)) {
    const fresh = record === undefined || Object.keys(record.seen).length === 0;
    byId[id] = { fresh, seen: record?.seen ?? {}, lastRead: record?.readAt, changed: {} };
  }
  return { now, byId };
}

const FRESH: BriefingReads = { fresh: true, seen: {}, lastRead: undefined, changed: {} };

/** A briefing's read state; fresh when the host gave none. */
export function readsOf(reads: ReadState | undefined, id: string): BriefingReads {
  return reads?.byId[id] ?? FRESH;
}

/** How an item differs from what was last seen; a timeline entry or figure that moved is not a change. */
export function markOf(entry: BriefingContext, reads: BriefingReads, item: ItemRef): ReadMark | undefined {
  if (reads.fresh) return undefined;
  const now = contentOf(entry, item);
  const before = reads.seen[readKey(item)];
  if (before?.h === now.h) return undefined;
  if ('index' in item) {
    const prefix = `${item.kind}:`;
    for (const [key, seen] of Object.entries(reads.seen)) {
      if (key.startsWith(prefix) && seen.h === now.h) return undefined;
    }
  }
  return before === undefined ? 'new' : 'updated';
}

/** An item that changed since last read. */
export interface ChangedItem {
  readonly item: ItemRef;
  readonly mark: ReadMark;
}

const changeLists = memoByKey<BriefingReads, BriefingContext, readonly ChangedItem[]>();

/** The items new or updated since last read, in panel order. */
export function changedItems(entry: BriefingContext, reads: BriefingReads): readonly ChangedItem[] {
  if (reads.fresh) return [];
  return changeLists(reads, entry, () =>
    allItems(entry).flatMap((item) => {
      const mark = markOf(entry, reads, item);
      return mark === undefined ? [] : [{ item, mark }];
    }),
  );
}

/** The marks of a panel's rows. */
export function panelMarks(
  entry: BriefingContext,
  reads: BriefingReads,
  panel: PanelId,
): readonly (ReadMark | undefined)[] | undefined {
  const changes = changedItems(entry, reads);
  if (changes.length === 0) return undefined;
  const rows: (ReadMark | undefined)[] = [];
  const keys = new Map(changes.map((c) => [readKey(c.item), c.mark]));
  const length = entry.briefing[panel].length;
  for (let i = 0; i < length; i++) {
    const item = panel === 'timeline' || panel === 'figures' ? null : entry.briefing[panel][i];
    const key =
      item === null
        ? `${panel === 'timeline' ? 'timeline' : 'figure'}:${i}`
        : `${panelKind(panel)}:${(item as { id: string }).id}`;
    rows.push(keys.get(key));
  }
  return rows;
}

function panelKind(panel: PanelId): string {
  return { sections: 'section', players: 'player', issues: 'issue', timeline: 'timeline', figures: 'figure' }[
    panel
  ];
}

/** After the reader opens an item: it counts as seen, and its new sentences are kept to highlight. */
export function noteOpened(entry: BriefingContext, reads: BriefingReads, item: ItemRef): BriefingReads {
  if (reads.fresh) return reads;
  const key = readKey(item);
  const now = seenItemOf(entry, item);
  const before = reads.seen[key];
  if (before?.h === now.h && before.s !== undefined) return reads;
  const mark = markOf(entry, reads, item);
  const changed =
    mark === 'updated' ? { ...reads.changed, [key]: changedSentences(before, entry, item) } : reads.changed;
  return { ...reads, seen: { ...reads.seen, [key]: now }, changed };
}

/**
 * Every item counts as read. An item unchanged keeps what was seen of it (its sentences' hashes,
 * when it was on screen), so a later change to it can still be highlighted.
 */
export function markAllRead(entry: BriefingContext, reads: BriefingReads): BriefingReads {
  const seen: Record<string, SeenItem> = {};
  for (const [key, now] of Object.entries(briefingHashes(entry))) {
    const before = reads.seen[key];
    seen[key] = before?.h === now.h ? before : now;
  }
  return { fresh: false, seen, lastRead: reads.lastRead, changed: {} };
}

/**
 * A fresh briefing's first version becomes what was seen, so a change made while reading is marked.
 * An article still being derived is not a version yet: its panels are part of the first reading.
 */
export function settleFresh(entry: BriefingContext, reads: BriefingReads): BriefingReads {
  if (entry.briefing.deriving === true) return reads;
  return reads.fresh ? { ...reads, fresh: false, seen: briefingHashes(entry) } : reads;
}

/** `2 days ago`, `3 hours ago`, `just now`. */
export function agoText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const units: [number, string][] = [
    [60 * 24 * 365, 'year'],
    [60 * 24 * 30, 'month'],
    [60 * 24, 'day'],
    [60, 'hour'],
    [1, 'minute'],
  ];
  for (const [size, unit] of units) {
    const count = Math.floor(minutes / size);
    if (count >= 1) return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
  }
  return 'just now';
}

const PLURAL: Readonly<Record<PanelId, [string, string]>> = {
  sections: ['section', 'sections'],
  players: ['player', 'players'],
  issues: ['issue', 'issues'],
  timeline: ['timeline entry', 'timeline entries'],
  figures: ['figure', 'figures'],
};

/** `3 sections updated, 1 new player`; empty when nothing changed. */
export function changeCounts(changes: readonly ChangedItem[]): string {
  const parts: string[] = [];
  for (const panel of PANELS) {
    for (const mark of ['updated', 'new'] as const) {
      const count = changes.filter((c) => c.mark === mark && panelOf(c.item.kind) === panel).length;
      if (count === 0) continue;
      const noun = PLURAL[panel][count === 1 ? 0 : 1];
      parts.push(mark === 'new' ? `${count} new ${noun}` : `${count} ${noun} updated`);
    }
  }
  return parts.join(', ');
}

/** The overview's line: `3 sections updated, 1 new player since you last read (2 days ago)`. */
export function changeSummary(entry: BriefingContext, reads: BriefingReads, now: number): string | undefined {
  const counts = changeCounts(changedItems(entry, reads));
  if (counts === '') return undefined;
  const when = reads.lastRead === undefined ? '' : ` (${agoText(Math.max(0, now - reads.lastRead))})`;
  return `${counts} since you last read${when}`;
}

/** The Changes view: every new or updated item, by panel, each a link to it. */
export function changesDocument(entry: BriefingContext, reads: BriefingReads, now: number): ItemDocument {
  const changes = changedItems(entry, reads);
  const doc = new Composer();
  const when = reads.lastRead === undefined ? '' : ` (${agoText(Math.max(0, now - reads.lastRead))})`;
  if (changes.length === 0) {
    doc.raw(
      reads.fresh || reads.lastRead === undefined
        ? 'This is your first reading of this briefing: from now on, what changes in it is listed here.\n'
        : `Nothing has changed since you last read${when}.\n`,
    );
    return doc.done('Since you last read');
  }
  doc.raw(`${changeSummary(entry, reads, now) ?? ''}.\n\n`);
  for (const panel of PANELS) {
    const inPanel = changes.filter((c) => panelOf(c.item.kind) === panel);
    if (inPanel.length === 0) continue;
    doc.raw(`### ${PANEL_LABELS[panel]}\n\n`);
    for (const change of inPanel) {
      const title = entryTitle(entry, change.item);
      doc.link(PANEL_LABELS[panel], title, { kind: 'item', item: change.item }, title, ` (${change.mark})`);
    }
    doc.raw('\n');
  }
  return doc.done('Since you last read');
}

function entryTitle(entry: BriefingContext, item: ItemRef): string {
  const { briefing } = entry;
  switch (item.kind) {
    case 'section':
      return briefing.sections.find((s) => s.id === item.id)?.title || 'Opening';
    case 'player':
      return briefing.players.find((p) => p.id === item.id)?.name ?? item.id;
    case 'issue':
      return briefing.issues.find((i) => i.id === item.id)?.title ?? item.id;
    case 'timeline': {
      const event = briefing.timeline[item.index];
      return event === undefined ? KIND_LABELS.timeline : `${event.when}: ${event.what}`;
    }
    case 'figure': {
      const figure = briefing.figures[item.index];
      return figure === undefined ? KIND_LABELS.figure : figureText(figure);
    }
  }
}

/** Where a session's read state goes: kept by the host (a store locally and per SSH reader). */
export interface ReadBook {
  /** Items seen, merged into what is kept; `keep` lists every item the briefing has (the rest are dropped). */
  saveSeen(briefingId: string, seen: Readonly<Record<string, SeenItem>>, keep?: readonly string[]): void;
}

/** What to save after a change of read state: the items whose hashes changed, by briefing. */
export function seenChanges(
  before: ReadState | undefined,
  after: ReadState | undefined,
): { id: string; seen: Record<string, SeenItem>; keep?: string[] }[] {
  if (after === undefined || before === after) return [];
  const out: { id: string; seen: Record<string, SeenItem>; keep?: string[] }[] = [];
  for (const [id, reads] of Object.entries(after.byId)) {
    const was = before?.byId[id];
    if (was === reads || was?.seen === reads.seen || reads.fresh) continue;
    const seen: Record<string, SeenItem> = {};
    for (const [key, value] of Object.entries(reads.seen)) if (was?.seen[key] !== value) seen[key] = value;
    // A briefing's first whole record (first reading, or everything marked read) replaces the stored one.
    const whole =
      was === undefined || was.fresh || Object.keys(seen).length === Object.keys(reads.seen).length;
    if (Object.keys(seen).length > 0)
      out.push(whole ? { id, seen, keep: Object.keys(reads.seen) } : { id, seen });
  }
  return out;
}
