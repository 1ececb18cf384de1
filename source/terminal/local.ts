/**
 * Running the reader in the local terminal: take the screen, start the app, and give the
 * terminal back however the process ends (normal exit, a signal, or an error nobody caught).
 * This is the edge, so it reads `process`; nothing under source/ui may import it.
 */
import { constants } from 'node:os';
import { ExitCode } from '../domain/exit-codes.js';
import { isControl } from '../domain/terminal-safety.js';
import { detectTerminal, type TerminalChoices, type TerminalEnv, type TerminalInfo } from './detect.js';
import { createTerminalSession } from './session.js';

export {
  type ColorChoice,
  type ColorLevel,
  detectTerminal,
  type TerminalChoices,
  type TerminalInfo,
} from './detect.js';

/** What the app is started with. */
export interface LocalIo {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly terminal: TerminalInfo;
  /** Calls `listener` on every SIGWINCH, size changed or not; returns how to stop. */
  readonly watchResize: (listener: () => void) => () => void;
}

/** A running app; Ink's `render()` result fits. */
export interface LocalApp {
  waitUntilExit(): Promise<unknown>;
  unmount(): void;
}

/** The process-like host; `process` itself by default. */
export interface LocalHost {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: TerminalEnv;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  exit(code: number): void;
}

/** Options for {@link runLocal}. */
export interface RunLocalOptions {
  /** `--color` and `--ascii`, passed to {@link detectTerminal}. */
  readonly choices?: TerminalChoices;
  /** Where the streams, environment and process events come from; defaults to `process`. */
  readonly host?: LocalHost;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
const ERROR_EVENTS = ['uncaughtException', 'unhandledRejection'] as const;

/**
 * Takes over the local terminal (alternate screen, cursor hidden), starts the app and waits for it.
 *
 * Until the app exits, SIGTERM, SIGHUP and SIGINT (Ink reads Ctrl-C as a key in raw mode, but
 * `kill -INT` still arrives as a signal), uncaught exceptions and unhandled rejections each
 * unmount the app, restore the terminal exactly once and exit: 128 + the signal number for a
 * signal, {@link ExitCode.internal} for an error, printed after the restore so it lands on the
 * normal screen, as one line (the stack follows only when BRIEFING_DEBUG is set).
 *
 * @returns the exit code: 0 when the app exits normally, {@link ExitCode.internal} when it
 *   fails to start or its exit promise rejects (Ink does so for an error thrown while rendering).
 */
export async function runLocal(
  start: (io: LocalIo) => LocalApp,
  options: RunLocalOptions = {},
): Promise<number> {
  const host = options.host ?? process;
  const terminal = detectTerminal(host.env, host.stdout, options.choices);
  const session = createTerminalSession({ stdin: host.stdin, stdout: host.stdout });
  let app: LocalApp | undefined;
  let exitCode: number | undefined;

  // The one way out: `interrupted` is true when a handler cuts the app short, which must then be
  // unmounted first, so Ink writes its last frame (and stops rendering) before the screen is
  // switched back; a frame written after the restore would land in the person's shell.
  const finish = (code: number, error: unknown, interrupted: boolean): void => {
    if (exitCode !== undefined) return;
    exitCode = code;
    removeHandlers();
    if (interrupted && app) attempt(() => app?.unmount());
    session.restore();
    if (error !== undefined) reportError(host, error);
  };

  const handlers = [
    ...SIGNALS.map((signal) => ({
      event: signal,
      listener: () => {
        finish(128 + constants.signals[signal], undefined, true);
        host.exit(exitCode ?? 128 + constants.signals[signal]);
      },
    })),
    ...ERROR_EVENTS.map((event) => ({
      event,
      listener: (error: unknown) => {
        finish(ExitCode.internal, error, true);
        host.exit(exitCode ?? ExitCode.internal);
      },
    })),
  ];
  const removeHandlers = (): void => {
    for (const { event, listener } of handlers) host.off(event, listener);
  };
  for (const { event, listener } of handlers) host.on(event, listener);

  try {
    const watchResize = (listener: () => void) => {
      host.on('SIGWINCH', listener);
      return () => host.off('SIGWINCH', listener);
    };
    app = start({ stdin: host.stdin, stdout: host.stdout, stderr: host.stderr, terminal, watchResize });
    await app.waitUntilExit();
    finish(0, undefined, false);
  } catch (error) {
    // Ink rejects the exit promise only after unmounting itself.
    finish(ExitCode.internal, error, false);
  }
  return exitCode ?? 0;
}

/** One line, `briefing: <message>`, with the stack after it when BRIEFING_DEBUG is set. */
function reportError(host: LocalHost, error: unknown): void {
  const debug = (host.env.BRIEFING_DEBUG ?? '') !== '';
  const hint = debug ? '' : ' (set BRIEFING_DEBUG=1 to see the stack)';
  attempt(() => host.stderr.write(`briefing: ${oneLine(messageOf(error))}${hint}\n`));
  if (debug && error instanceof Error && error.stack) {
    const stack = error.stack;
    attempt(() => host.stderr.write(`${stack}\n`));
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Line breaks become spaces and other control characters go, so a message cannot move the cursor. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return Array.from(flat, (char) => (isControl(char.codePointAt(0) ?? 0) ? '' : char))
    .join('')
    .trim();
}

function attempt(step: () => unknown): void {
  try {
    step();
  } catch {
    // Best effort while shutting down: the terminal must be restored whatever else fails.
  }
}
