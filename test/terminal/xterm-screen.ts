/**
 * A headless xterm to feed bytes into and read back cell by cell: text, width, foreground colour
 * and boldness, for tests that check what a terminal would show.
 *
 * xterm.js measures characters by Unicode 6, where most emoji are one column; the app measures
 * them with string-width (two columns). The screen registers a provider that agrees with
 * string-width for single code points, so the test compares the writer with a terminal that
 * measures as the app does.
 */
import xterm from '@xterm/headless';
import stringWidth from 'string-width';

/** What one cell shows. A blank cell reads as a single space whether erased or never written. */
export interface ScreenCell {
  readonly chars: string;
  readonly width: number;
  /** Foreground colour: `default` or the palette index. */
  readonly fg: string;
  readonly bold: boolean;
}

/** A headless terminal and ways to read it. */
export interface TestScreen {
  readonly terminal: xterm.Terminal;
  /** Writes `data` and resolves when it has been parsed. */
  feed(data: string): Promise<void>;
  /** Every cell of the visible screen, row by row. */
  cells(): ScreenCell[][];
  /** The visible rows as text, trailing blanks trimmed. */
  text(): string[];
  /** Rows pushed into scrollback so far: 0 as long as nothing scrolled the screen. */
  scrolledOff(): number;
}

const WIDE_VERSION = 'string-width';

function propertyValue(width: number, shouldJoin: boolean): number {
  // The packing xterm.js's UnicodeService uses: (kind << 3) | (width << 1) | join.
  return ((width & 3) << 1) | (shouldJoin ? 1 : 0);
}

const stringWidthProvider = {
  version: WIDE_VERSION,
  wcwidth(codepoint: number): 0 | 1 | 2 {
    const width = stringWidth(String.fromCodePoint(codepoint));
    return width >= 2 ? 2 : width === 1 ? 1 : 0;
  },
  charProperties(codepoint: number, preceding: number): number {
    let width: number = stringWidthProvider.wcwidth(codepoint);
    let shouldJoin = width === 0 && preceding !== 0;
    if (shouldJoin) {
      const before = (preceding >> 1) & 3;
      if (before === 0) shouldJoin = false;
      else if (before > width) width = before;
    }
    return propertyValue(width, shouldJoin);
  },
};

/** Creates a `columns` × `rows` headless terminal that measures characters like string-width. */
export function createTestScreen(columns: number, rows: number): TestScreen {
  const terminal = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 100 });
  terminal.unicode.register(stringWidthProvider);
  terminal.unicode.activeVersion = WIDE_VERSION;
  const buffer = () => terminal.buffer.active;
  return {
    terminal,
    feed: (data) => new Promise((resolve) => terminal.write(data, resolve)),
    cells() {
      const result: ScreenCell[][] = [];
      for (let y = 0; y < terminal.rows; y++) {
        const line = buffer().getLine(buffer().baseY + y);
        const row: ScreenCell[] = [];
        for (let x = 0; x < terminal.cols; x++) {
          const cell = line?.getCell(x);
          if (cell === undefined) {
            row.push({ chars: ' ', width: 1, fg: 'default', bold: false });
            continue;
          }
          row.push({
            chars: cell.getChars() === '' && cell.getWidth() === 1 ? ' ' : cell.getChars(),
            width: cell.getWidth(),
            fg: cell.isFgDefault() ? 'default' : String(cell.getFgColor()),
            bold: cell.isBold() !== 0,
          });
        }
        result.push(row);
      }
      return result;
    },
    text() {
      const result: string[] = [];
      for (let y = 0; y < terminal.rows; y++) {
        result.push(
          buffer()
            .getLine(buffer().baseY + y)
            ?.translateToString(true) ?? '',
        );
      }
      return result;
    },
    scrolledOff: () => buffer().baseY,
  };
}
