import { join } from 'node:path';
import { asciiBriefing } from '../domain/ascii.js';
import { deriveIndexes } from '../domain/derive.js';
import { ExitCode } from '../domain/exit-codes.js';
import { briefingToJson } from '../domain/json.js';
import type { Briefing } from '../domain/types.js';
import { cacheDirectory } from '../io/cache-file.js';
import { loadLibrary } from '../io/load-library.js';
import { createParseCache } from '../io/parse-cache.js';
import { printBriefing } from '../output/print.js';
import { runPlain } from '../plain/run-plain.js';
import { loadHtmlParser, mayHoldHtml } from '../render/html-events.js';
import { cursorUnavailable, detectTerminal } from '../terminal/detect.js';
import { themeFor } from '../terminal/terminal-theme.js';
import { chooseAscii } from './ascii-choice.js';
import type { ReadOptions } from './options.js';
import { problemLines, writeAll } from './report.js';

declare const BRIEFING_BUILD: string | undefined;

/** The default command: open the reader on a terminal, or print text / JSON. */
export async function runRead(path: string, options: ReadOptions): Promise<number> {
  // The reader's modules load while an article is derived (in a worker thread), not after.
  const reader =
    !options.print &&
    !options.json &&
    !options.plain &&
    process.stdout.isTTY &&
    process.stdin.isTTY &&
    cursorUnavailable(process.env) === undefined
      ? import('./run-interactive.js')
      : undefined;
  reader?.catch(() => {});
  const library = await loadLibrary(path, {
    derive: options.derive === true,
    inWorker: reader !== undefined,
    progressive: reader !== undefined,
    // Only a build has an id to key the parsed briefings by (scripts/build.js); run from source, none.
    ...(typeof BRIEFING_BUILD === 'string'
      ? { parseCache: createParseCache(join(cacheDirectory(), 'briefings'), BRIEFING_BUILD) }
      : {}),
  });
  // The HTML parser is loaded only for briefings that hold HTML: a curated briefing's first frame does not pay for it.
  if (library.briefings.some((b) => b.sections.some((s) => mayHoldHtml(s.markdown)))) await loadHtmlParser();
  const terminal = detectTerminal(process.env, process.stdout, {
    color: options.color,
    ascii: options.ascii === true,
  });
  // In ASCII the briefings' text is transliterated before it is laid out, so the widths are those of
  // what is shown; the gate on the streams catches what else is written (see ./ascii-choice.ts).
  const transliterate = await chooseAscii(options.ascii === true);
  await writeAll(process.stderr, problemLines([...library.problems, ...library.warnings]));
  if (library.briefings.length === 0) {
    return library.failure ? ExitCode.unreadable : ExitCode.invalid;
  }

  if (options.json) {
    const docs = library.briefings.map((briefing) => briefingToJson(briefing, deriveIndexes(briefing)));
    const single = library.briefings.length === 1 && !library.isDirectory;
    const json = JSON.stringify(single ? docs[0] : docs, null, 2);
    // JSON keeps the text as written: in ASCII it is escaped (\u2019), which any JSON reader decodes.
    await writeAll(process.stdout, `${transliterate ? escapeNonAscii(json) : json}\n`);
    return ExitCode.ok;
  }
  const shown = (list: readonly Briefing[]) =>
    transliterate ? list.map((briefing) => asciiBriefing(briefing, transliterate)) : list;
  const briefings = shown(library.briefings);
  // --plain reads commands as lines, so stdin may be a pipe; off a terminal it prints, as --print does.
  if (options.plain && !options.print && process.stdout.isTTY) return runPlain(briefings, options);
  if (!options.print && process.stdout.isTTY && process.stdin.isTTY) {
    const reason = cursorUnavailable(process.env);
    if (reason !== undefined) {
      // As less does on such a terminal: say so once, then read in the mode that needs no cursor.
      await writeAll(process.stderr, `briefing: ${reason}; reading line by line (--plain)\n`);
      return runPlain(briefings, options);
    }
    // Ink and React load only for the full-screen reader, not for printing.
    const { runInteractive } = await (reader ?? import('./run-interactive.js'));
    return runInteractive(
      briefings,
      options,
      {
        path,
        load: async () => {
          const again = await loadLibrary(path, { derive: options.derive === true });
          if (again.briefings.some((b) => b.sections.some((s) => mayHoldHtml(s.markdown))))
            await loadHtmlParser();
          return { ...again, briefings: shown(again.briefings) };
        },
      },
      library.later?.then((done) => shown(done.briefings)),
    );
  }
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : 80);
  const theme = themeFor(terminal, { hyperlinks: false });
  const text = briefings
    .map((briefing) => printBriefing(briefing, deriveIndexes(briefing), width, theme))
    .join('\n');
  await writeAll(process.stdout, text);
  return ExitCode.ok;
}

/** Every character past ASCII as a JSON `\uXXXX` escape (a pair of them past the BMP). */
function escapeNonAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
