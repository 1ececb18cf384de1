import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { HelpSection } from '../input/help.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link HelpOverlay}. */
export interface HelpOverlayProps {
  /** Generated from the keymap (`helpSections`), never written by hand. */
  readonly sections: readonly HelpSection[];
  readonly width: number;
  /** Width of the title row. */
  readonly titleWidth: number;
  /** Rows of help lines below the title. */
  readonly rows: number;
  readonly styles: UiStyles;
}

/** The help lines of every section: a bold title, then `keys  what they do`, keys aligned. */
export function helpLines(sections: readonly HelpSection[], styles: UiStyles): string[] {
  const keyWidth = Math.min(
    24,
    Math.max(0, ...sections.flatMap((s) => s.rows.map((r) => stringWidth(r.keys)))),
  );
  const lines: string[] = [];
  for (const section of sections) {
    if (lines.length > 0) lines.push('');
    lines.push(styles.bold(section.title));
    for (const row of section.rows) {
      const keys = row.keys + ' '.repeat(Math.max(1, keyWidth - stringWidth(row.keys) + 1));
      lines.push(`  ${styles.accent(keys)} ${row.help}`);
    }
  }
  return lines;
}

/**
 * The key help, filling the screen in as many columns as the width allows (two from 80 columns), so
 * that every binding shows at 120x40 and the active ones at 80x24.
 */
export function HelpOverlay({ sections, width, titleWidth, rows, styles }: HelpOverlayProps) {
  const title = `${styles.bold('Keys')}  ${styles.dim('any key closes this help')}`;
  const lines = helpLines(sections, styles);
  const columns = width >= 80 ? 2 : 1;
  const columnWidth = Math.floor((width - (columns - 1) * 2) / columns);
  const shown: string[] = [];
  for (let row = 0; row < rows; row++) {
    const cells: string[] = [];
    for (let column = 0; column < columns; column++) {
      cells.push(fitWidth(lines[column * rows + row] ?? '', columnWidth, styles.symbols.ellipsis));
    }
    shown.push(cells.join('  '));
  }
  if (lines.length > rows * columns) {
    shown[rows - 1] = fitWidth(
      styles.dim(`${styles.symbols.ellipsis} more: widen the terminal to see every key`),
      width,
    );
  }
  return (
    <Box flexDirection="column" width={width} height={rows + 1}>
      <Text wrap="truncate-end">{fitWidth(title, titleWidth)}</Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, not identities.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
