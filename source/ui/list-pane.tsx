import { Box, Text } from 'ink';
import { pad } from '../render/cells.js';
import { CELL_GAP, DEPTH_INDENT, type ListTable } from '../state/list-table.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link ListPane}. */
export interface ListPaneProps {
  readonly table: ListTable;
  /** The width of each column shown (`columnWidths`: columns past its length are left out). */
  readonly widths: readonly number[];
  /** The slice of rows in view. */
  readonly start: number;
  readonly end: number;
  readonly selected: number;
  readonly width: number;
  /** Rows of list below the headings, so the frame keeps its height. */
  readonly rows: number;
  /** The focused list shows its selection in inverse video; an unfocused one by its marker, in bold. */
  readonly focused: boolean;
  readonly emptyText: string;
  /** The colour number of a side, for the players' side column. */
  readonly sideColour: (side: string) => number | undefined;
  readonly styles: UiStyles;
  /** Each row's mark since the last reading (`new`, `updated`), drawn at the row's end. */
  readonly marks?: readonly (string | undefined)[] | undefined;
}

/** A panel's list as an aligned table: column headings, then the rows in view, only the last cell cut. */
export function ListPane(props: ListPaneProps) {
  const { table, widths, start, end, selected, width, rows, focused, emptyText, sideColour, styles } = props;
  const { marker, ellipsis, expanded, collapsed } = styles.symbols;
  const nodeMarks = { open: `${expanded} `, closed: `${collapsed} `, leaf: '  ' } as const;
  const gap = ' '.repeat(CELL_GAP);
  const columns = table.columns.slice(0, widths.length);
  const headings = columns.map((column, i) => pad(column.heading, widths[i] ?? 0, ellipsis, column.align));
  const lines: string[] = [];
  if (table.rows.length === 0) lines.push(styles.dim(fitWidth(emptyText, width, ellipsis)));
  for (let i = start; i < end; i++) {
    const row = table.rows[i];
    if (row === undefined) continue;
    const isSelected = i === selected;
    const cells = columns.map((column, c) => {
      const mark = row.node === undefined ? '' : nodeMarks[row.node];
      const indent = c === 0 ? ' '.repeat(row.depth * DEPTH_INDENT) + mark : '';
      const text = pad(indent + (row.cells[c] ?? ''), widths[c] ?? 0, ellipsis, column.align);
      if (row.side === undefined || column.heading !== 'Side') return text;
      return styles.sideColour(sideColour(row.side))(text);
    });
    const mark = props.marks?.[i];
    const text = `${isSelected ? marker : ' '} ${cells.join(gap)}`;
    // A mark takes the row's last columns (the row is cut before it), when there is room for text too.
    const tag = mark === undefined || width < mark.length + 12 ? undefined : ` ${mark}`;
    const line =
      tag === undefined
        ? fitWidth(text, width, ellipsis)
        : `${fitWidth(text.trimEnd(), width - tag.length, ellipsis)}${isSelected ? tag : styles.bold(tag)}`;
    lines.push(isSelected && focused ? styles.inverse(line) : isSelected ? styles.bold(line) : line);
  }
  while (lines.length < rows) lines.push('');
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">{styles.dim(fitWidth(`  ${headings.join(gap)}`, width, ellipsis))}</Text>
      {lines.slice(0, rows).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
