/**
 * End-to-end harness: runs the built CLI (or any command) in a real pseudo-terminal, with a
 * headless xterm as the screen, so a test types keys and reads what a person would see.
 *
 * The child gets a clean, predictable terminal: TERM=xterm-256color, a UTF-8 locale, none of
 * the host's CI or terminal-identity variables, and its own HOME and XDG directories, so saved
 * reading positions never leak between runs (pass `home` to share one across runs on purpose).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IPty, spawn } from 'node-pty';
import { onTestFinished } from 'vitest';
import { childEnv as cleanEnv } from '../harness/child-env.js';
import { createScreen } from '../harness/screen.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_TIMEOUT_MS = 5_000;

/** A program running in a pty, seen through a terminal emulator. */
export interface PtyRun {
  /**
   * The visible screen: every row, top to bottom, trailing spaces trimmed, joined with '\n'.
   * Output arrives in chunks, so wait for the last thing you assert on, not an earlier line.
   */
  screen(): string;
  /** Row `n` of the visible screen, 0-based; '' past the bottom. */
  line(n: number): string;
  /**
   * How the first cell of the first visible occurrence of `text` is drawn, or undefined when the
   * screen does not show it. Columns are cells, so text after a wide character is still found.
   */
  styleOf(text: string): CellStyle | undefined;
  /**
   * The runs of text drawn with `attribute` on rows `from` to `to` (inclusive, 0-based; the whole
   * screen by default), top to bottom, each run trimmed.
   */
  runsWith(attribute: keyof CellStyle, from?: number, to?: number): string[];
  /**
   * Where the first run drawn with `attribute` on rows `from` to `to` starts (row, and column in cells)
   * and its text, trimmed; undefined when there is none. Two runs of the same text are told apart by it.
   */
  firstRunWith(
    attribute: keyof CellStyle,
    from?: number,
    to?: number,
  ): { row: number; column: number; text: string } | undefined;
  /** Sends raw bytes as if typed: see {@link keys}. */
  write(keys: string): void;
  /** Resizes the pty (the child gets SIGWINCH) and the emulator together. */
  resize(cols: number, rows: number): void;
  /**
   * Resolves once `predicate(screen)` holds, checked now and after each chunk of output has been
   * parsed. Rejects with `description` and the current screen on timeout, or as soon as the
   * program has exited without it holding.
   */
  waitFor(predicate: (screen: string) => boolean, description: string, timeoutMs?: number): Promise<void>;
  /** {@link PtyRun.waitFor} for text (or a pattern) on the screen. */
  waitForText(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves when the program has exited and all its output is on the screen. */
  exited(): Promise<{ exitCode: number; signal?: number }>;
  /** Every byte the program wrote, for escape-sequence assertions. */
  raw(): string;
  /** Whether the emulator shows the alternate screen buffer. */
  isAlternateScreen(): boolean;
  /** Whether the text cursor is shown (DECTCEM, `CSI ?25h/l`). */
  cursorVisible(): boolean;
  /** Sends a signal to the program (node-pty's default, SIGHUP, is what closing a terminal window sends). */
  kill(signal?: string): void;
  /** The HOME of this run; its XDG directories are `.config`, `.local/share`, `.local/state`, `.cache` under it. */
  readonly home: string;
}

/** The attributes of one cell, as the terminal draws it. */
export interface CellStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly inverse: boolean;
  /** A foreground colour other than the default. */
  readonly coloured: boolean;
}

/** Options for {@link runInPty}. */
export interface PtyOptions {
  cols?: number;
  rows?: number;
  /** Added to the child's environment after the clean-up; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Run this program with `args` instead of `node bin/briefing.js ...args`. */
  command?: string;
  /**
   * Measure characters on the screen as the program does (string-width: most emoji two columns), not by
   * xterm.js's Unicode 6; for documents whose emoji would otherwise put the two out of step.
   */
  measure?: 'string-width';
  /** An existing directory to use as HOME (not deleted afterwards); a fresh temp dir otherwise. */
  home?: string;
  /**
   * The test's own `onTestFinished` (from its context), which kills the program when the test ends.
   * Needed in `describe.concurrent`, where the imported one belongs to whichever test is current.
   */
  onTestFinished?: (cleanup: () => void) => void;
}

/** Bytes a terminal sends for common keys (normal cursor-key mode, as Ink leaves it). */
export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  home: '\u001B[H',
  end: '\u001B[F',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlU: '\u0015',
  backspace: '\u007F',
} as const;

/**
 * Starts `node bin/briefing.js ...args` (build it first: `npm test` does in `pretest`), or
 * `command ...args`, in a pty. Inside a vitest test the program is killed and its temp HOME
 * removed when the test finishes, pass or fail.
 */
export function runInPty(args: readonly string[], options: PtyOptions = {}): PtyRun {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const ownHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'briefing-pty-'));
  const env = childEnv(home, options.env ?? {});

  const screen = createScreen({
    columns: cols,
    rows,
    ...(options.measure === undefined ? {} : { measure: options.measure }),
  });

  const command = options.command ?? process.execPath;
  const argv = options.command === undefined ? [join(root, 'bin', 'briefing.js'), ...args] : [...args];
  const child: IPty = spawn(command, argv, {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: options.cwd ?? root,
    env,
  });

  let output = '';
  let exit: { exitCode: number; signal?: number } | undefined;
  child.onData((data) => {
    output += data;
    screen.write(data);
  });
  const exitPromise = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      exit = signal ? { exitCode, signal } : { exitCode };
      const exited = exit;
      // node-pty reports exit only after the pty has drained; the screen ends once xterm has parsed
      // everything before it.
      void screen.end().then(() => resolve(exited));
    });
  });

  const terminal = screen.terminal;

  /** Row `y` of the viewport as text, with the cell each character of the text is drawn in. */
  const cellsOf = (y: number): { text: string; cells: number[] } => {
    const buffer = terminal.buffer.active;
    const line = buffer.getLine(buffer.viewportY + y);
    let text = '';
    const cells: number[] = [];
    for (let x = 0; x < terminal.cols; x++) {
      const cell = line?.getCell(x);
      if (cell === undefined || cell.getWidth() === 0) continue;
      const chars = cell.getChars() || ' ';
      for (let i = 0; i < chars.length; i++) cells.push(x);
      text += chars;
    }
    return { text, cells };
  };
  const styleAt = (y: number, x: number): CellStyle => {
    const buffer = terminal.buffer.active;
    const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
    if (cell === undefined)
      return { bold: false, italic: false, underline: false, inverse: false, coloured: false };
    return {
      bold: cell.isBold() !== 0,
      italic: cell.isItalic() !== 0,
      underline: cell.isUnderline() !== 0,
      inverse: cell.isInverse() !== 0,
      coloured: !cell.isFgDefault(),
    };
  };
  const styleOf = (text: string): CellStyle | undefined => {
    for (let y = 0; y < terminal.rows; y++) {
      const row = cellsOf(y);
      const at = row.text.indexOf(text);
      if (at >= 0) return styleAt(y, row.cells[at] ?? 0);
    }
    return undefined;
  };
  const runsWith = (attribute: keyof CellStyle, from = 0, to = terminal.rows - 1): string[] => {
    const runs: string[] = [];
    for (let y = Math.max(0, from); y <= Math.min(to, terminal.rows - 1); y++) {
      const row = cellsOf(y);
      let run = '';
      for (let i = 0; i <= row.text.length; i++) {
        const x = row.cells[i];
        if (x !== undefined && styleAt(y, x)[attribute]) {
          run += row.text[i];
        } else if (run.trim() !== '') {
          runs.push(run.trim());
          run = '';
        } else {
          run = '';
        }
      }
    }
    return runs;
  };

  const firstRunWith = (
    attribute: keyof CellStyle,
    from = 0,
    to = terminal.rows - 1,
  ): { row: number; column: number; text: string } | undefined => {
    for (let y = Math.max(0, from); y <= Math.min(to, terminal.rows - 1); y++) {
      const row = cellsOf(y);
      let start = -1;
      for (let i = 0; i <= row.text.length; i++) {
        const x = row.cells[i];
        const styled = x !== undefined && styleAt(y, x)[attribute];
        if (styled && start < 0) start = i;
        if (!styled && start >= 0) {
          const text = row.text.slice(start, i).trim();
          if (text !== '') return { row: y, column: row.cells[start] ?? 0, text };
          start = -1;
        }
      }
    }
    return undefined;
  };

  const waitFor = (
    predicate: (text: string) => boolean,
    description: string,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ) =>
    screen.waitFor(predicate, description, {
      timeoutMs,
      gaveUp: () => (screen.ended && exit ? `program exited (code ${exit.exitCode})` : undefined),
    });

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    if (!exit) {
      try {
        child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (ownHome) rmSync(home, { recursive: true, force: true });
  };
  try {
    (options.onTestFinished ?? onTestFinished)(dispose);
  } catch {
    // Not inside a test (a script or a hook): the caller kills the program.
  }

  return {
    home,
    screen: () => screen.text(),
    line: (n) => screen.line(n),
    styleOf,
    runsWith,
    firstRunWith,
    write: (data) => child.write(data),
    resize: (newCols, newRows) => {
      child.resize(newCols, newRows);
      screen.resize(newCols, newRows);
    },
    waitFor,
    waitForText: (text, timeoutMs) =>
      waitFor(
        (current) => (typeof text === 'string' ? current.includes(text) : text.test(current)),
        `text ${typeof text === 'string' ? JSON.stringify(text) : String(text)}`,
        timeoutMs,
      ),
    exited: () => exitPromise,
    raw: () => output,
    isAlternateScreen: () => screen.isAlternateScreen(),
    cursorVisible: () => screen.cursorVisible(),
    kill: (signal) => {
      if (exit) return;
      try {
        child.kill(signal);
      } catch {
        // It exited before its exit was reported.
      }
    },
  };
}

/** The clean child environment the benchmark uses too (no CI, no host colour or terminal identity), plus `extra`. */
function childEnv(home: string, extra: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string | undefined> = { ...cleanEnv(home), USERPROFILE: home, ...extra };
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) clean[name] = value;
  return clean;
}

/** The footer: the screen's last row (the position, the search, the key hints). */
export const footerOf = (screen: string): string => screen.split('\n').at(-1) ?? '';

/**
 * A briefing with a summary or players opens on its overview; `1` shows the sections list from there.
 * Waits for each, so the next key lands on the list.
 */
export async function openSections(run: PtyRun, count = 7): Promise<void> {
  await run.waitFor((s) => footerOf(s).startsWith('Overview'), 'the overview');
  run.write('1');
  await run.waitFor((s) => footerOf(s).startsWith(`Sections 1/${count}`), 'the sections list');
}
