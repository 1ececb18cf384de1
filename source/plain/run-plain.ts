/**
 * `--plain` on a terminal: the linear reader for screen readers, on this process's streams. This is
 * the plain mode's edge, the one module of it that reads `process`; ./session.ts takes any streams.
 */

import type { Briefing } from '../domain/types.js';
import type { Theme } from '../render/theme.js';
import { createLibraryContext } from '../state/library.js';
import { chooseStart } from '../state/session.js';
import { detectTerminal } from '../terminal/detect.js';
import { startPlainSession } from './session.js';

/** Wider lines are hard to follow, on a braille display as on a screen. */
const PLAIN_MAX_WIDTH = 100;

/** What the plain mode takes from the command line. */
export interface PlainOptions {
  /** `--color`: the plain mode writes colour only when it is `always`. */
  readonly color: 'auto' | 'always' | 'never';
  /** `--width`: wrap to this many columns instead of the terminal's width capped at 100. */
  readonly width?: number;
}

/**
 * Runs the plain reader until `q`, Ctrl-D (end of input) or Ctrl-C, and returns the exit code: 0.
 * Ctrl-C quits like `q`: the terminal is never taken over, so there is nothing to restore.
 */
export async function runPlain(briefings: readonly Briefing[], options: PlainOptions): Promise<number> {
  const { stdin, stdout } = process;
  // Colour only on request: styling means nothing to a screen reader, and some read the codes out.
  const colorLevel =
    options.color === 'always' ? detectTerminal(process.env, stdout, { color: 'always' }).colorLevel : 0;
  const theme: Theme = { colorLevel, ascii: true, hyperlinks: false };
  const width = () => options.width ?? Math.min(PLAIN_MAX_WIDTH, stdout.columns > 0 ? stdout.columns : 80);
  // Listening before the session prints its first line: a Ctrl-C typed as soon as it shows would
  // otherwise meet the signal's default action and end the process by the signal.
  let interrupted = false;
  let close = () => {
    interrupted = true;
  };
  const interrupt = () => close();
  process.on('SIGINT', interrupt);
  const session = startPlainSession(
    { input: stdin, output: stdout, width, theme, echo: stdin.isTTY !== true },
    chooseStart(createLibraryContext(briefings)).shared,
  );
  close = () => session.close();
  if (interrupted) session.close();
  try {
    await session.done;
  } finally {
    process.off('SIGINT', interrupt);
  }
  return 0;
}
