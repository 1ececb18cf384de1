import { Box, Text } from 'ink';
import { Indicator, Item } from 'ink-select-input';
import type { ReducerContext } from '../state/context.js';
import { pickerRows, pickerWindow } from '../state/selectors.js';
import type { AppState } from '../state/state.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link PickerScreen}. */
export interface PickerScreenProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

/**
 * The library: one row per briefing with its title, date and dateline. Rows are drawn with
 * ink-select-input's `Indicator` and `Item`, so the picker looks like every Ink select; the selection
 * itself lives in the reducer, so the keys stay those of the keymap.
 */
export function PickerScreen({ ctx, state, styles }: PickerScreenProps) {
  const layout = ctx.layout(state.viewport);
  const rows = pickerRows(ctx);
  const { start, end } = pickerWindow(ctx, state);
  const selected = state.picker.selection;
  const title = `${styles.accent('Briefings')} ${styles.dim(`(${rows.length})`)}`;
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height - layout.footer.height}>
      <Text wrap="truncate-end">{fitWidth(title, layout.pickerTitle.width)}</Text>
      <Text> </Text>
      {rows.slice(start, end).map((row, i) => {
        const index = start + i;
        const isSelected = index === selected;
        const facts = row.facts.join(` ${styles.symbols.dot} `);
        const label = fitWidth(
          `${row.title}${facts === '' ? '' : styles.dim(`  ${facts}`)}`,
          layout.pickerList.width,
          styles.symbols.ellipsis,
        );
        const shown = isSelected ? styles.inverse(label) : label;
        // ink-select-input's indicator draws a Unicode pointer whatever the session's locale: ASCII
        // sessions get our own marker instead.
        return styles.symbols.marker === '>' ? (
          <Text key={`${index}:${row.title}`} wrap="truncate-end">
            {`${isSelected ? '>' : ' '} ${shown}`}
          </Text>
        ) : (
          <Box key={`${index}:${row.title}`}>
            <Indicator isSelected={isSelected} />
            <Item isSelected={isSelected} label={shown} />
          </Box>
        );
      })}
    </Box>
  );
}
