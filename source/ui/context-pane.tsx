import { Box, Text } from 'ink';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link ContextPane}. */
export interface ContextPaneProps {
  readonly title: string;
  readonly lines: readonly string[];
  readonly width: number;
  /** Rows below the title. */
  readonly rows: number;
  readonly styles: UiStyles;
}

/** Beside the reader on wide screens: what the open item connects to, read-only. */
export function ContextPane({ title, lines, width, rows, styles }: ContextPaneProps) {
  const shown = lines.slice(0, rows);
  while (shown.length < rows) shown.push('');
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">{fitWidth(styles.dim(title), width, styles.symbols.ellipsis)}</Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
