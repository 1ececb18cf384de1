/**
 * Full-text search over every panel of a briefing. A plain scan: each searchable text is kept with its
 * case-folded twin and a query is an `indexOf` loop over them. Chosen by measurement over minisearch
 * and flexsearch (docs/search.md): the reader needs every occurrence with its offset, which a ranked
 * document index cannot give without scanning the text anyway, and the scan is fast enough on a
 * 100,000-line briefing.
 */

import { compileQuery, foldCase, forEachMatch } from './match.js';
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
}

/** Snippets longer than this are cut to a window around the match. */
const SNIPPET_MAX = 160;
const SNIPPET_CONTEXT = 60;
const NEEDS_COLLAPSE = /[^\S ]| {2}/;
const WHITESPACE_RUNS = /\s+/g;

/**
 * Collects every searchable text in the order hits are reported: sections (title, markdown), players
 * (name, `alias:<index>`, role, side, description), issues (title, summary, `position:<party>`),
 * timeline (when, what), figures (value, label, context).
 */
export function createSearchIndex(briefing: Briefing): SearchIndex {
  const fields: SearchField[] = [];
  const add = (item: ItemRef, field: string, text: string): void => {
    if (text !== '') fields.push({ item, field, text, folded: foldCase(text) });
  };
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
  return { fields };
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
