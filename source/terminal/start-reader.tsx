import { render } from 'ink';
import { createRenderCache } from '../render/cache.js';
import type { Theme } from '../render/theme.js';
import type { ReducerContext } from '../state/context.js';
import { placeOf } from '../state/selectors.js';
import { initialState } from '../state/session.js';
import type { AppState } from '../state/state.js';
import { type PlaceBook, ReaderApp } from '../ui/reader-app.js';
import { createFrameSink } from './frame-sink.js';
import { createFrameWriter } from './frame-writer.js';
import { createTerminalSession } from './session.js';

/** The streams of one reader session: a local terminal or an SSH channel, with its own size and colour. */
export interface ReaderIo {
  readonly stdin: NodeJS.ReadStream;
  /** The real terminal: it must have `columns`, `rows` and emit `resize`. */
  readonly stdout: NodeJS.WriteStream;
  readonly theme: Theme;
  /**
   * Whether the caller has already taken the screen (alternate screen, cursor hidden) and will give
   * it back: `runLocal` does, for every way the process can end. Default: the reader takes it itself.
   */
  readonly screenTaken?: boolean;
  /**
   * Calls `listener` on every window change, whether or not the size changed, and returns how to
   * stop. A tty's `resize` event fires only on a change, yet the terminal may have reflowed its
   * screen on the way back to the same size (two quick resizes read as one), which needs a repaint:
   * the local terminal passes SIGWINCH here. Default: the stream's `resize` event.
   */
  readonly watchResize?: (listener: () => void) => () => void;
}

/** What the session reads and where it starts. */
export interface ReaderOptions {
  readonly ctx: ReducerContext;
  /** Open this briefing (by id) instead of the picker, when the library has it. */
  readonly briefingId?: string;
  /** Saved reading places: the start place, a picked briefing's place; written as briefings are left. */
  readonly places?: PlaceBook;
}

/** A running reader session. */
export interface ReaderSession {
  waitUntilExit(): Promise<unknown>;
  /** Ends the session now (a signal, a dropped client), reporting the place first. */
  unmount(): void;
}

function startingState(
  ctx: ReducerContext,
  viewport: { width: number; height: number },
  options: ReaderOptions,
) {
  const index =
    options.briefingId === undefined
      ? -1
      : ctx.library.findIndex((e) => e.briefing.id === options.briefingId);
  // A named briefing opens like a library of one: no picker on the way in.
  const scoped: ReducerContext =
    index < 0 ? ctx : { ...ctx, library: [ctx.library[index] as (typeof ctx.library)[number]] };
  const only = scoped.library.length === 1 ? scoped.library[0] : undefined;
  const place = only === undefined ? undefined : options.places?.get(only.briefing.id);
  return {
    ctx: scoped,
    state: initialState(scoped, place === undefined ? { viewport } : { viewport, place }),
  };
}

/**
 * Starts the reader on the given streams: takes the screen, renders every frame through the frame
 * writer (Ink in `debug` mode writes whole frames into the sink; the writer sends only what changed),
 * forwards resizes, and gives the screen back when the reader ends.
 */
export function startReader(io: ReaderIo, options: ReaderOptions): ReaderSession {
  const size = { columns: io.stdout.columns || 80, rows: io.stdout.rows || 24 };
  const terminal = io.screenTaken ? undefined : createTerminalSession({ stdin: io.stdin, stdout: io.stdout });
  // Raw mode before the first frame: Ink turns it on only after mounting, and a key typed in between
  // would be echoed by the terminal onto the frame (and held until Enter).
  if (io.stdin.isTTY) io.stdin.setRawMode?.(true);
  const writer = createFrameWriter(io.stdout, size);
  const sink = createFrameSink(writer, size);
  const { ctx, state } = startingState(options.ctx, { width: size.columns, height: size.rows }, options);
  let last: AppState = state;
  const onResize = () => {
    // Asked afresh: a signal handler may run before the stream has refreshed its own size.
    const [columns, rows] = io.stdout.getWindowSize?.() ?? [io.stdout.columns, io.stdout.rows];
    sink.resize(columns || size.columns, rows || size.rows);
  };
  const unwatchResize =
    io.watchResize?.(onResize) ??
    (() => {
      io.stdout.on('resize', onResize);
      return () => io.stdout.off('resize', onResize);
    })();

  const instance = render(
    <ReaderApp
      ctx={ctx}
      initial={state}
      theme={io.theme}
      cache={createRenderCache()}
      findMatches={ctx.findMatches}
      onState={(next) => {
        last = next;
      }}
      places={options.places}
    />,
    {
      stdout: sink as unknown as NodeJS.WriteStream,
      stdin: io.stdin,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const cleanup = () => {
    unwatchResize();
    // Frames rendered after this (Ink's last one on unmount) must not reach a restored or closed terminal.
    sink.close();
    terminal?.restore();
  };
  const exited = instance.waitUntilExit().finally(cleanup);
  return {
    waitUntilExit: () => exited,
    unmount() {
      // Cut short (a signal, a dropped client): keep the place all the same.
      const place = last.screen === 'reader' && !last.quit ? placeOf(ctx, last) : undefined;
      if (place !== undefined) options.places?.put(place);
      sink.close();
      instance.unmount();
      cleanup();
    },
  };
}
