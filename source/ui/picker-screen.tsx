import { Box, Text } from 'ink';
import { Indicator, Item } from 'ink-select-input';
import { stripAllControl } from '../render/ansi.js';
import { pad, widest } from '../render/cells.js';
import type { ReducerContext } from '../state/context.js';
import { fileLabels, pickerView } from '../state/picker.js';
import { type PickerEntry, pickerEntry } from '../state/picker-rows.js';
import type { AppState } from '../state/state.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link PickerScreen}. */
export interface PickerScreenProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

/** The title keeps at least this many columns before facts are left out. */
const TITLE_MIN = 16;
const GAP = '  ';

function sectionCount(entry: PickerEntry): string {
  return `${entry.sections} ${entry.sections === 1 ? 'section' : 'sections'}`;
}

function importanceOf(entry: PickerEntry): string {
  return entry.importance === 'normal' ? '' : entry.importance.toUpperCase();
}

/** One column of facts after the title: its cells, how they align, and its rank (the lowest goes first). */
interface FactColumn {
  readonly cells: readonly string[];
  readonly align: 'left' | 'right';
  readonly rank: number;
  readonly importance?: boolean;
}

/**
 * The fact columns shown at `room` columns and their widths, and the title's width: empty columns
 * are left out, then columns by rank (importance, sections, date; the file name last) until the title
 * keeps `TITLE_MIN` columns (or its own width).
 */
function columnsAt(room: number, titles: readonly string[], columns: readonly FactColumn[]) {
  let shown = columns
    .map((column) => ({ ...column, width: widest(column.cells) }))
    .filter((c) => c.width > 0);
  const titleWidth = widest(titles);
  const used = () => shown.reduce((sum, column) => sum + column.width + GAP.length, 0);
  while (shown.length > 0 && Math.min(titleWidth, TITLE_MIN) + used() > room) {
    const lowest = Math.min(...shown.map((column) => column.rank));
    shown = shown.filter((column) => column.rank !== lowest);
  }
  return { title: Math.max(1, Math.min(titleWidth, room - used())), shown };
}

/**
 * The library: two rows per briefing, its title with its file, sections and importance in aligned
 * columns, then the first line of its summary, dimmed. `/` filters by title and file name. Rows are
 * drawn with ink-select-input's `Indicator` and `Item`, so the picker looks like every Ink select; the
 * selection itself lives in the reducer, so the keys stay those of the keymap.
 */
export function PickerScreen({ ctx, state, styles }: PickerScreenProps) {
  const layout = ctx.layout(state.viewport);
  const { rows, position, start, end } = pickerView(ctx, state);
  const labels = fileLabels(ctx);
  const { ellipsis, dot } = styles.symbols;
  const width = layout.pickerList.width;
  // File names come from the file system: like every text drawn, no control character gets through.
  const shownRows = rows.slice(start, end).flatMap((row) => {
    const item = ctx.library[row];
    return item === undefined
      ? []
      : [{ entry: pickerEntry(item.briefing), label: stripAllControl(labels[row] ?? '') }];
  });
  const entries = shownRows.map((row) => row.entry);
  const entryLabels = shownRows.map((row) => row.label);
  const titles = entries.map((entry) => entry.title);
  const { title: titleWidth, shown } = columnsAt(width, titles, [
    { cells: entries.map((entry) => entry.date ?? ''), align: 'left', rank: 2 },
    { cells: entryLabels, align: 'left', rank: 3 },
    { cells: entries.map(sectionCount), align: 'right', rank: 1 },
    { cells: entries.map(importanceOf), align: 'left', rank: 0, importance: true },
  ]);
  const { filter } = state.picker;
  const count =
    filter === '' ? `(${rows.length})` : `${dot} ${rows.length} of ${ctx.library.length} hold "${filter}"`;
  const title = `${styles.accent('Briefings')} ${styles.dim(count)}`;
  const lines = entries.map((entry, i) => {
    const cells = shown.map((column) => {
      const cell = column.cells[i] ?? '';
      const text = pad(cell, column.width, ellipsis, column.align);
      return column.importance && cell !== '' ? styles.importance(text) : styles.dim(text);
    });
    const first = fitWidth([pad(entry.title, titleWidth, ellipsis), ...cells].join(GAP), width, ellipsis);
    // The dateline, then the first line of the summary.
    const about = [entry.dateline, entry.summary].filter((part) => part !== '').join(` ${dot} `);
    const second = about === '' ? '' : styles.dim(fitWidth(`  ${about}`, width, ellipsis));
    return { key: `${start + i}:${entry.file}`, first, second, selected: start + i === position };
  });
  const empty =
    rows.length === 0 ? `No briefing's title or file name holds "${filter}". Esc clears the filter.` : '';
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height - layout.footer.height}>
      <Text wrap="truncate-end">{fitWidth(title, layout.pickerTitle.width, ellipsis)}</Text>
      <Text> </Text>
      {empty === '' ? null : (
        <Text wrap="truncate-end">{styles.dim(fitWidth(empty, layout.width, ellipsis))}</Text>
      )}
      {lines.map(({ key, first, second, selected }) => {
        const label = selected ? styles.inverse(first) : first;
        // ink-select-input's indicator draws a Unicode pointer whatever the session's locale: ASCII
        // sessions get our own marker instead.
        const top =
          styles.symbols.marker === '>' ? (
            <Text wrap="truncate-end">{`${selected ? '>' : ' '} ${label}`}</Text>
          ) : (
            <Box>
              <Indicator isSelected={selected} />
              <Item isSelected={selected} label={label} />
            </Box>
          );
        return (
          <Box key={key} flexDirection="column">
            {top}
            <Text wrap="truncate-end">{`  ${second === '' ? ' ' : second}`}</Text>
          </Box>
        );
      })}
    </Box>
  );
}
