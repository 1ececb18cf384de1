/**
 * Going on quietly when whoever reads our output goes away (`briefing | head -3`), as cat and less
 * end without a word.
 *
 * Node ignores SIGPIPE, so a write to a pipe whose reader has closed fails with EPIPE, reported as
 * an `error` event on the stream; with no listener that event is thrown, with a stack. One listener
 * per stream here covers every output path (printing, JSON, check, the plain mode, the serve log,
 * the warnings on stderr), however and wherever it writes. The command then finishes as it would
 * have, writing nothing more to that stream, and exits with its own code: 0 for printing, while
 * `check` still reports its problems on stderr and exits 1 or 3 when its stdout was cut short.
 */

/** What a closed pipe or socket looks like when written to. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);
const watched = new WeakSet<NodeJS.WritableStream>();

/** The process-like host; `process` in the CLI. */
export interface OutputHost {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/**
 * Lets writes to a closed stdout or stderr fail silently. Any other write error (a full disk, say)
 * is not ours to hide: it is thrown as before.
 */
export function tolerateClosedOutput(host: OutputHost): void {
  const onError = (error: unknown): void => {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    if (!CLOSED.has(code)) throw error;
  };
  for (const stream of [host.stdout, host.stderr]) {
    if (watched.has(stream)) continue;
    watched.add(stream);
    stream.on('error', onError);
  }
}
