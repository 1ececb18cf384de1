/**
 * The stdout Ink renders into, so the frame writer owns the real terminal.
 *
 * With `debug: true`, Ink 6.8 writes every render as one whole frame (the static output and the
 * frame text, lines joined by `\n`, no cursor movement) to the stdout it is given
 * (`build/ink.js`, `onRender`). This sink takes those writes and hands each frame to the writer.
 * It offers what Ink reads from a stdout: `columns` (0 would make Ink ask the process's own
 * terminal), `rows`, `isTTY`, `writable`, `write(chunk, cb)` and the `resize` event.
 *
 * Ink also writes a few private-mode sequences that are not frames: `CSI ?25h` when the app
 * unmounts (cli-cursor), and the kitty keyboard queries when that option is on; an empty write is
 * its flush barrier. None of them is passed on: the terminal session owns the cursor and the
 * modes, and passing them as a frame would blank the screen.
 */
import { EventEmitter } from 'node:events';
import type { TerminalSize } from './frame-writer.js';

/** What the sink hands frames to: a {@link FrameWriter}, or anything shaped like one. */
export interface FrameTarget {
  write(frame: string): void;
  resize(columns: number, rows: number): void;
  /** Paints the last frame again in full. */
  redraw(): void;
}

type WriteCallback = (error?: Error | null) => void;

/** A Writable-like stdout for Ink (`render(app, {stdout: sink, debug: true})`). */
export interface FrameSink extends EventEmitter {
  /** Width in cells, as Ink reads it for layout. */
  readonly columns: number;
  /** Height in cells. */
  readonly rows: number;
  readonly isTTY: true;
  /** False once {@link FrameSink.close} has been called: Ink then skips its last render. */
  readonly writable: boolean;
  /** Takes one write from Ink; a frame goes to the writer. Always returns true (no backpressure). */
  write(
    chunk: string | Uint8Array,
    encodingOrCallback?: string | WriteCallback,
    callback?: WriteCallback,
  ): boolean;
  /**
   * Takes a new size: updates `columns` and `rows`, tells the writer (its next frame is painted
   * in full), and emits `resize` so Ink lays out again. An unchanged size repaints the last frame:
   * the terminal reflowed or cleared its screen all the same (a window dragged back to its size, a
   * tmux pane zoomed and unzoomed, two quick resizes read as one).
   */
  resize(columns: number, rows: number): void;
  /** Stops passing frames on (the output is gone, e.g. the SSH channel closed). */
  close(): void;
}

/** One private-mode sequence (`CSI ?…`, `CSI >…`, `CSI <…`, `CSI =…`) after its ESC. */
const PRIVATE_MODE = /^\[[?<=>][0-9;]*[A-Za-z]$/;

/**
 * Writes Ink makes that are not frames: empty ones (its flush barrier), a lone line end (on
 * unmount, when it believes it runs in CI: `CI` set in a server's environment), and terminal modes.
 */
function isNotAFrame(text: string): boolean {
  return text === '' || text === '\n' || text === '\r\n' || isModeOnly(text);
}

/** Whether a write is only private-mode sequences: a terminal mode, not a frame. */
function isModeOnly(text: string): boolean {
  const [before, ...sequences] = text.split('\u001B');
  return before === '' && sequences.length > 0 && sequences.every((sequence) => PRIVATE_MODE.test(sequence));
}

class Sink extends EventEmitter implements FrameSink {
  readonly isTTY = true as const;
  #columns: number;
  #rows: number;
  #open = true;
  readonly #target: FrameTarget;
  readonly #decoder = new TextDecoder();

  constructor(target: FrameTarget, size: TerminalSize) {
    super();
    this.#target = target;
    this.#columns = atLeastOne(size.columns);
    this.#rows = atLeastOne(size.rows);
  }

  get columns(): number {
    return this.#columns;
  }

  get rows(): number {
    return this.#rows;
  }

  get writable(): boolean {
    return this.#open;
  }

  write(
    chunk: string | Uint8Array,
    encodingOrCallback?: string | WriteCallback,
    callback?: WriteCallback,
  ): boolean {
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const text = typeof chunk === 'string' ? chunk : this.#decoder.decode(chunk);
    if (this.#open && !isNotAFrame(text)) this.#target.write(text);
    // Like a stream, call back after the write rather than inside it.
    if (done !== undefined) queueMicrotask(() => done(null));
    return true;
  }

  resize(columns: number, rows: number): void {
    const nextColumns = atLeastOne(columns);
    const nextRows = atLeastOne(rows);
    if (nextColumns === this.#columns && nextRows === this.#rows) {
      if (this.#open) this.#target.redraw();
      return;
    }
    this.#columns = nextColumns;
    this.#rows = nextRows;
    this.#target.resize(nextColumns, nextRows);
    this.emit('resize');
  }

  close(): void {
    this.#open = false;
  }
}

/**
 * Creates the stdout to give Ink, in front of `target` (a frame writer), at `size`. Ink's
 * `stdout` option is typed as a `NodeJS.WriteStream`; pass the sink with a cast.
 */
export function createFrameSink(target: FrameTarget, size: TerminalSize): FrameSink {
  return new Sink(target, size);
}

function atLeastOne(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}
