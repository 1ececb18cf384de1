import { resolve } from 'node:path';
import type { Briefing } from '../domain/types.js';
import { keepGood, reloadOnChange, watchPath } from '../io/live-library.js';
import type { Library } from '../io/load-library.js';
import { openReaderBook } from '../io/reader-book.js';
import { LOCAL_READER } from '../io/store.js';
import { openFileStore } from '../io/store-files.js';
import { migratePlaces, stateDir } from '../io/store-migrate.js';
import { createLibraryContext } from '../state/library.js';
import { markAllRead, readsOf, startReads } from '../state/reads.js';
import type { PlaceBook } from '../state/session.js';
import { runLocal } from '../terminal/local.js';
import type { LibraryUpdate } from '../terminal/start-reader.js';
import { startReader } from '../terminal/start-reader.js';
import { themeFor } from '../terminal/terminal-theme.js';
import type { ReadOptions } from './options.js';
import { writeAll } from './report.js';

/** How to load the library again when its files change. */
export interface LiveLoad {
  /** The file or directory to watch. */
  readonly path: string;
  /** Loads it as the reader was first given it (transliterated, derived). Never rejects. */
  readonly load: () => Promise<Library>;
}

/**
 * The reader in the local terminal. Reading state (places and what was read) is loaded before and
 * saved as it goes; its warnings (a corrupt or unwritable state file) are printed after the terminal
 * is restored, never fatal. With `live`, the files are watched and each good new version is taken
 * while the reader is open.
 */
export async function runInteractive(
  briefings: readonly Briefing[],
  options: ReadOptions,
  live?: LiveLoad,
  /** The briefings with their derived panels, when they were given before them (io/load-article.ts). */
  later?: Promise<readonly Briefing[]>,
): Promise<number> {
  const { dir, legacyPlaces } = stateDir();
  const store = openFileStore(dir);
  const migrated = (await Promise.all(legacyPlaces.map((file) => migratePlaces(store, file)))).flat();
  const keyOf = (b: Briefing) => resolve(b.file);
  const book = await openReaderBook(
    store,
    LOCAL_READER,
    briefings.map((b) => ({ id: b.id, key: keyOf(b) })),
    { resume: options.resume },
  );
  const shared = createLibraryContext(briefings);
  const now = Date.now();
  const records = { ...book.records };
  if (options.markRead === true) {
    const before = startReads(records, now);
    for (const entry of shared.library) {
      const id = entry.briefing.id;
      const { seen } = markAllRead(entry, readsOf(before, id));
      book.saveSeen(id, seen, Object.keys(seen));
      records[id] = { seen, readAt: now };
    }
  }
  const places: PlaceBook = { get: (id) => book.get(id), put: (place) => book.put(place) };

  const listeners = new Set<(update: LibraryUpdate) => void>();
  // Updates made before the reader subscribes (the panels of a short article) are kept for it, all
  // of them in order: a problem reported after the panels must not drop them.
  const held: LibraryUpdate[] = [];
  const publish = (update: LibraryUpdate) => {
    if (listeners.size === 0) held.push(update);
    for (const listener of listeners) listener(update);
  };
  const watchWarnings: string[] = [];
  let current = briefings;
  let stopWatching = () => {};
  if (live !== undefined) {
    const onChange = reloadOnChange(live.load, (library) => {
      const { briefings: next, problem } = keepGood(current, library);
      if (next !== current) {
        book.add(next.map((b) => ({ id: b.id, key: keyOf(b) })));
        current = next;
        publish({ shared: createLibraryContext(next) });
      }
      if (problem !== undefined) publish({ problem });
    });
    stopWatching = await watchPath(live.path, onChange, (message) => watchWarnings.push(message));
  }
  later?.then(
    (done) => {
      // A version saved while the panels were derived was loaded whole (panels and all): it stays.
      if (current !== briefings) return;
      current = done;
      publish({ shared: createLibraryContext(done), quiet: true });
    },
    () => {},
  );
  const source = {
    subscribe(listener: (update: LibraryUpdate) => void) {
      listeners.add(listener);
      for (const update of held.splice(0)) listener(update);
      return () => listeners.delete(listener);
    },
  };
  const code = await runLocal(
    (io) =>
      startReader(
        {
          stdin: io.stdin,
          stdout: io.stdout,
          theme: themeFor(io.terminal),
          screenTaken: true,
          watchResize: io.watchResize,
        },
        {
          shared,
          places,
          reads: { records, book, now },
          // The local terminal is the one place a web link may be opened with the system's opener.
          webLinks: 'open',
          ...(live === undefined && later === undefined ? {} : { live: source }),
          ...(options.measure === undefined ? {} : { layout: { measure: options.measure } }),
        },
      ),
    { choices: { color: options.color, ascii: options.ascii === true } },
  );
  stopWatching();
  const saveWarnings = await book.flush();
  const warnings = [...migrated, ...book.warnings, ...watchWarnings, ...saveWarnings];
  await writeAll(process.stderr, warnings.map((w) => `briefing: warning: ${w}\n`).join(''));
  return code;
}
