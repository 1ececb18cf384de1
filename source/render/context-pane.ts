import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { cut } from './cells.js';
import { sideStyle } from './sides.js';
import type { Style, Theme } from './theme.js';
import { wrapPlain } from './wrap.js';

/**
 * The context pane of wide screens: what the open item connects to, in titled blocks (the players a
 * section names, the issues and figures that cite it; where a player is mentioned; an issue's
 * positions side by side). Read-only: every entry is also reachable from the reader's own links.
 */

/** One line of a block: its text, a dim detail after it, and the side colour of its text. */
export interface ContextEntry {
  readonly text: string;
  readonly detail?: string;
  readonly colour?: number | undefined;
}

export type ContextBlock =
  | { readonly kind: 'list'; readonly title: string; readonly entries: readonly ContextEntry[] }
  /** Columns of text, one per party: an issue's positions. */
  | {
      readonly kind: 'columns';
      readonly title: string;
      readonly columns: readonly { readonly head: ContextEntry; readonly text: string }[];
    };

/** The narrowest column worth setting positions side by side in. */
const COLUMN_MIN = 24;
const COLUMN_GAP = 2;

function styles(theme: Theme) {
  const attributes = new Chalk({ level: theme.colorLevel === 0 && theme.attributes !== true ? 0 : 1 });
  const bold: Style = (t) => attributes.bold(t);
  const dim: Style = (t) => (theme.colorLevel === 0 ? t : attributes.dim(t));
  return { bold, dim, ellipsis: theme.ascii ? '...' : '…', bullet: theme.ascii ? '*' : '•' };
}

function entryLine(
  entry: ContextEntry,
  width: number,
  theme: Theme,
  look: ReturnType<typeof styles>,
): string {
  const paint = entry.colour === undefined ? (t: string) => t : sideStyle(entry.colour, theme);
  const text = cut(entry.text, width, look.ellipsis);
  const room = width - stringWidth(text) - 2;
  const detail =
    entry.detail === undefined || room <= 0 ? '' : `  ${look.dim(cut(entry.detail, room, look.ellipsis))}`;
  return paint(text) + detail;
}

function columnLines(
  block: Extract<ContextBlock, { kind: 'columns' }>,
  width: number,
  theme: Theme,
): string[] {
  const look = styles(theme);
  const count = block.columns.length;
  const each = Math.floor((width - COLUMN_GAP * (count - 1)) / Math.max(1, count));
  if (count > 1 && each >= COLUMN_MIN) {
    // Each cell as styled text and its plain width, so the columns line up whatever the styling.
    const cells = block.columns.map((c) => {
      const head = cut(c.head.text, each, look.ellipsis);
      const paint = c.head.colour === undefined ? look.bold : sideStyle(c.head.colour, theme);
      return [
        { styled: paint(head), width: stringWidth(head) },
        ...wrapPlain(c.text, each).map((line) => ({ styled: line, width: stringWidth(line) })),
      ];
    });
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let r = 0; r < height; r++) {
      const row = cells.map((c, i) => {
        const cell = c[r] ?? { styled: '', width: 0 };
        const fill = i === cells.length - 1 ? 0 : Math.max(0, each - cell.width) + COLUMN_GAP;
        return cell.styled + ' '.repeat(fill);
      });
      out.push(row.join('').trimEnd());
    }
    return out;
  }
  // Too narrow for columns: one position under another.
  return block.columns.flatMap((c, i) => [
    ...(i > 0 ? [''] : []),
    entryLine(c.head, width, theme, look),
    ...wrapPlain(c.text, Math.max(1, width - 2)).map((line) => `  ${line}`),
  ]);
}

/** The pane's lines at `width` columns (cut to `rows`; the last row says how many more there are). */
export function renderContext(
  blocks: readonly ContextBlock[],
  width: number,
  rows: number,
  theme: Theme,
): string[] {
  const look = styles(theme);
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length > 0) lines.push('');
    lines.push(look.bold(cut(block.title, width, look.ellipsis)));
    if (block.kind === 'columns') lines.push(...columnLines(block, width, theme));
    else
      for (const entry of block.entries)
        lines.push(`${look.bullet} ${entryLine(entry, Math.max(1, width - 2), theme, look)}`);
  }
  // Under its heading, an empty pane says so rather than stopping short (an issue with no positions).
  if (lines.length === 0) return [look.dim(cut('None given.', width, look.ellipsis))];
  if (lines.length <= rows) return lines;
  const shown = lines.slice(0, Math.max(0, rows - 1));
  shown.push(
    look.dim(cut(`${look.ellipsis} ${lines.length - shown.length} more lines`, width, look.ellipsis)),
  );
  return shown;
}
