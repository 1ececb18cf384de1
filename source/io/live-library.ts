import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { formatProblem } from '../domain/problems.js';
import type { Briefing } from '../domain/types.js';
import type { Library } from './load-library.js';

/**
 * A new version of a library, taken only where it is good: a briefing whose file now fails to load
 * (saved half-way, broken) keeps its last good version, and the first problem is given as one line
 * (what `briefing check` prints first). A path that cannot be read at all keeps everything.
 */
export function keepGood(
  previous: readonly Briefing[],
  library: Library,
): { briefings: readonly Briefing[]; problem?: string } {
  const first = library.problems[0];
  const problem = first === undefined ? undefined : formatProblem(first);
  if (library.failure || library.briefings.length === 0) {
    return { briefings: previous, problem: problem ?? 'the library could not be read' };
  }
  if (problem === undefined) return { briefings: library.briefings };
  const broken = new Set(library.problems.map((p) => resolve(p.file)));
  const loaded = new Map(library.briefings.map((b) => [resolve(b.file), b]));
  const kept: Briefing[] = [];
  for (const old of previous) {
    const file = resolve(old.file);
    const now = loaded.get(file);
    if (now !== undefined) kept.push(now);
    else if (broken.has(file)) kept.push(old);
    loaded.delete(file);
  }
  kept.push(...loaded.values());
  return { briefings: kept, problem };
}

/** Settings of {@link watchPath}. */
export interface WatchOptions {
  /** Quiet time after the last change before `onChange`: editors write in several steps. */
  readonly debounceMs?: number;
}

/**
 * Calls `onChange` once a burst of changes to a file (or to the Markdown files of a directory) is
 * over. The directory holding a file is watched, not the file: editors save by writing a new file
 * and renaming it over the old one. Returns how to stop; a path that cannot be watched is not an
 * error (the reader works on without updates), and says so through `onError`.
 */
export async function watchPath(
  path: string,
  onChange: () => void,
  onError: (message: string) => void,
  options: WatchOptions = {},
): Promise<() => void> {
  const debounceMs = options.debounceMs ?? 150;
  const isDirectory = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  const target = isDirectory ? path : dirname(path);
  const only = isDirectory ? undefined : basename(path);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(target, { persistent: false }, (_event, name) => {
      const file = name?.toString();
      if (only !== undefined && file !== undefined && file !== only) return;
      if (only === undefined && file !== undefined && !/\.(md|markdown)$/i.test(file)) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
      timer.unref();
    });
    watcher.on('error', (error: Error) => {
      onError(`${target}: no longer watched for changes (${error.message})`);
      watcher?.close();
    });
  } catch (error) {
    onError(`${target}: cannot be watched for changes (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}

/**
 * Loads again on every change, one load at a time (a change during a load loads once more after it),
 * and hands each version on. `load` never rejects.
 */
export function reloadOnChange<T>(load: () => Promise<T>, deliver: (value: T) => void): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        deliver(await load());
      } while (again);
    } catch {
      // A load that throws is a version not taken; the next change tries again.
    } finally {
      running = false;
    }
  };
  return () => void run();
}
