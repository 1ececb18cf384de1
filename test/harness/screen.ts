/**
 * The one headless terminal of the tests: output fed into @xterm/headless, read back as a person
 * would see it (rows of text, or cells with their width, colour and weight), with the modes a test
 * asks about (alternate screen, cursor shown) and a wait on what the screen shows.
 *
 * xterm.js measures characters by Unicode 6, where most emoji are one column; the app measures them
 * with string-width (two). With `measure: 'string-width'` the screen registers a provider that agrees
 * with string-width for single code points, so a test compares the app with a terminal that measures
 * as it does. Framework-free, like the rest of test/harness.
 */
import xterm from '@xterm/headless';
import stringWidth from 'string-width';
import { type WaitOptions, waitFor } from './wait.js';

/** What one cell shows. A blank cell reads as a single space whether erased or never written. */
export interface ScreenCell {
  readonly chars: string;
  readonly width: number;
  /** Foreground colour: `default` or the palette index. */
  readonly fg: string;
  readonly bold: boolean;
}

/** Options of {@link createScreen}. */
export interface ScreenOptions {
  readonly columns: number;
  readonly rows: number;
  /** Rows kept above the screen; 1000 by default. */
  readonly scrollback?: number;
  /** Measure characters as string-width does instead of by Unicode 6. */
  readonly measure?: 'string-width';
}

/** A headless terminal and the ways tests read it. */
export interface Screen {
  readonly terminal: xterm.Terminal;
  /** Feeds output; whoever waits on the screen hears of it once it is parsed. */
  write(data: string): void;
  /** Feeds output and resolves once it has been parsed. */
  feed(data: string): Promise<void>;
  /** Marks the end of the output (the program exited, the channel closed), once what came before is parsed. */
  end(): Promise<void>;
  /** Whether {@link Screen.end} has taken effect. */
  readonly ended: boolean;
  /** The visible rows, trailing blanks trimmed. */
  rows(): string[];
  /** The visible rows joined with '\n'. */
  text(): string;
  /** Row `n` (0-based); '' past the bottom. */
  line(n: number): string;
  /** Every cell of the visible screen, row by row. */
  cells(): ScreenCell[][];
  /** Rows pushed into scrollback so far: 0 as long as nothing scrolled the screen. */
  scrolledOff(): number;
  isAlternateScreen(): boolean;
  /** Whether the text cursor is shown (DECTCEM, `CSI ?25h/l`; a reset shows it again). */
  cursorVisible(): boolean;
  /** Window titles set (OSC 0/2). */
  readonly titles: readonly string[];
  resize(columns: number, rows: number): void;
  /**
   * Resolves once `predicate(text)` holds, checked now and after each write is parsed; rejects with
   * the screen after the timeout, or as soon as the output ended without it holding.
   */
  waitFor(
    predicate: (text: string) => boolean,
    what: string,
    options?: Pick<WaitOptions, 'timeoutMs' | 'gaveUp'>,
  ): Promise<void>;
}

const STRING_WIDTH = 'string-width';

const stringWidthProvider = {
  version: STRING_WIDTH,
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
    // The packing xterm.js's UnicodeService uses: (kind << 3) | (width << 1) | join.
    return ((width & 3) << 1) | (shouldJoin ? 1 : 0);
  },
};

/** Creates a `columns` × `rows` headless terminal. */
export function createScreen(options: ScreenOptions): Screen {
  const terminal = new xterm.Terminal({
    cols: options.columns,
    rows: options.rows,
    allowProposedApi: true,
    scrollback: options.scrollback ?? 1000,
  });
  if (options.measure === 'string-width') {
    terminal.unicode.register(stringWidthProvider);
    terminal.unicode.activeVersion = STRING_WIDTH;
  }
  const titles: string[] = [];
  terminal.onTitleChange((title) => titles.push(title));
  let cursorVisible = true;
  // The parser sees each sequence whole, however the output was split into chunks, and also when
  // several modes are set at once (`CSI ?1049;25h`); returning false lets xterm act too.
  const trackCursor = (visible: boolean) => (params: (number | number[])[]) => {
    if (params.includes(25)) cursorVisible = visible;
    return false;
  };
  terminal.parser.registerCsiHandler({ prefix: '?', final: 'h' }, trackCursor(true));
  terminal.parser.registerCsiHandler({ prefix: '?', final: 'l' }, trackCursor(false));
  // Full reset (RIS) and soft reset (DECSTR) both show the cursor again.
  terminal.parser.registerEscHandler({ final: 'c' }, () => {
    cursorVisible = true;
    return false;
  });
  terminal.parser.registerCsiHandler({ intermediates: '!', final: 'p' }, () => {
    cursorVisible = true;
    return false;
  });

  let ended = false;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const buffer = () => terminal.buffer.active;
  const rows = (): string[] => {
    const result: string[] = [];
    for (let y = 0; y < terminal.rows; y++) {
      result.push(
        buffer()
          .getLine(buffer().viewportY + y)
          ?.translateToString(true) ?? '',
      );
    }
    return result;
  };
  const text = (): string => rows().join('\n');

  return {
    terminal,
    write: (data) => terminal.write(data, notify),
    feed: (data) =>
      new Promise((resolve) =>
        terminal.write(data, () => {
          notify();
          resolve();
        }),
      ),
    end: () =>
      new Promise((resolve) =>
        terminal.write('', () => {
          ended = true;
          notify();
          resolve();
        }),
      ),
    get ended() {
      return ended;
    },
    rows,
    text,
    line: (n) => rows()[n] ?? '',
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
    scrolledOff: () => buffer().baseY,
    isAlternateScreen: () => buffer().type === 'alternate',
    cursorVisible: () => cursorVisible,
    titles,
    resize: (columns, newRows) => terminal.resize(columns, newRows),
    waitFor: (predicate, what, options = {}) =>
      waitFor(() => predicate(text()), what, {
        ...options,
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        gaveUp: () => options.gaveUp?.() ?? (ended ? 'the output ended' : undefined),
        context: () => `--- screen (${terminal.cols}x${terminal.rows}) ---\n${text()}\n---`,
      }),
  };
}
