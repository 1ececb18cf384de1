/**
 * The panels' lists as aligned tables: players `name | side | role`, issues `title | status |
 * parties`, timeline `when | what`, figures `value | label` (values right-aligned), sections by title,
 * indented by depth. Columns are as wide as their widest cell; columns that do not fit are left out
 * from the right, so only the last column shown is ever cut, and the whole text is one key away
 * (Enter opens the item).
 */

import type { Briefing } from '../domain/types.js';
import { widest } from '../render/cells.js';
import type { BriefingContext } from './context.js';
import type { PanelId } from './items.js';
import { figureLabel, PANELS } from './items.js';
import type { LayoutFit } from './layout.js';
import { memoByKey } from './memo.js';
import { outlineOf } from './outline.js';

/** One column: its heading and how its cells align. */
export interface TableColumn {
  readonly heading: string;
  readonly align: 'left' | 'right';
}

/** A section's node in the tree: with subsections shown or hidden, or a leaf. */
export type NodeMark = 'open' | 'closed' | 'leaf';

/**
 * One row: its cells, its nesting depth (sections), its node (sections: drawn as `▾`/`▸` before the
 * title), and the side it belongs to (players).
 */
export interface TableRow {
  readonly cells: readonly string[];
  readonly depth: number;
  readonly node?: NodeMark;
  readonly side?: string;
}

export interface ListTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** Columns between cells. */
export const CELL_GAP = 2;
/** The selection marker and its space, before every row. */
const ROW_MARKER = 2;
/** Columns of indent per level of a nested section. */
export const DEPTH_INDENT = 2;
/** A node's marker and its space, before a section's title. */
const NODE_MARK = 2;
/** The last column keeps at least this many columns before the others are cut. */
const LAST_MIN = 12;

const col = (heading: string, align: 'left' | 'right' = 'left'): TableColumn => ({ heading, align });

function tableOf(briefing: Briefing, panel: PanelId): ListTable {
  switch (panel) {
    case 'sections': {
      // Indented by the outline, not the heading marks: a README's `##` under a table of contents
      // is top level (docs/format.md, "The outline").
      const nodes = outlineOf(briefing);
      // A flat list (no section has subsections) spends no columns on node markers.
      const tree = nodes.some((node) => node.children.length > 0);
      return {
        columns: [col('Section')],
        rows: briefing.sections.map((s, i) => {
          const node = nodes[i];
          return {
            cells: [s.title || 'Opening'],
            depth: node?.level ?? 0,
            ...(tree ? { node: node !== undefined && node.children.length > 0 ? 'open' : 'leaf' } : {}),
          };
        }),
      };
    }
    case 'players':
      return {
        columns: [col('Name'), col('Side'), col('Role')],
        rows: briefing.players.map((p) => ({ cells: [p.name, p.side, p.role], depth: 0, side: p.side })),
      };
    case 'issues':
      return {
        columns: [col('Issue'), col('Status'), col('Parties')],
        rows: briefing.issues.map((i) => ({
          cells: [
            i.title,
            i.derived === true ? 'draft' : i.status,
            i.positions.map((p) => p.party).join(', '),
          ],
          depth: 0,
        })),
      };
    case 'timeline':
      return {
        columns: [col('When'), col('What')],
        rows: briefing.timeline.map((t) => ({ cells: [t.when, t.what], depth: 0 })),
      };
    case 'figures':
      return {
        columns: [col('Value', 'right'), col('Figure')],
        rows: briefing.figures.map((f) => ({ cells: [f.value, figureLabel(f)], depth: 0 })),
      };
  }
}

const tables = memoByKey<Briefing, PanelId, ListTable>();

/** A panel's table, built once per briefing load (a briefing may list 5,000 sections). */
export function listTable(briefing: Briefing, panel: PanelId): ListTable {
  return tables(briefing, panel, () => tableOf(briefing, panel));
}

/** The widest cell of each column, the headings included; depth counts in the first. */
function naturalWidths(table: ListTable): number[] {
  return table.columns.map((column, i) => {
    const cells = table.rows.map(
      (row) =>
        (row.cells[i] ?? '') +
        (i === 0 ? ' '.repeat(row.depth * DEPTH_INDENT + (row.node === undefined ? 0 : NODE_MARK)) : ''),
    );
    return widest([column.heading, ...cells]);
  });
}

/**
 * The width of each column shown at `width` columns of list (after the marker): every column but the
 * last as wide as its widest cell, the last the rest. When the last would get too little, columns are
 * left out from the right instead of cutting the ones before it (the whole row is one key away), so
 * only the last column shown is ever cut. The result is shorter than the table's columns by those
 * left out.
 */
export function columnWidths(table: ListTable, width: number): number[] {
  const natural = naturalWidths(table);
  const room = Math.max(1, width - ROW_MARKER);
  for (let shown = natural.length; shown > 1; shown--) {
    const fixed = natural.slice(0, shown - 1);
    const used = fixed.reduce((a, b) => a + b, 0) + CELL_GAP * fixed.length;
    const last = natural[shown - 1] ?? 0;
    if (used + Math.min(last, LAST_MIN) <= room) return [...fixed, Math.max(1, room - used)];
  }
  return [room];
}

/** The width a list would take to show every row whole, over every panel of the briefing. */
function naturalListWidth(briefing: Briefing): number {
  let most = 0;
  for (const panel of PANELS) {
    const table = listTable(briefing, panel);
    if (table.rows.length === 0) continue;
    const widths = naturalWidths(table);
    most = Math.max(most, ROW_MARKER + widths.reduce((a, b) => a + b, 0) + CELL_GAP * (widths.length - 1));
  }
  return most;
}

// Keyed by the rows in view, which ./folds.ts makes once per set of folds.
const trees = new WeakMap<readonly number[], { briefing: Briefing; table: ListTable }>();

/**
 * The sections list as shown: only the rows in view (`rows`, from ./folds.ts), each collapsed node
 * marked so. Built once per set of folds.
 */
export function treeTable(briefing: Briefing, rows: readonly number[], folds: readonly string[]): ListTable {
  const cached = trees.get(rows);
  if (cached?.briefing === briefing) return cached.table;
  const base = listTable(briefing, 'sections');
  const collapsed = new Set(folds);
  const shown = rows.flatMap((row) => {
    const item = base.rows[row];
    const id = briefing.sections[row]?.id ?? '';
    if (item === undefined) return [];
    return [item.node === 'open' && collapsed.has(id) ? { ...item, node: 'closed' as const } : item];
  });
  const table = { columns: base.columns, rows: shown };
  trees.set(rows, { briefing, table });
  return table;
}

const fits = new WeakMap<BriefingContext, LayoutFit>();

/**
 * What a briefing's lists ask of the layout: one width for all its panels, so switching panels never
 * moves the reader (and re-wraps its text).
 */
export function listFit(entry: BriefingContext): LayoutFit {
  let fit = fits.get(entry);
  if (fit === undefined) {
    fit = { listWidth: naturalListWidth(entry.briefing) };
    fits.set(entry, fit);
  }
  return fit;
}
