/**
 * One plain-mode session over a pair of streams: read whole lines, answer each by appending text.
 * Lines come through Node's `readline` with `terminal: false`, so the terminal stays in its normal
 * (cooked) mode and its own line editor, the one screen readers and braille displays know, does the
 * editing and echoing; nothing here sets raw mode, moves the cursor or switches screens.
 */

import { createInterface } from 'node:readline';
import type { LibraryContext } from '../state/context.js';
import { parseCommand } from './commands.js';
import { formatOutput, type PlainView } from './format.js';
import { initialPlainState, type PlainState, runCommand } from './state.js';

/** The streams and settings of one session. */
export interface PlainIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Columns to wrap to, asked before each reply, so a resize applies from the next one on. */
  readonly width: () => number;
  readonly theme: PlainView['theme'];
  /** Write each command after the prompt, for input the terminal does not echo (commands from a pipe). */
  readonly echo?: boolean;
}

/** A running session. */
export interface PlainSession {
  /** Resolves when the reader quits, the input ends (Ctrl-D) or `close` is called. */
  readonly done: Promise<void>;
  /** Ends the session (Ctrl-C arrives as a signal, which the caller owns). */
  close(): void;
}

/** A state and the text that reaching it prints. */
export interface PlainReply {
  readonly state: PlainState;
  readonly text: string;
}

/** The prompt after each reply: short, so a screen reader says little before the cursor. */
export const PLAIN_PROMPT = '> ';

// SGR (colour, when asked for) is the only escape the plain mode writes; tab and newline the only controls.
const UNSAFE_OR_SGR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /\u001b\[[0-9;:]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes every control character but tab and newline, and every escape sequence but SGR styling
 * (which goes too at colour level 0). The model is sanitised when it is loaded; this keeps the promise
 * even for text that never passed through it, such as a line the person typed and we echo.
 */
export function terminalSafe(text: string, colorLevel: number): string {
  return text.replace(UNSAFE_OR_SGR, (match) => (colorLevel > 0 && match.length > 1 ? match : ''));
}

/** The opening text: a briefing's title and panels, or the list of briefings. */
export function openingReply(ctx: LibraryContext, view: PlainView): PlainReply {
  const { state, output } = initialPlainState(ctx);
  return { state, text: terminalSafe(formatOutput(ctx, state, output, view), view.theme.colorLevel) };
}

/** Answers one line of input: pure, so a whole session can be replayed without a terminal. */
export function replyTo(ctx: LibraryContext, state: PlainState, line: string, view: PlainView): PlainReply {
  const next = runCommand(ctx, state, parseCommand(line));
  const text = formatOutput(ctx, next.state, next.output, view);
  return { state: next.state, text: terminalSafe(text, view.theme.colorLevel) };
}

/** Starts a session: prints the opening and the prompt, then answers each line until quit or end of input. */
export function startPlainSession(io: PlainIo, ctx: LibraryContext): PlainSession {
  const view = (): PlainView => ({ width: io.width(), theme: io.theme });
  const lines = createInterface({ input: io.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const write = (text: string): void => {
    if (text !== '') io.output.write(text);
  };

  const opening = openingReply(ctx, view());
  let state = opening.state;
  let closed = false;
  write(`${opening.text}\n${PLAIN_PROMPT}`);

  const done = new Promise<void>((resolve) => {
    lines.on('close', () => {
      closed = true;
      // The cursor sits after the prompt: end that line, so whatever comes next starts clean.
      write('\n');
      resolve();
    });
  });

  lines.on('line', (line) => {
    // readline may still hand over lines it had already split when the reader quit.
    if (closed || state.done) return;
    if (io.echo === true) write(`${terminalSafe(line, 0)}\n`);
    const reply = replyTo(ctx, state, line, view());
    state = reply.state;
    if (state.done) {
      write(reply.text);
      lines.close();
      return;
    }
    // A blank line between a reply and the last command keeps replies apart when read back.
    write(`\n${reply.text}\n${PLAIN_PROMPT}`);
  });

  return {
    done,
    close: () => {
      if (!closed) lines.close();
    },
  };
}
