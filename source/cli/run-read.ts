import { deriveIndexes } from '../domain/derive.js';
import { briefingToJson } from '../domain/json.js';
import { loadLibrary } from '../io/load-library.js';
import { printBriefing } from '../output/print.js';
import { runPlain } from '../plain/run-plain.js';
import { detectTerminal } from '../terminal/detect.js';
import { ExitCode } from './exit-codes.js';
import type { ReadOptions } from './options.js';
import { problemLines, writeAll } from './report.js';

/** The default command: open the reader on a terminal, or print text / JSON. */
export async function runRead(path: string, options: ReadOptions): Promise<number> {
  // The reader's modules load while an article is derived (in a worker thread), not after.
  const reader =
    !options.print && !options.json && !options.plain && process.stdout.isTTY && process.stdin.isTTY
      ? import('./run-interactive.js')
      : undefined;
  reader?.catch(() => {});
  const library = await loadLibrary(path, {
    derive: options.derive === true,
    inWorker: reader !== undefined,
  });
  await writeAll(process.stderr, problemLines([...library.problems, ...library.warnings]));
  if (library.briefings.length === 0) {
    return library.failure ? ExitCode.unreadable : ExitCode.invalid;
  }

  const terminal = detectTerminal(process.env, process.stdout, {
    color: options.color,
    ascii: options.ascii === true,
  });
  if (options.json) {
    const docs = library.briefings.map((briefing) => briefingToJson(briefing, deriveIndexes(briefing)));
    const single = library.briefings.length === 1 && !library.isDirectory;
    await writeAll(process.stdout, `${JSON.stringify(single ? docs[0] : docs, null, 2)}\n`);
    return ExitCode.ok;
  }
  // --plain reads commands as lines, so stdin may be a pipe; off a terminal it prints, as --print does.
  if (options.plain && !options.print && process.stdout.isTTY) return runPlain(library.briefings, options);
  if (!options.print && process.stdout.isTTY && process.stdin.isTTY) {
    // Ink and React load only for the full-screen reader, not for printing.
    const { runInteractive } = await (reader ?? import('./run-interactive.js'));
    return runInteractive(library.briefings, options);
  }
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : 80);
  const theme = { colorLevel: terminal.colorLevel, ascii: !terminal.unicode, hyperlinks: false } as const;
  const text = library.briefings
    .map((briefing) => printBriefing(briefing, deriveIndexes(briefing), width, theme))
    .join('\n');
  await writeAll(process.stdout, text);
  return ExitCode.ok;
}
