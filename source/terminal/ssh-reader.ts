import anyAscii from 'any-ascii';
import { asciiBriefing } from '../domain/ascii.js';
import type { Library } from '../io/load-library.js';
import type { CreateStartSession } from '../ssh/session-app.js';
import type { LibraryContext } from '../state/context.js';
import { createLibraryContext } from '../state/library.js';
import { gateAscii } from './ascii-output.js';
import { detectTerminal } from './detect.js';
import { startReader } from './start-reader.js';

/**
 * The reader as an SSH session app: the library's indexes are built once per load and shared by every
 * session; each session's colour and symbols come from its own client's TERM, COLORTERM and locale.
 * A client whose locale is not UTF-8 gets the library transliterated to ASCII (built the first time
 * one connects, then shared too), and every byte sent to it below 0x80.
 */
export const createSshReader: CreateStartSession = (library: Library) => {
  const shared = createLibraryContext(library.briefings);
  let asciiShared: LibraryContext | undefined;
  const asciiLibrary = (): LibraryContext => {
    asciiShared ??= createLibraryContext(library.briefings.map((b) => asciiBriefing(b, anyAscii)));
    return asciiShared;
  };
  return (io, briefingId) => {
    const env = {
      TERM: io.term,
      ...(io.colorTerm === undefined ? {} : { COLORTERM: io.colorTerm }),
      ...(io.locale === undefined ? {} : { LANG: io.locale }),
    };
    const terminal = detectTerminal(env, { isTTY: true, columns: io.stdout.columns, rows: io.stdout.rows });
    const theme = {
      colorLevel: terminal.colorLevel,
      ascii: !terminal.unicode,
      hyperlinks: terminal.hyperlinks,
    } as const;
    if (theme.ascii) gateAscii(io.stdout, anyAscii);
    const sessionLibrary = theme.ascii ? asciiLibrary() : shared;
    return startReader(
      { stdin: io.stdin, stdout: io.stdout, theme },
      briefingId === undefined ? { shared: sessionLibrary } : { shared: sessionLibrary, briefingId },
    );
  };
};
