/**
 * The library the server shares between sessions: loaded once, and loaded again when files change
 * on disk (debounced) or on SIGHUP. Each library loaded goes to `onLoad`, which hands it to new
 * sessions and to open ones (terminal/ssh-reader.ts). A briefing that fails to load is logged and
 * skipped; a directory that cannot be read at all keeps the last good library.
 */
import { formatProblem } from '../domain/problems.js';
import { watchPath } from '../io/live-library.js';
import { type Library, loadLibrary } from '../io/load-library.js';
import { errorText, type Logger } from './log.js';

/** Settings of {@link watchLibrary}. */
export interface LibraryWatchOptions {
  /** A directory of briefings, or one file. */
  readonly path: string;
  readonly log: Logger;
  /** Called with each library that loaded (the first one included). */
  readonly onLoad: (library: Library) => void;
  /** Quiet time after the last change before reloading; editors write in several steps. */
  readonly debounceMs?: number;
  /** Watch the path for changes (default true). */
  readonly watchFiles?: boolean;
}

/** A watched library. */
export interface LibraryWatcher {
  /** The library loaded first. */
  readonly initial: Library;
  /** Loads again now (SIGHUP); resolves when done. Never rejects. */
  reload(reason: string): Promise<void>;
  /** Stops watching; pending reloads are dropped. */
  close(): void;
}

/** Loads the library and logs what was skipped; reports a failure of the path itself. */
async function loadAndLog(path: string, log: Logger, reason: string): Promise<Library> {
  const library = await loadLibrary(path);
  for (const problem of library.problems) log.event('library-problem', { problem: formatProblem(problem) });
  for (const warning of library.warnings) log.event('library-warning', { problem: formatProblem(warning) });
  if (!library.failure) {
    log.event('library', {
      reason,
      briefings: library.briefings.length,
      ids: library.briefings.map((b) => b.id).join(','),
    });
  }
  return library;
}

/**
 * Loads the library, calls `onLoad` with it, and keeps it current.
 * The first load's failure (a missing path, an empty directory) is the caller's to report.
 */
export async function watchLibrary(options: LibraryWatchOptions): Promise<LibraryWatcher> {
  const { path, log, onLoad } = options;
  const debounceMs = options.debounceMs ?? 300;
  const initial = await loadAndLog(path, log, 'start');
  if (!initial.failure) onLoad(initial);

  let closed = false;
  let running: Promise<void> | undefined;
  let again: string | undefined;
  let unwatch: (() => void) | undefined;

  const reload = (reason: string): Promise<void> => {
    if (closed) return Promise.resolve();
    if (running) {
      again = reason;
      return running;
    }
    running = (async () => {
      try {
        const library = await loadAndLog(path, log, reason);
        if (closed) return;
        if (library.failure) {
          log.event('library-kept', {
            reason: `cannot load ${path} (${library.failure}); keeping the last good library`,
          });
        } else {
          onLoad(library);
        }
      } catch (error) {
        log.event('library-kept', {
          reason: `reload failed (${errorText(error)}); keeping the last good library`,
        });
      } finally {
        running = undefined;
        const next = again;
        again = undefined;
        if (next !== undefined) void reload(next);
      }
    })();
    return running;
  };

  if (options.watchFiles !== false) {
    unwatch = await watchPath(
      path,
      () => void reload('change'),
      (error) => log.event('library-watch-error', { error, hint: 'send SIGHUP to reload' }),
      { debounceMs },
    );
  }

  return {
    initial,
    reload,
    close() {
      closed = true;
      unwatch?.();
    },
  };
}
