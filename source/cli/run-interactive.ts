import type { Briefing } from '../domain/types.js';
import { loadPlaces } from '../io/reading-places.js';
import { createLibraryContext } from '../state/library.js';
import type { PlaceBook } from '../state/session.js';
import { runLocal } from '../terminal/local.js';
import { startReader } from '../terminal/start-reader.js';
import { themeFor } from '../terminal/terminal-theme.js';
import type { ReadOptions } from './options.js';
import { writeAll } from './report.js';

/**
 * The reader in the local terminal. Reading places are loaded before and saved after; their warnings
 * (a corrupt or unwritable state file) are printed after the terminal is restored, never fatal.
 */
export async function runInteractive(
  briefings: readonly Briefing[],
  options: ReadOptions,
  /** The briefings with their derived panels, when they were given before them (io/load-article.ts). */
  later?: Promise<readonly Briefing[]>,
): Promise<number> {
  const { store, warning } = await loadPlaces();
  const fileOf = new Map(briefings.map((b) => [b.id, b.file]));
  const places: PlaceBook = {
    get: (id) => {
      const file = fileOf.get(id);
      return options.resume && file !== undefined ? store.get(file) : undefined;
    },
    put: (place) => {
      const file = fileOf.get(place.briefingId);
      if (file !== undefined) store.set(file, place);
    },
  };
  const shared = createLibraryContext(briefings);
  const derived = later?.then((done) => createLibraryContext(done));
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
          // The local terminal is the one place a web link may be opened with the system's opener.
          webLinks: 'open',
          ...(derived === undefined ? {} : { later: derived }),
          ...(options.measure === undefined ? {} : { layout: { measure: options.measure } }),
        },
      ),
    { choices: { color: options.color, ascii: options.ascii === true } },
  );
  const saveWarning = await store.save();
  const warnings = [warning, saveWarning].filter((w): w is string => w !== undefined);
  await writeAll(process.stderr, warnings.map((w) => `briefing: warning: ${w}\n`).join(''));
  return code;
}
