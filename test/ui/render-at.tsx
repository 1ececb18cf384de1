import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import type { Theme } from '../../source/render/theme.js';
import type { LibraryContext, ReducerContext } from '../../source/state/context.js';
import { createLibraryContext } from '../../source/state/library.js';
import { initialState } from '../../source/state/session.js';
import { createReducerContext } from '../../source/state/session-context.js';
import { ReaderApp } from '../../source/ui/reader-app.js';

/** The bundled briefing, parsed. */
export function abuDhabi(): Briefing {
  const file = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
  const result = parseBriefing(readFileSync(file, 'utf8'), { file, id: 'abu-dhabi-talks' });
  if (!result.ok) throw new Error('the bundled briefing does not parse');
  return result.briefing;
}

export const colourTheme: Theme = { colorLevel: 1, ascii: false, hyperlinks: false };
export const monoTheme: Theme = { colorLevel: 0, ascii: false, hyperlinks: false };

/** Sets the test stdout's size and tells the app, as a terminal resize would. */
export function resize(stdout: NodeJS.EventEmitter, width: number, height: number): void {
  Object.defineProperty(stdout, 'columns', { value: width, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: height, configurable: true });
  stdout.emit('resize');
}

/** Renders an element with ink-testing-library on a stdout of the given size. */
export function renderAt(element: ReactElement, width: number, height: number) {
  const result = render(element);
  resize(result.stdout, width, height);
  return result;
}

/** The reader on briefings at a size, with helpers to type keys and read the last frame. */
export function renderReader(
  briefings: readonly Briefing[],
  width: number,
  height: number,
  theme: Theme = colourTheme,
  shared: LibraryContext = createLibraryContext(briefings),
): ReturnType<typeof renderAt> & { ctx: ReducerContext } {
  const ctx = createReducerContext(shared, { theme });
  const initial = initialState(ctx, { viewport: { width, height } });
  const result = renderAt(<ReaderApp ctx={ctx} initial={initial} />, width, height);
  return { ...result, ctx };
}

/** Strips SGR styling, for assertions on the text a person reads. */
export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(/\u001b\[[0-9;]*m/g, '');
}

/** Waits until the last frame satisfies `predicate` (checked after each tick), or fails showing the frame. */
export async function waitForFrame(
  result: { lastFrame(): string | undefined },
  predicate: (frame: string) => boolean,
  description: string,
  timeoutMs = 5_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = plain(result.lastFrame());
    if (predicate(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}; last frame:\n${frame}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Types keys, one chunk each, and waits for the frame to reflect them. */
export async function press(
  result: { stdin: { write(data: string): void }; lastFrame(): string | undefined },
  keys: string,
  until: (frame: string) => boolean,
  description: string,
): Promise<string> {
  result.stdin.write(keys);
  return waitForFrame(result, until, description);
}
