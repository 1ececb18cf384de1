/**
 * Taking over a terminal for a full-screen session and giving it back. Transport-agnostic: it
 * writes only to the stdout it is given and touches only that stdin's raw mode, so the same code
 * serves a local tty and an SSH channel.
 */
import { clearScreen, cursorHome, enterAlternateScreen, hideCursor, restoreSequence } from './screen.js';

/** The input side of a terminal, as far as a session needs it. SSH channels fake these members. */
export interface TerminalInput {
  readonly isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** The output side of a terminal. */
export interface TerminalOutput {
  write(chunk: string): unknown;
}

/** Streams for {@link createTerminalSession}. */
export interface TerminalSessionIo {
  readonly stdin: TerminalInput;
  readonly stdout: TerminalOutput;
  /** Called once, after the terminal has been restored. */
  readonly onExit?: () => void;
}

/** A terminal taken over by {@link createTerminalSession}. */
export interface TerminalSession {
  /**
   * Leaves the alternate screen, shows the cursor, resets attributes and reporting modes, and
   * turns raw mode off. Idempotent: only the first call does anything. Never throws, because it
   * runs from crash and signal handlers where a second error would hide the first.
   */
  restore(): void;
  /** Whether {@link TerminalSession.restore} has run. */
  readonly restored: boolean;
}

/**
 * Switches the terminal behind `io` to a clear alternate screen, cursor hidden at the top-left
 * corner, and returns
 * the handle that puts it back.
 */
export function createTerminalSession(io: TerminalSessionIo): TerminalSession {
  const { stdin, stdout, onExit } = io;
  let restored = false;
  // Mode 1049 keeps the cursor where the shell left it, and Ink draws from the cursor down, so
  // the frame would start part-way down the screen: clear (for terminals whose 1049 does not)
  // and go to the top-left corner.
  stdout.write(enterAlternateScreen() + clearScreen() + cursorHome() + hideCursor());

  return {
    get restored() {
      return restored;
    },
    restore() {
      if (restored) return;
      restored = true;
      // Each step on its own: a stream that is already closed must not stop the others.
      attempt(() => stdout.write(restoreSequence()));
      // `isRaw` is undefined on streams that do not track it (SSH channels): turn it off anyway,
      // since turning raw mode off twice is harmless and leaving it on is not.
      if (stdin.isRaw !== false) attempt(() => stdin.setRawMode?.(false));
      if (onExit) attempt(onExit);
    },
  };
}

function attempt(step: () => unknown): void {
  try {
    step();
  } catch {
    // Best effort: see TerminalSession.restore.
  }
}
