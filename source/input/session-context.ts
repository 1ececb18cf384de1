import type { LibraryContext, ReducerContext } from '../state/context.js';
import { createReducerContext, type SessionOptions } from '../state/session-context.js';
import { helpLayout } from './help-layout.js';

/**
 * A session's full context: the state's (layout and rendering for the session's terminal) with the
 * key help laid out from the keymap, which sits above the state. Every reader session is made here.
 */
export function createSessionContext(
  shared: LibraryContext,
  options: Omit<SessionOptions, 'help'>,
): ReducerContext {
  const picker = shared.library.length > 1;
  const ascii = options.theme.ascii;
  return createReducerContext(shared, {
    ...options,
    help: (width, filter, context) => helpLayout(width, filter, context, { picker, ascii }),
  });
}
