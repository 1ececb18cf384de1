/**
 * A client's screen for SSH tests: the bytes of an ssh2 channel fed into a headless xterm, read
 * back as the rows a person would see, with a wait on what the screen shows.
 */
import xterm from '@xterm/headless';
import type { ClientChannel } from 'ssh2';

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
  const terminal = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  const titles: string[] = [];
  terminal.onTitleChange((title) => titles.push(title));
  let raw = '';
  let closed = false;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  channel.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    raw += text;
    terminal.write(text, notify);
  });
  channel.on('close', () => {
    // Everything written before the close is parsed first.
    terminal.write('', () => {
      closed = true;
      notify();
    });
  });

  const text = (): string => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < terminal.rows; y++) {
      lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    }
    return lines.join('\n');
  };

  return {
    text,
    line: (n) => text().split('\n')[n] ?? '',
    footer: () => text().split('\n').at(-1) ?? '',
    raw: () => raw,
    isAlternateScreen: () => terminal.buffer.active.type === 'alternate',
    titles,
    resize(newColumns, newRows) {
      terminal.resize(newColumns, newRows);
      channel.setWindow(newRows, newColumns, 0, 0);
    },
    waitFor: (predicate, what, timeoutMs = 5000) =>
      new Promise<void>((resolve, reject) => {
        const settle = (error?: Error): void => {
          listeners.delete(check);
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        };
        const failure = (why: string): Error =>
          new Error(
            `${why} waiting for ${what}\n--- screen (${terminal.cols}x${terminal.rows}) ---\n${text()}\n---`,
          );
        const check = (): void => {
          if (predicate(text())) settle();
          else if (closed) settle(failure('the channel closed while'));
        };
        const timer = setTimeout(() => settle(failure(`timed out after ${timeoutMs} ms`)), timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}
