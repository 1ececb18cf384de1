import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import * as z from 'zod';
import type { Place } from '../domain/types.js';

/**
 * Reading places, saved per briefing file between runs. They are state: on Linux (and the other
 * XDG systems) in `$XDG_STATE_HOME/briefing/places.json` (`~/.local/state/briefing/`); on macOS and
 * Windows in the application-data folder (`~/Library/Application Support/briefing/`,
 * `%LOCALAPPDATA%\briefing\Data\`). A corrupt or unwritable file is never fatal: the reader
 * starts at the top and says why after exit.
 */

/** A saved place, as stored. */
export const placeSchema = z.union([
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
  z.object({
    briefingId: z.string(),
    anchor: z.number().int().nonnegative(),
    itemKind: z.literal('overview'),
  }),
]);
const fileSchema = z.object({ version: z.literal(1), places: z.record(z.string(), placeSchema) });

/** Saved places by the briefing file's absolute path. */
export interface PlaceStore {
  readonly file: string;
  get(briefingFile: string): Place | undefined;
  /** Every saved place, by absolute file. */
  all(): Readonly<Record<string, Place>>;
  set(briefingFile: string, place: Place | undefined): void;
  /** Writes the places atomically; resolves to a warning line when it could not. */
  save(): Promise<string | undefined>;
}

/** Where the places are kept, and where an earlier version kept them (read once when the file is missing). */
export interface PlacesLocation {
  readonly file: string;
  readonly legacy?: string;
}

/**
 * The places file for this platform. env-paths has no `state` folder: on Linux its `log` folder is
 * the XDG state directory, which is the right place; on macOS `log` is `~/Library/Logs` and on
 * Windows a `Log` folder, where earlier versions kept the places, so there `data` is used, and the
 * old file is read once until the new one exists.
 */
export function defaultPlacesLocation(): PlacesLocation {
  const paths = envPaths('briefing', { suffix: '' });
  if (process.platform === 'darwin' || process.platform === 'win32') {
    return { file: join(paths.data, 'places.json'), legacy: join(paths.log, 'places.json') };
  }
  return { file: join(paths.log, 'places.json') };
}

/**
 * Loads the store; a missing file is an empty store, a corrupt one an empty store plus a warning.
 * When the file is missing and `legacy` exists, the places are read from there, and saved to `file`.
 */
export async function loadPlaces(
  location: string | PlacesLocation = defaultPlacesLocation(),
): Promise<{ store: PlaceStore; warning?: string }> {
  const { file, legacy } = typeof location === 'string' ? { file: location, legacy: undefined } : location;
  let places: Record<string, Place> = {};
  let warning: string | undefined;
  for (const path of legacy === undefined ? [file] : [file, legacy]) {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (parsed.success) places = parsed.data.places as Record<string, Place>;
      else warning = `${path}: reading places are unreadable and were ignored; ${rewritten(path, file)}`;
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      warning = `${path}: reading places are unreadable (${code ?? 'not JSON'}) and were ignored; ${rewritten(path, file)}`;
      break;
    }
  }
  const store: PlaceStore = {
    file,
    get: (briefingFile) => places[resolve(briefingFile)],
    all: () => places,
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

function rewritten(path: string, file: string): string {
  return path === file ? 'it will be rewritten on exit' : `they will be kept in ${file} from now on`;
}
