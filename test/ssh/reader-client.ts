/**
 * A person's session against a `briefing serve` process for the abuse tests: the ssh2 client, a
 * pty, and a headless xterm showing what the reader draws.
 */
import { EventEmitter } from 'node:events';
import type { Client, ClientChannel } from 'ssh2';
import { connect, shell } from './helpers.js';
import { type ChannelScreen, watchScreen } from './screen.js';

/** The footer the reader shows first for content/abu-dhabi-talks.md. */
export const FIRST_FOOTER = /^Overview /;

/** An open reader session. */
export interface ReaderClient {
  readonly client: Client;
  readonly channel: ClientChannel;
  readonly screen: ChannelScreen;
  /** Milliseconds from the TCP connect to the first frame seen. */
  readonly firstFrameMs: number;
  /** The exit status, once the server sent one. */
  status(): number | undefined;
  /** Everything the server wrote to the channel's stderr (its one-line messages). */
  stderr(): string;
  /**
   * While on, output is counted but not shown on the screen (parsing a flood of frames would load
   * the test process, not the server). Turn it off before a resize: the frame after a resize is
   * painted in full, so the screen is whole again.
   */
  ignoreOutput(on: boolean): void;
  /** Bytes received on the channel's stdout so far. */
  received(): number;
  close(): void;
}

/**
 * Connects to 127.0.0.1:`port`, opens a shell with a `columns`×`rows` pty and waits for the
 * reader's first frame (its footer on the last row), at most `timeoutMs`.
 */
export async function openReader(
  port: number,
  { columns = 100, rows = 30, timeoutMs = 5000 } = {},
): Promise<ReaderClient> {
  const started = performance.now();
  const client = await connect(port, { readyTimeout: timeoutMs });
  try {
    const channel = await shell(client, { cols: columns, rows, term: 'xterm-256color' });
    let status: number | undefined;
    let stderr = '';
    channel.on('exit', (code: number | null) => {
      status = code ?? undefined;
    });
    channel.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // The screen reads a stand-in for the channel, so that output can be held back from it.
    let ignoring = false;
    let received = 0;
    const feed = new EventEmitter();
    channel.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (!ignoring) feed.emit('data', chunk);
    });
    channel.on('close', () => feed.emit('close'));
    const view = Object.assign(feed, {
      setWindow: (...size: Parameters<ClientChannel['setWindow']>) => channel.setWindow(...size),
    });
    const screen = watchScreen(view as unknown as ClientChannel, columns, rows);
    await screen.waitFor(() => FIRST_FOOTER.test(screen.footer()), 'the reader’s first frame', timeoutMs);
    return {
      client,
      channel,
      screen,
      firstFrameMs: performance.now() - started,
      status: () => status,
      stderr: () => stderr,
      ignoreOutput: (on) => {
        ignoring = on;
      },
      received: () => received,
      close: () => client.end(),
    };
  } catch (error) {
    client.destroy();
    throw error;
  }
}
