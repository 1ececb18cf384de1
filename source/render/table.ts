import stringWidth from 'string-width';
import { stripStyles } from './ansi.js';
import type { Glyphs, Styles } from './theme.js';

/** Column alignment as marked reports it. */
export type Align = 'center' | 'left' | 'right' | null;

function pad(cell: string, width: number, align: Align): string {
  const gap = Math.max(0, width - stringWidth(stripStyles(cell)));
  if (align === 'right') return ' '.repeat(gap) + cell;
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + cell + ' '.repeat(gap - left);
  }
  return cell + ' '.repeat(gap);
}

function grid(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  widths: readonly number[],
  styles: Styles,
  glyphs: Glyphs,
): string[] {
  const { h, v, top, middle, bottom } = glyphs.table;
  const border = (ends: readonly [string, string, string]): string =>
    styles.tableBorder(ends[0] + widths.map((w) => h.repeat(w + 2)).join(ends[1]) + ends[2]);
  const bar = styles.tableBorder(v);
  const row = (cells: readonly string[], style: (s: string) => string): string =>
    bar +
    widths
      .map((w, c) => {
        const cell = cells[c] ?? '';
        return ` ${pad(cell === '' ? '' : style(cell), w, align[c] ?? null)} `;
      })
      .join(bar) +
    bar;
  return [
    border(top),
    row(header, styles.tableHeader),
    border(middle),
    ...rows.map((cells) => row(cells, (s) => s)),
    border(bottom),
  ];
}

function stacked(header: readonly string[], rows: readonly (readonly string[])[], styles: Styles): string[] {
  const out: string[] = [];
  for (const cells of rows) {
    if (out.length > 0) out.push('');
    header.forEach((name, c) => {
      const cell = cells[c] ?? '';
      out.push(name === '' ? cell : `${styles.tableHeader(name)}: ${cell}`);
    });
  }
  return out;
}

/**
 * A table as lines no wider than `width`: a bordered grid when it fits, else each row as `Header: value`
 * lines (rows separated by a blank line), which the line layout then wraps like any text.
 * Cells are already-rendered inline text.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  width: number,
  styles: Styles,
  glyphs: Glyphs,
): string[] {
  const widths = header.map((cell, c) =>
    Math.max(stringWidth(stripStyles(cell)), ...rows.map((r) => stringWidth(stripStyles(r[c] ?? '')))),
  );
  const total = widths.reduce((sum, w) => sum + w + 3, 1);
  return total <= width ? grid(header, rows, align, widths, styles, glyphs) : stacked(header, rows, styles);
}
