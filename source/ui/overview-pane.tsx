import { Box, Text } from 'ink';

/** Props of {@link OverviewPane}. */
export interface OverviewPaneProps {
  /** The overview's styled lines in view, links marked. */
  readonly lines: readonly string[];
  readonly width: number;
  readonly rows: number;
}

/** The briefing at a glance, across the body: only the lines in view. */
export function OverviewPane({ lines, width, rows }: OverviewPaneProps) {
  const shown = lines.slice(0, rows);
  while (shown.length < rows) shown.push('');
  return (
    <Box flexDirection="column" width={width} height={rows}>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
