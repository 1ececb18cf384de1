/**
 * Full-text search over every panel of a briefing. A plain scan: each searchable text is kept with its
 * case-folded twin and a query is an `indexOf` loop over them. Chosen by measurement over minisearch
 * and flexsearch (docs/search.md): the reader needs every occurrence with its offset, which a ranked
 * document index cannot give without scanning the text anyway, and the scan is fast enough on a
 * 100,000-line briefing.
 */

import { type CompiledQuery, compileQuery, firstMatch, foldCase, forEachMatch } from './match.js';
import type { Briefing, ItemRef, SearchHit } from './types.js';

/** One searchable text of one item, with its case-folded form (same length, so offsets carry over). */
export interface SearchField {
  readonly item: ItemRef;
  readonly field: string;
  readonly text: string;
  readonly folded: string;
}

/** The texts of a briefing in hit order, each with its case-folded form; built once per load. */
export interface SearchIndex {
  readonly fields: readonly SearchField[];
  /** Where each item's texts are in `fields`, as `[start, end)` runs, by {@link itemKey}. */
  readonly spans: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** Characters in all the texts: what a full scan reads. */
  readonly chars: number;
}

/** Snippets longer than this are cut to a window around the match. */
const SNIPPET_MAX = 160;
const SNIPPET_CONTEXT = 60;
const NEEDS_COLLAPSE = /[^\S ]| {2}/;
const WHITESPACE_RUNS = /\s+/g;

/**
 * Calls `add` with every searchable text in the order hits are reported: sections (title, markdown),
 * players (name, `alias:<index>`, role, side, description), issues (title, summary,
 * `position:<party>`), timeline (when, what), figures (value, label, context).
 */
function forEachSearchText(
  briefing: Briefing,
  add: (item: ItemRef, field: string, text: string) => void,
): void {
  for (const section of briefing.sections) {
    const item: ItemRef = { kind: 'section', id: section.id };
    add(item, 'title', section.title);
    add(item, 'markdown', section.markdown);
  }
  for (const player of briefing.players) {
    const item: ItemRef = { kind: 'player', id: player.id };
    add(item, 'name', player.name);
    for (const [index, alias] of player.aliases.entries()) add(item, `alias:${index}`, alias);
    add(item, 'role', player.role);
    add(item, 'side', player.side);
    add(item, 'description', player.description);
  }
  for (const issue of briefing.issues) {
    const item: ItemRef = { kind: 'issue', id: issue.id };
    add(item, 'title', issue.title);
    add(item, 'summary', issue.summary);
    for (const { party, position } of issue.positions) add(item, `position:${party}`, position);
  }
  for (const [index, entry] of briefing.timeline.entries()) {
    const item: ItemRef = { kind: 'timeline', index };
    add(item, 'when', entry.when);
    add(item, 'what', entry.what);
  }
  for (const [index, figure] of briefing.figures.entries()) {
    const item: ItemRef = { kind: 'figure', index };
    add(item, 'value', figure.value);
    add(item, 'label', figure.label);
    add(item, 'context', figure.context);
  }
}

/** How many characters a search reads: the index's `chars`, without building the index. */
export function searchableChars(briefing: Briefing): number {
  let chars = 0;
  forEachSearchText(briefing, (_item, _field, text) => {
    chars += text.length;
  });
  return chars;
}

/** Every searchable text of a briefing with its case-folded twin, in hit order; built once per load. */
export function createSearchIndex(briefing: Briefing): SearchIndex {
  const fields: SearchField[] = [];
  const spans = new Map<string, [number, number][]>();
  let chars = 0;
  forEachSearchText(briefing, (item, field, text) => {
    if (text === '') return;
    const at = fields.length;
    fields.push({ item, field, text, folded: foldCase(text) });
    chars += text.length;
    // An item's texts are added one after another, so each item is one run (more, were an id repeated).
    const key = itemKey(item);
    const runs = spans.get(key);
    const last = runs?.at(-1);
    if (last !== undefined && last[1] === at && fields[at - 1]?.item === item) last[1] = at + 1;
    else if (runs !== undefined) runs.push([at, at + 1]);
    else spans.set(key, [[at, at + 1]]);
  });
  return { fields, spans, chars };
}

/** A key naming an item, for maps by item. */
function itemKey(item: ItemRef): string {
  return 'id' in item ? `${item.kind}:${item.id}` : `${item.kind}#${item.index}`;
}

/**
 * Every occurrence of a literal query, in panel order (sections, players, issues, timeline, figures),
 * then item order, field order and offset. Smart case; whitespace in the query matches any whitespace
 * run, so a phrase wrapped across lines is found. Matches do not overlap. An empty query finds nothing.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const compiled = compileQuery(query);
  if (compiled === undefined) return [];
  const hits: SearchHit[] = [];
  for (const { item, field, text, folded } of index.fields) {
    let snippet: ((offset: number, length: number) => string) | undefined;
    forEachMatch(compiled, text, folded, (offset, length) => {
      snippet ??= snippetCutter(text);
      hits.push({ item, field, offset, length, snippet: snippet(offset, length) });
    });
  }
  return hits;
}

/**
 * The hit `search` would list first among `prefer`'s texts, or, when that item holds none (or none is
 * given), the first hit of all; undefined when there is no hit anywhere. It reads only as far as that
 * hit: the reader shows it at once and counts the rest afterwards (docs/search.md).
 */
export function firstHit(index: SearchIndex, query: string, prefer?: ItemRef): SearchHit | undefined {
  const compiled = compileQuery(query);
  if (compiled === undefined) return undefined;
  for (const [start, end] of prefer === undefined ? [] : (index.spans.get(itemKey(prefer)) ?? [])) {
    const hit = firstIn(compiled, index.fields, start, end);
    if (hit !== undefined) return hit;
  }
  return firstIn(compiled, index.fields, 0, index.fields.length);
}

function firstIn(
  compiled: CompiledQuery,
  fields: readonly SearchField[],
  start: number,
  end: number,
): SearchHit | undefined {
  for (let i = start; i < end; i++) {
    const field = fields[i];
    if (field === undefined) continue;
    const match = firstMatch(compiled, field.text, field.folded);
    if (match !== undefined) {
      const { offset, length } = match;
      return {
        item: field.item,
        field: field.field,
        offset,
        length,
        snippet: snippetAround(field.text, offset, length),
      };
    }
  }
  return undefined;
}

/**
 * Cuts snippets from one text. Consecutive hits on one short line share its snippet: common words hit
 * a line several times, and a 150,000-hit query spent most of its time cutting snippets.
 */
function snippetCutter(text: string): (offset: number, length: number) => string {
  let lastStart = -1;
  let lastEnd = -1;
  let last = '';
  return (offset, length) => {
    const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    let end = text.indexOf('\n', offset + length);
    if (end === -1) end = text.length;
    if (end - start > SNIPPET_MAX) return windowed(text, start, end, offset, length);
    if (start !== lastStart || end !== lastEnd) {
      lastStart = start;
      lastEnd = end;
      last = collapseWhitespace(text.slice(start, end));
    }
    return last;
  };
}

/** The line (or lines, for a wrapped phrase) holding a match, whitespace collapsed, cut if long. */
export function snippetAround(text: string, offset: number, length: number): string {
  return snippetCutter(text)(offset, length);
}

function windowed(text: string, start: number, end: number, offset: number, length: number): string {
  const from = Math.max(start, offset - SNIPPET_CONTEXT);
  const to = Math.min(end, offset + length + SNIPPET_CONTEXT);
  return (from > start ? '…' : '') + collapseWhitespace(text.slice(from, to)) + (to < end ? '…' : '');
}

/** Testing first is cheaper: most lines hold single spaces only, and a replace allocates every time. */
function collapseWhitespace(text: string): string {
  return (NEEDS_COLLAPSE.test(text) ? text.replace(WHITESPACE_RUNS, ' ') : text).trim();
}
