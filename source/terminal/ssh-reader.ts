import type { Library } from '../io/load-library.js';
import type { CreateStartSession } from '../ssh/session-app.js';
import { createReaderContext } from '../ui/reader-context.js';
import { detectTerminal } from './detect.js';
import { startReader } from './start-reader.js';
import { themeFor } from './terminal-theme.js';

/**
 * The reader as an SSH session app: the library's indexes are built once per load and shared by every
 * session; each session's colour and symbols come from its own client's TERM, COLORTERM and locale.
 */
export const createSshReader: CreateStartSession = (library: Library) => {
  const ctx = createReaderContext(library.briefings);
  return (io, briefingId) => {
    const env = {
      TERM: io.term,
      ...(io.colorTerm === undefined ? {} : { COLORTERM: io.colorTerm }),
      ...(io.locale === undefined ? {} : { LANG: io.locale }),
    };
    const terminal = detectTerminal(env, { isTTY: true, columns: io.stdout.columns, rows: io.stdout.rows });
    return startReader(
      { stdin: io.stdin, stdout: io.stdout, theme: themeFor(terminal) },
      briefingId === undefined ? { ctx } : { ctx, briefingId },
    );
  };
};
