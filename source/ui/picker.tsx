import { Box, Text } from 'ink';
import { Indicator, Item } from 'ink-select-input';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** One briefing in the picker. */
export interface PickerEntry {
  readonly title: string;
  readonly date: string | undefined;
  readonly dateline: string;
}

/** Props of {@link Picker}. */
export interface PickerProps {
  readonly entries: readonly PickerEntry[];
  readonly selected: number;
  readonly width: number;
  readonly height: number;
  readonly styles: UiStyles;
}

/**
 * The library: one row per briefing with its title, date and dateline. Rows are drawn with
 * ink-select-input's `Indicator` and `Item`, so the picker looks like every Ink select; the selection
 * itself lives in the reducer, so the keys stay those of the keymap.
 */
export function Picker({ entries, selected, width, height, styles }: PickerProps) {
  const rows = Math.max(1, height - 2);
  const start = Math.max(0, Math.min(selected - Math.floor(rows / 2), entries.length - rows));
  const visible = entries.slice(start, start + rows);
  const itemWidth = Math.max(1, width - 2);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        {fitWidth(`${styles.accent('Briefings')} ${styles.dim(`(${entries.length})`)}`, width)}
      </Text>
      <Text> </Text>
      {visible.map((entry, i) => {
        const index = start + i;
        const isSelected = index === selected;
        const facts = [entry.date, entry.dateline].filter(Boolean).join(` ${styles.symbols.dot} `);
        const label = fitWidth(
          `${entry.title}${facts ? styles.dim(`  ${facts}`) : ''}`,
          itemWidth,
          styles.symbols.ellipsis,
        );
        const shown = isSelected ? styles.inverse(label) : label;
        // ink-select-input's indicator draws a Unicode pointer whatever the session's locale: ASCII
        // sessions get our own marker instead.
        return styles.symbols.marker === '>' ? (
          <Text key={`${index}:${entry.title}`} wrap="truncate-end">
            {`${isSelected ? '>' : ' '} ${shown}`}
          </Text>
        ) : (
          <Box key={`${index}:${entry.title}`}>
            <Indicator isSelected={isSelected} />
            <Item isSelected={isSelected} label={shown} />
          </Box>
        );
      })}
    </Box>
  );
}
