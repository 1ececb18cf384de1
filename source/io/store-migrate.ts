import { access, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defaultPlacesLocation, loadPlaces } from './reading-places.js';
import { LOCAL_READER, type ReaderStore } from './store.js';

/**
 * Moves the places of an earlier version's `places.json` into the store, once: each becomes the
 * local reader's place for its file unless the store already has one, and the old file is renamed
 * `places.json.migrated`, so it is never read again (and is there to go back to). Resolves to
 * warnings; never throws.
 */
export async function migratePlaces(store: ReaderStore, placesFile: string): Promise<string[]> {
  const exists = await access(placesFile).then(
    () => true,
    () => false,
  );
  if (!exists) return [];
  const { store: old, warning } = await loadPlaces(placesFile);
  const warnings =
    warning === undefined
      ? []
      : [
          `${placesFile}: reading places are unreadable and were ignored; the file is kept as ${placesFile}.migrated`,
        ];
  for (const [file, place] of Object.entries(old.all())) {
    const { record } = await store.load(LOCAL_READER, file);
    if (record?.place !== undefined) continue;
    const failed = await store.save(LOCAL_READER, file, { place });
    if (failed !== undefined) return [...warnings, failed];
  }
  await rename(placesFile, `${placesFile}.migrated`).catch((error: NodeJS.ErrnoException) => {
    warnings.push(`${placesFile}: migrated, but could not be renamed (${error.code ?? 'error'})`);
  });
  return warnings;
}

/**
 * The reader-state directory: where the places were kept (the XDG state directory on Linux), and the
 * places files of earlier versions to migrate.
 */
export function stateDir(): { dir: string; legacyPlaces: string[] } {
  const location = defaultPlacesLocation();
  return {
    dir: dirname(location.file),
    legacyPlaces: [location.file, ...(location.legacy === undefined ? [] : [location.legacy])],
  };
}
