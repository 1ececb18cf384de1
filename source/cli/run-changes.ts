import { resolve } from 'node:path';
import { ExitCode } from '../domain/exit-codes.js';
import { loadLibrary } from '../io/load-library.js';
import { LOCAL_READER } from '../io/store.js';
import { openFileStore } from '../io/store-files.js';
import { migratePlaces, stateDir } from '../io/store-migrate.js';
import { changesText } from '../state/changes-text.js';
import { createLibraryContext } from '../state/library.js';
import { startReads } from '../state/reads.js';
import { problemLines, writeAll } from './report.js';

/**
 * `briefing changes FILE` and `--print --since-last`: what changed in each briefing since the local
 * reader last read it, as text. Reading it here does not count as reading the briefing: the marks
 * stay until it is read in the reader (or `--mark-read`).
 */
export async function runChanges(path: string): Promise<number> {
  const library = await loadLibrary(path);
  await writeAll(process.stderr, problemLines([...library.problems, ...library.warnings]));
  if (library.briefings.length === 0) return library.failure ? ExitCode.unreadable : ExitCode.invalid;
  const { dir, legacyPlaces } = stateDir();
  const store = openFileStore(dir);
  const warnings = (await Promise.all(legacyPlaces.map((file) => migratePlaces(store, file)))).flat();
  const shared = createLibraryContext(library.briefings);
  const now = Date.now();
  let out = '';
  for (const entry of shared.library) {
    const { record, warning } = await store.load(LOCAL_READER, resolve(entry.briefing.file));
    if (warning !== undefined) warnings.push(warning);
    const reads = startReads({ [entry.briefing.id]: record }, now).byId[entry.briefing.id];
    if (reads !== undefined) out += `${out === '' ? '' : '\n'}${changesText(entry, reads, now)}`;
  }
  await writeAll(process.stdout, out);
  await writeAll(process.stderr, warnings.map((w) => `briefing: warning: ${w}\n`).join(''));
  return ExitCode.ok;
}
