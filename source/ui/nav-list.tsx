import { Box, Text } from 'ink';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** One row as the list draws it. */
export interface NavRow {
  readonly label: string;
  readonly detail: string;
  readonly depth: number;
  /** A tag drawn after the label, in its own colour (a player's side). */
  readonly tag?: { readonly text: string; readonly paint: (text: string) => string };
}

/** Props of {@link NavList}. */
export interface NavListProps {
  readonly rows: readonly NavRow[];
  /** The slice of rows in view. */
  readonly start: number;
  readonly end: number;
  readonly selected: number;
  readonly width: number;
  /** Rows the list must fill, so the frame keeps its height. */
  readonly height: number;
  /** The focused list shows its selection in inverse video; an unfocused one by its marker only. */
  readonly focused: boolean;
  readonly emptyText: string;
  readonly styles: UiStyles;
}

/** A list with a selected row, drawn only for the rows in view. */
export function NavList({
  rows,
  start,
  end,
  selected,
  width,
  height,
  focused,
  emptyText,
  styles,
}: NavListProps) {
  const { marker, ellipsis } = styles.symbols;
  const lines: string[] = [];
  if (rows.length === 0) lines.push(styles.dim(fitWidth(emptyText, width, ellipsis)));
  for (let i = start; i < end; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const isSelected = i === selected;
    const prefix = `${isSelected ? marker : ' '} ${'  '.repeat(row.depth)}`;
    const tag = row.tag ? ` ${row.tag.paint(`[${row.tag.text}]`)}` : '';
    const detail = row.detail ? styles.dim(`  ${row.detail}`) : '';
    const text = fitWidth(`${prefix}${row.label}${tag}${detail}`, width, ellipsis);
    lines.push(isSelected && focused ? styles.inverse(text) : isSelected ? styles.bold(text) : text);
  }
  while (lines.length < height) lines.push('');
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines.slice(0, height).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
