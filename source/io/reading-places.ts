import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import * as z from 'zod';
import type { Place } from '../state/state.js';

/**
 * Reading places, saved per briefing file between runs, in the user's state directory
 * (`$XDG_STATE_HOME/briefing/places.json` on Linux; env-paths calls that directory `log`).
 * A corrupt or unwritable file is never fatal: the reader starts at the top and says why after exit.
 */

const placeSchema = z.union([
  z.object({
    briefingId: z.string(),
    anchor: z.number().int().nonnegative(),
    itemKind: z.enum(['section', 'player', 'issue']),
    itemId: z.string(),
  }),
  z.object({
    briefingId: z.string(),
    anchor: z.number().int().nonnegative(),
    itemKind: z.enum(['timeline', 'figure']),
    index: z.number().int().nonnegative(),
  }),
]);
const fileSchema = z.object({ version: z.literal(1), places: z.record(z.string(), placeSchema) });

/** Saved places by the briefing file's absolute path. */
export interface PlaceStore {
  readonly file: string;
  get(briefingFile: string): Place | undefined;
  set(briefingFile: string, place: Place | undefined): void;
  /** Writes the places atomically; resolves to a warning line when it could not. */
  save(): Promise<string | undefined>;
}

export function defaultPlacesFile(): string {
  return join(envPaths('briefing', { suffix: '' }).log, 'places.json');
}

/** Loads the store; a missing file is an empty store, a corrupt one an empty store plus a warning. */
export async function loadPlaces(
  file = defaultPlacesFile(),
): Promise<{ store: PlaceStore; warning?: string }> {
  let places: Record<string, Place> = {};
  let warning: string | undefined;
  try {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) places = parsed.data.places as Record<string, Place>;
    else warning = `${file}: reading places are unreadable and were ignored; it will be rewritten on exit`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      warning = `${file}: reading places are unreadable (${code ?? 'not JSON'}) and were ignored; it will be rewritten on exit`;
    }
  }
  const store: PlaceStore = {
    file,
    get: (briefingFile) => places[resolve(briefingFile)],
    set(briefingFile, place) {
      const key = resolve(briefingFile);
      if (place === undefined) delete places[key];
      else places = { ...places, [key]: place };
    },
    async save() {
      const temp = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(temp, `${JSON.stringify({ version: 1, places }, null, 2)}\n`, { mode: 0o600 });
        await rename(temp, file);
        return undefined;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        return `${file}: could not save the reading place (${code}); check that the directory is writable`;
      }
    },
  };
  return warning === undefined ? { store } : { store, warning };
}
