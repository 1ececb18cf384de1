/**
 * The local reader as `briefing FILE` runs it (runInteractive: loadLibrary, createLibraryContext,
 * runLocal around startReader), with one fault planted through the reader's public props, so that
 * a real component fails without any switch in the production code. Bundled and run in a pty by
 * test/e2e/restore.test.ts:
 *
 *     node faulty-reader.mjs FILE search   the briefing's search throws when a search is run
 *                                          (an error in the reducer, inside Ink's key handler)
 *     node faulty-reader.mjs FILE render   after a search, the briefing's title throws when the
 *                                          Header component reads it (an error while rendering)
 *
 * The briefing itself loads and validates as usual; only the objects handed to the reader differ.
 */
import type { BriefingMeta } from '../../source/domain/types.js';
import { loadLibrary } from '../../source/io/load-library.js';
import type { BriefingContext } from '../../source/state/context.js';
import { createLibraryContext } from '../../source/state/library.js';
import { runLocal } from '../../source/terminal/local.js';
import { startReader } from '../../source/terminal/start-reader.js';
import { FAULTS, type FaultMode } from './planted-faults.js';

/** Plants `mode`'s fault in one briefing's context. */
function plant(entry: BriefingContext, mode: FaultMode): BriefingContext {
  if (mode === 'search') {
    return {
      ...entry,
      search: () => {
        throw new Error(FAULTS.search);
      },
    };
  }
  let armed = false;
  const meta = entry.briefing.meta;
  const trapped: BriefingMeta = Object.defineProperty({ ...meta }, 'title', {
    enumerable: true,
    get: () => {
      if (armed) throw new Error(FAULTS.render);
      return meta.title;
    },
  });
  return {
    ...entry,
    briefing: { ...entry.briefing, meta: trapped },
    search: (query) => {
      armed = true;
      return entry.search(query);
    },
  };
}

async function main(file: string, mode: string): Promise<number> {
  if (mode !== 'search' && mode !== 'render') throw new Error(`unknown mode ${mode}; give search or render`);
  const library = await loadLibrary(file);
  const ctx = createLibraryContext(library.briefings);
  const [first, ...rest] = ctx.library;
  if (first === undefined) throw new Error(`${file} holds no briefing`);
  const faulty = { ...ctx, library: [plant(first, mode), ...rest] };
  return runLocal((io) =>
    startReader(
      {
        stdin: io.stdin,
        stdout: io.stdout,
        theme: {
          colorLevel: io.terminal.colorLevel,
          ascii: !io.terminal.unicode,
          hyperlinks: io.terminal.hyperlinks,
        },
      },
      { shared: faulty },
    ),
  );
}

process.exitCode = await main(process.argv[2] ?? '', process.argv[3] ?? '');
