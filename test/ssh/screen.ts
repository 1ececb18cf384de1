/**
 * A client's screen for SSH tests: the bytes of an ssh2 channel fed into the tests' headless
 * terminal (test/harness/screen.ts), read back as the rows a person would see.
 */
import type { ClientChannel } from 'ssh2';
import { createScreen } from '../harness/screen.js';

/** What the client's terminal shows. */
export interface ChannelScreen {
  /** The visible rows, trailing blanks trimmed, joined with '\n'. */
  text(): string;
  /** Row `n` (0-based); '' past the bottom. */
  line(n: number): string;
  /** The last visible row (the reader's footer). */
  footer(): string;
  /** Every byte received so far, for escape-sequence assertions. */
  raw(): string;
  /** Whether the alternate screen buffer is shown. */
  isAlternateScreen(): boolean;
  /** Window titles the server set (OSC 0/2); none is expected. */
  readonly titles: readonly string[];
  /** Resizes the emulator and tells the server (`window-change`). */
  resize(columns: number, rows: number): void;
  /**
   * Resolves once `predicate(text)` holds, checked now and after each chunk has been parsed;
   * rejects with the screen after `timeoutMs`, or as soon as the channel closed without it.
   */
  waitFor(predicate: (text: string) => boolean, what: string, timeoutMs?: number): Promise<void>;
}

/** Starts showing `channel` on a `columns` × `rows` headless terminal. */
export function watchScreen(channel: ClientChannel, columns: number, rows: number): ChannelScreen {
  const screen = createScreen({ columns, rows, scrollback: 0 });
  let raw = '';
  channel.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    raw += text;
    screen.write(text);
  });
  // Everything written before the close is parsed first.
  channel.on('close', () => void screen.end());

  return {
    text: () => screen.text(),
    line: (n) => screen.line(n),
    footer: () => screen.rows().at(-1) ?? '',
    raw: () => raw,
    isAlternateScreen: () => screen.isAlternateScreen(),
    titles: screen.titles,
    resize(newColumns, newRows) {
      screen.resize(newColumns, newRows);
      channel.setWindow(newRows, newColumns, 0, 0);
    },
    waitFor: (predicate, what, timeoutMs = 5000) =>
      screen.waitFor(predicate, what, {
        timeoutMs,
        gaveUp: () => (screen.ended ? 'the channel closed' : undefined),
      }),
  };
}
