import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Briefing, Problem } from '../domain/types.js';

/** Larger files are refused before they are read: a briefing is an article, not a dump. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Why a path could not be read as a briefing at all (as opposed to a briefing with problems in it).
 * The CLI maps these to exit code 3; see docs/cli.md.
 */
export type ReadFailure = 'missing' | 'not-a-file' | 'too-large' | 'binary' | 'not-utf8' | 'unreadable';

export type LoadResult =
  | { readonly ok: true; readonly briefing: Briefing; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly failure?: ReadFailure };

const fileProblem = (file: string, message: string, hint: string, line = 0, column = 0): Problem => ({
  file,
  line,
  column,
  message,
  hint,
});

/** A briefing's id is its file name without `.md`: what `ssh id@host` and the picker use. */
export function briefingId(path: string): string {
  return basename(path, extname(path));
}

function lineAndColumnOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Finds the first byte where strict UTF-8 decoding fails, so the error can name a line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Bisect on prefixes: with `stream: true` a prefix decodes iff it holds no invalid sequence
  // (a sequence cut at the end only waits for more bytes), so success is monotonic in the length.
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  // `low` is where decoding broke; report the start of the sequence it broke in.
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back] ?? 0;
    if (byte >= 0xc0) return low - back;
    if (byte < 0x80 || byte > 0xbf) break;
  }
  return low;
}

/** Reads one file and checks it is text a briefing can be made of: size, NUL bytes, strict UTF-8. */
export async function readBriefingText(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; problem: Problem; failure: ReadFailure }> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return {
        ok: false,
        failure: 'missing',
        problem: fileProblem(path, 'no such file', 'check the path, or run `briefing` with no argument'),
      };
    }
    return {
      ok: false,
      failure: 'unreadable',
      problem: fileProblem(path, `cannot read (${code ?? 'error'})`, 'check the file permissions'),
    };
  }
  if (!info.isFile()) {
    return {
      ok: false,
      failure: 'not-a-file',
      problem: fileProblem(path, 'not a regular file', 'give a Markdown file or a directory of them'),
    };
  }
  if (info.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      failure: 'too-large',
      problem: fileProblem(
        path,
        `file is ${(info.size / 1048576).toFixed(1)} MiB, over the 5 MiB limit`,
        'split it into several briefings',
      ),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      ok: false,
      failure: 'unreadable',
      problem: fileProblem(path, `cannot read (${code})`, 'check the file permissions'),
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = lineAndColumnOf(bytes, nul);
    return {
      ok: false,
      failure: 'binary',
      problem: fileProblem(
        path,
        'binary file (NUL byte)',
        'give a UTF-8 Markdown text file',
        at.line,
        at.column,
      ),
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = lineAndColumnOf(bytes, firstInvalidUtf8(bytes));
    return {
      ok: false,
      failure: 'not-utf8',
      problem: fileProblem(path, 'invalid UTF-8', 're-save the file as UTF-8', at.line, at.column),
    };
  }
}

/** The Markdown files directly inside a directory, in name order. */
export async function listBriefingFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
