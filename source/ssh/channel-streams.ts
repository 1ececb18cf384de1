/**
 * Streams that stand in for a terminal over an ssh2 channel. The server side of SSH has no pty,
 * so what a tty would do is done here: report a size and resize events, accept raw mode, and
 * turn `\n` into `\r\n` (no line discipline does it; without it the OpenSSH client draws each
 * line where the previous one ended). See ARCHITECTURE.md, "Known traps".
 */
import { PassThrough, Writable } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;

/**
 * Converts every `\n` not preceded by `\r` into `\r\n`. `afterCR` says whether the previous chunk
 * ended with `\r`, so a pair split across two writes is left alone. Works on bytes: in UTF-8 no
 * multi-byte character contains 0x0A or 0x0D.
 */
export function toCrlf(
  chunk: Buffer,
  afterCR: boolean,
): { readonly bytes: Buffer; readonly endsWithCR: boolean } {
  const endsWithCR = chunk.length > 0 ? chunk[chunk.length - 1] === CR : afterCR;
  let lone = 0;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === LF && (i === 0 ? !afterCR : chunk[i - 1] !== CR)) lone += 1;
  }
  if (lone === 0) return { bytes: chunk, endsWithCR };
  const out = Buffer.allocUnsafe(chunk.length + lone);
  let o = 0;
  for (let i = 0; i < chunk.length; i++) {
    const byte = chunk[i] ?? 0;
    if (byte === LF && (i === 0 ? !afterCR : chunk[i - 1] !== CR)) out[o++] = CR;
    out[o++] = byte;
  }
  return { bytes: out, endsWithCR };
}

/**
 * The app's stdin: a PassThrough that the session writes the client's bytes into, with the tty
 * members Ink needs. Raw mode is only recorded: the client's own terminal is already raw (its
 * ssh put it so when the pty was granted).
 */
export class ChannelInput extends PassThrough {
  readonly isTTY = true;
  isRaw = false;

  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }

  // A channel never holds the event loop open by itself; the server's socket does.
  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }
}

/** Where {@link ChannelOutput} sends bytes; `done` is called once they are handed on. */
export type OutputSink = (bytes: Buffer, done: (error?: Error | null) => void) => void;

/**
 * The app's stdout: sizes and `resize` events as a tty gives them, and `\r\n` line ends. Bytes
 * go to `sink` (the channel) with its backpressure; after {@link ChannelOutput.detach} they are
 * dropped, so an app still writing while it is torn down never writes to a closed channel.
 */
export class ChannelOutput extends Writable {
  readonly isTTY = true;
  columns: number;
  rows: number;
  #sink: OutputSink | undefined;
  #pending: ((error?: Error | null) => void) | undefined;
  #afterCR = false;

  constructor(sink: OutputSink, size: { columns: number; rows: number }) {
    super({ decodeStrings: true });
    this.#sink = sink;
    this.columns = size.columns;
    this.rows = size.rows;
  }

  /**
   * Sets the size and emits `resize`, as a tty does on every SIGWINCH, changed or not: the client's
   * terminal may have reflowed its screen on the way back to this size, and needs a repaint.
   */
  resize(size: { columns: number; rows: number }): void {
    this.columns = size.columns;
    this.rows = size.rows;
    this.emit('resize');
  }

  /** `[columns, rows]`, as `tty.WriteStream#getWindowSize`. */
  getWindowSize(): [number, number] {
    return [this.columns, this.rows];
  }

  /**
   * Stops sending to the sink; later writes succeed and go nowhere. A write the sink still holds
   * (a closed channel never calls back) is released, so the stream never blocks or errors.
   */
  detach(): void {
    this.#sink = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const sink = this.#sink;
    if (!sink) {
      callback();
      return;
    }
    const { bytes, endsWithCR } = toCrlf(chunk, this.#afterCR);
    this.#afterCR = endsWithCR;
    this.#pending = callback;
    sink(bytes, () => {
      // Errors of the channel are the session's to handle (its `error` listener); the app's
      // stream only ever succeeds.
      if (this.#pending !== callback) return;
      this.#pending = undefined;
      callback();
    });
  }
}
