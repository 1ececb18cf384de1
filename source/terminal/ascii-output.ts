/**
 * The one gate for ASCII output: when ASCII is chosen (`--ascii`, or a locale that is not UTF-8),
 * every write to the terminal's stream passes through {@link asciiOnly}, whatever wrote it (the
 * printer, the reader's frames, the plain mode, a warning), so no byte of 0x80 or above leaves the
 * program. The transliteration table (any-ascii, about 0.5 MB) loads only then.
 */
import { asciiOnly, type Transliterate } from '../render/ascii.js';

export type { Transliterate } from '../render/ascii.js';

/** Loads any-ascii: Unicode to ASCII, maintained, complete (romanises every script, names emoji). */
export async function loadTransliterate(): Promise<Transliterate> {
  const { default: anyAscii } = await import('any-ascii');
  return anyAscii;
}

type WriteCallback = (error?: Error | null) => void;
type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

const gated = new WeakSet<object>();

/**
 * Makes every later write to `stream` ASCII-only, in place (the stream may be `process.stdout`, which
 * others hold too). Strings and UTF-8 bytes are both taken; a character split between two writes of
 * bytes is joined first.
 */
export function gateAscii(stream: NodeJS.WritableStream, transliterate: Transliterate): void {
  if (gated.has(stream)) return;
  gated.add(stream);
  const write = stream.write.bind(stream) as Write;
  const decoder = new TextDecoder();
  const gate: Write = (chunk, encoding, callback) => {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    const done = (typeof encoding === 'function' ? encoding : callback) as WriteCallback | undefined;
    return write(asciiOnly(text, transliterate), done);
  };
  (stream as unknown as { write: Write }).write = gate;
}
