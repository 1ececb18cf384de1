import anyAscii from 'any-ascii';
import { asciiBriefing } from '../domain/ascii.js';
import type { Briefing } from '../domain/types.js';
import { keepGood } from '../io/live-library.js';
import type { Library } from '../io/load-library.js';
import { openReaderBook } from '../io/reader-book.js';
import { type ReaderStore, sshReader } from '../io/store.js';
import type { CreateStartSession, SessionApp, SessionIO } from '../ssh/session-app.js';
import type { LibraryContext } from '../state/context.js';
import { createLibraryContext } from '../state/library.js';
import { gateAscii } from './ascii-output.js';
import { detectTerminal } from './detect.js';
import { type LibraryUpdate, type ReaderSession, startReader } from './start-reader.js';
import { themeFor } from './terminal-theme.js';

/** Options of {@link sshReaderFactory}. */
export interface SshReaderOptions {
  /** Where each client's places and read state are kept (by key fingerprint, or user name on an open server). */
  readonly store?: ReaderStore;
  /** Start each session at its reader's saved place (default true). */
  readonly resume?: boolean;
}

/** The library shared by every session of one load, in Unicode and (built when first asked) in ASCII. */
interface Shared {
  readonly unicode: LibraryContext;
  ascii(): LibraryContext;
}

function sharedOf(briefings: readonly Briefing[]): Shared {
  const unicode = createLibraryContext(briefings);
  let ascii: LibraryContext | undefined;
  return {
    unicode,
    ascii: () => {
      ascii ??= createLibraryContext(briefings.map((b) => asciiBriefing(b, anyAscii)));
      return ascii;
    },
  };
}

/**
 * The reader as an SSH session app: the library's indexes are built once per load and shared by every
 * session; each session's colour and symbols come from its own client's TERM, COLORTERM and locale.
 * A client whose locale is not UTF-8 gets the library transliterated to ASCII (built the first time
 * one connects, then shared too), and every byte sent to it below 0x80.
 *
 * Each later load reaches the sessions already open too: they take the new version and keep their
 * place, and a briefing whose file is now broken keeps its last good version while every session is
 * told the problem. With a store, each client's places and read state are kept there.
 */
export function sshReaderFactory(options: SshReaderOptions = {}): CreateStartSession {
  const sessions = new Set<{ ascii: boolean; listener: (update: LibraryUpdate) => void }>();
  let current: readonly Briefing[] | undefined;
  let shared: Shared | undefined;
  return (library: Library) => {
    const { briefings, problem } =
      current === undefined ? { briefings: library.briefings } : keepGood(current, library);
    if (briefings !== current || shared === undefined) {
      current = briefings;
      const next = sharedOf(briefings);
      const first = shared === undefined;
      shared = next;
      if (!first) {
        for (const { ascii, listener } of sessions) listener({ shared: ascii ? next.ascii() : next.unicode });
      }
    }
    if (problem !== undefined) for (const { listener } of sessions) listener({ problem });
    const load = shared;
    return (io, briefingId) => {
      const env = {
        TERM: io.term,
        ...(io.colorTerm === undefined ? {} : { COLORTERM: io.colorTerm }),
        ...(io.locale === undefined ? {} : { LANG: io.locale }),
      };
      const terminal = detectTerminal(env, { isTTY: true, columns: io.stdout.columns, rows: io.stdout.rows });
      const theme = themeFor(terminal);
      if (theme.ascii) gateAscii(io.stdout, anyAscii);
      const sessionLibrary = theme.ascii ? load.ascii() : load.unicode;
      const live = {
        subscribe(listener: (update: LibraryUpdate) => void) {
          const entry = { ascii: theme.ascii, listener };
          sessions.add(entry);
          // A version taken while this session was starting would otherwise wait for the next one.
          if (shared !== undefined && shared !== load) {
            listener({ shared: theme.ascii ? shared.ascii() : shared.unicode });
          }
          return () => sessions.delete(entry);
        },
      };
      const base = {
        shared: sessionLibrary,
        live,
        ...(briefingId === undefined ? {} : { briefingId }),
      };
      const store = options.store;
      if (store === undefined) return startReader({ stdin: io.stdin, stdout: io.stdout, theme }, base);
      return startWithState(io, store, sessionLibrary, options.resume !== false, (extra) =>
        startReader({ stdin: io.stdin, stdout: io.stdout, theme }, { ...base, ...extra }),
      );
    };
  };
}

/** The reader without live updates or saved state, for one snapshot of the library. */
export const createSshReader: CreateStartSession = (library: Library) => sshReaderFactory()(library);

/**
 * Loads the client's state, then starts the reader: the session is an app at once (the server
 * needs one), whose exit follows the reader's; cut short before it starts, it never starts.
 */
function startWithState(
  io: SessionIO,
  store: ReaderStore,
  shared: LibraryContext,
  resume: boolean,
  start: (extra: Partial<Parameters<typeof startReader>[1]>) => ReaderSession,
): SessionApp {
  let session: ReaderSession | undefined;
  let cut = false;
  const reader = sshReader({ fingerprint: io.fingerprint, user: io.user });
  const ready = openReaderBook(
    store,
    reader,
    shared.library.map((e) => ({ id: e.briefing.id, key: e.briefing.id })),
    { byId: true, resume },
  ).then((book) => {
    if (cut) return undefined;
    session = start({
      places: { get: (id) => book.get(id), put: (place) => book.put(place) },
      reads: { records: book.records, book, now: Date.now() },
    });
    return session;
  });
  return {
    waitUntilExit: () => ready.then((started) => started?.waitUntilExit()),
    unmount() {
      cut = true;
      session?.unmount();
    },
  };
}
