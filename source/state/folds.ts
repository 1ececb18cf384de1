/**
 * The sections list as a tree: which nodes are collapsed, which rows that leaves in view, and the
 * moves of the list over those rows. The collapsed nodes of each briefing are kept in the state by
 * section id (`AppState.folds`); a briefing not yet touched has its default folds.
 */

import type { Briefing } from '../domain/types.js';
import type { Direction } from './actions.js';
import type { ReducerContext } from './context.js';
import { lastAtMost } from './locate.js';
import { goBack, openSelected, selectRow } from './nav.js';
import { outlineOf } from './outline.js';
import { entryOf } from './screen.js';
import type { AppState } from './state.js';

/**
 * A long outline opens as deep as keeps it to this many rows, and never less than its top level:
 * ssh2's README (50 headings) opens on its 8 top-level headings, a table of contents at a glance,
 * with Client Examples and API one key away; a briefing of a dozen sections opens whole.
 */
export const OPEN_ROWS = 30;

const defaults = new WeakMap<Briefing, readonly string[]>();

/**
 * The nodes collapsed when a briefing is first shown: every node with children below the deepest
 * level that keeps the outline to `OPEN_ROWS` rows, so expanding a node shows one more level.
 */
export function defaultFolds(briefing: Briefing): readonly string[] {
  const cached = defaults.get(briefing);
  if (cached !== undefined) return cached;
  const nodes = outlineOf(briefing);
  const perLevel: number[] = [];
  for (const node of nodes) perLevel[node.level] = (perLevel[node.level] ?? 0) + 1;
  let shown = 1;
  let rows = perLevel[0] ?? 0;
  while (shown < perLevel.length && rows + (perLevel[shown] ?? 0) <= OPEN_ROWS) {
    rows += perLevel[shown] ?? 0;
    shown++;
  }
  const folds = nodes
    .filter((node) => node.children.length > 0 && node.level >= shown - 1)
    .map((node) => node.section.id);
  defaults.set(briefing, folds);
  return folds;
}

/** The collapsed nodes of the briefing being read. */
export function foldsOf(ctx: ReducerContext, state: AppState): readonly string[] {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return [];
  return state.folds[state.briefing] ?? defaultFolds(entry.briefing);
}

const visibleCache = new WeakMap<readonly string[], { briefing: Briefing; rows: readonly number[] }>();

/** The rows of the sections list in view (indexes into `briefing.sections`): none inside a collapsed node. */
export function visibleRows(briefing: Briefing, folds: readonly string[]): readonly number[] {
  const cached = visibleCache.get(folds);
  if (cached?.briefing === briefing) return cached.rows;
  const collapsed = new Set(folds);
  const rows: number[] = [];
  let hiddenBelow = Number.POSITIVE_INFINITY;
  for (const node of outlineOf(briefing)) {
    if (node.level > hiddenBelow) continue;
    hiddenBelow = Number.POSITIVE_INFINITY;
    rows.push(node.index);
    if (node.children.length > 0 && collapsed.has(node.section.id)) hiddenBelow = node.level;
  }
  visibleCache.set(folds, { briefing, rows });
  return rows;
}

/** The rows in view of the briefing being read, and where the selection is among them. */
export function outlineView(
  ctx: ReducerContext,
  state: AppState,
): { rows: readonly number[]; position: number; folds: readonly string[] } {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return { rows: [], position: 0, folds: [] };
  const folds = foldsOf(ctx, state);
  const rows = visibleRows(entry.briefing, folds);
  return { rows, position: lastAtMost(rows, state.selection.sections), folds };
}

function withFolds(state: AppState, folds: readonly string[]): AppState {
  return { ...state, folds: { ...state.folds, [state.briefing]: folds } };
}

/** Moves the sections list's selection by rows in view (a collapsed node's subsections are skipped). */
export function moveInOutline(ctx: ReducerContext, state: AppState, by: number): AppState {
  const { rows, position } = outlineView(ctx, state);
  if (rows.length === 0) return state;
  const to = Math.min(rows.length - 1, Math.max(0, position + Math.round(by)));
  return selectRow(ctx, state, rows[to] ?? 0);
}

/** Selects the first or last row in view. */
export function edgeOfOutline(ctx: ReducerContext, state: AppState, to: 'start' | 'end'): AppState {
  const { rows } = outlineView(ctx, state);
  const row = to === 'start' ? rows[0] : rows.at(-1);
  return row === undefined ? state : selectRow(ctx, state, row);
}

/**
 * `→`/`l` on the selected node: expand it when collapsed, else read it. `←`/`h`: collapse it when
 * expanded, else go up to its parent, and from the top level back to the library.
 */
export function stepNode(ctx: ReducerContext, state: AppState, dir: Direction): AppState {
  const entry = entryOf(ctx, state);
  const node = entry === undefined ? undefined : outlineOf(entry.briefing)[state.selection.sections];
  if (node === undefined) return dir === 1 ? openSelected(ctx, state) : goBack(ctx, state);
  const folds = foldsOf(ctx, state);
  const id = node.section.id;
  const collapsed = folds.includes(id);
  if (dir === 1) {
    if (node.children.length > 0 && collapsed)
      return withFolds(
        state,
        folds.filter((f) => f !== id),
      );
    return openSelected(ctx, state);
  }
  if (node.children.length > 0 && !collapsed) return withFolds(state, [...folds, id]);
  if (node.parent >= 0) return selectRow(ctx, state, node.parent);
  return goBack(ctx, state);
}

/**
 * Expands every collapsed node above the selected section, so the list always shows what is
 * selected (and, with the reader focused, what is open): `[`, `]`, links and search land anywhere.
 */
export function revealSelection(ctx: ReducerContext, state: AppState): AppState {
  if (state.screen !== 'reader') return state;
  const entry = entryOf(ctx, state);
  if (entry === undefined) return state;
  const nodes = outlineOf(entry.briefing);
  const folds = foldsOf(ctx, state);
  if (folds.length === 0) return state;
  const hidden: string[] = [];
  let node = nodes[state.selection.sections];
  for (let steps = 0; node !== undefined && node.parent >= 0 && steps < nodes.length; steps++) {
    node = nodes[node.parent];
    if (node !== undefined && folds.includes(node.section.id)) hidden.push(node.section.id);
  }
  return hidden.length === 0
    ? state
    : withFolds(
        state,
        folds.filter((f) => !hidden.includes(f)),
      );
}
