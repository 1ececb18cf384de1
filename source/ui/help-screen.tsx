import { Box, Text } from 'ink';
import { pad } from '../render/cells.js';
import type { HelpLine, ReducerContext } from '../state/context.js';
import { helpView } from '../state/selectors.js';
import type { AppState } from '../state/state.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link HelpScreen}. */
export interface HelpScreenProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

const INDENT = '  ';
const COLUMN_GAP = '   ';

function cell(line: HelpLine, width: number, keyWidth: number, styles: UiStyles): string {
  const { ellipsis } = styles.symbols;
  switch (line.kind) {
    case 'title':
      return styles.bold(pad(line.text, width, ellipsis));
    case 'blank':
      return ' '.repeat(width);
    case 'note':
      return styles.dim(pad(line.text, width, ellipsis));
    case 'row': {
      // Keys too wide for their column take a line of their own, the description under it.
      const keys = line.text === '' && line.keys !== '' ? line.keys : pad(line.keys, keyWidth, ellipsis);
      const rest = Math.max(0, width - INDENT.length - keys.length - 1);
      return `${INDENT}${styles.accent(keys)} ${pad(line.text, rest, ellipsis)}`;
    }
  }
}

/**
 * Every key, those of where you are first: descriptions wrapped, one column below 100 columns and two
 * above; scrolled with the reader's keys and filtered with `/`.
 */
export function HelpScreen({ ctx, state, styles }: HelpScreenProps) {
  const { layout, view, start, end } = helpView(ctx, state);
  const { help } = state;
  const filter = help.typing ? `/${help.filter}` : help.filter === '' ? '' : `/${help.filter}  (esc clears)`;
  const where = view.rows.length > end - start ? `  ${start + 1}-${end} of ${view.rows.length}` : '';
  const title = `${styles.bold('Keys')}${styles.dim(where)}  ${filter === '' ? styles.dim('/ filters') : filter}`;
  const lines = view.rows
    .slice(start, end)
    .map((row) => row.map((line) => cell(line, view.columnWidth, view.keyWidth, styles)).join(COLUMN_GAP));
  while (lines.length < layout.help.height) lines.push('');
  return (
    <Box flexDirection="column" width={layout.width} height={layout.help.height + layout.helpTitle.height}>
      <Text wrap="truncate-end">{fitWidth(title, layout.helpTitle.width, styles.symbols.ellipsis)}</Text>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line.trimEnd() === '' ? ' ' : fitWidth(line, layout.help.width, styles.symbols.ellipsis)}
        </Text>
      ))}
    </Box>
  );
}
