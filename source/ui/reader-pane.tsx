import { Box, Text } from 'ink';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link ReaderPane}. */
export interface ReaderPaneProps {
  readonly title: string;
  /** What kind of item it is: `Section`, `Player`, ... */
  readonly kind: string;
  /** The styled lines in view, already highlighted. */
  readonly lines: readonly string[];
  readonly width: number;
  /** Rows of text below the title row. */
  readonly rows: number;
  readonly focused: boolean;
  readonly styles: UiStyles;
}

/** The reader: the item's title, then only the lines in view (never the whole document). */
export function ReaderPane({ title, kind, lines, width, rows, focused, styles }: ReaderPaneProps) {
  const heading = `${styles.dim(`${kind} ${styles.symbols.dot} `)}${styles.bold(title)}`;
  const shown = lines.slice(0, rows);
  while (shown.length < rows) shown.push('');
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        {fitWidth(focused ? styles.underline(heading) : heading, width, styles.symbols.ellipsis)}
      </Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
