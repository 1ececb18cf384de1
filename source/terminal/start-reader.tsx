import { render } from 'ink';
import { createSessionContext } from '../input/session-context.js';
import { openWebUrl } from '../io/open-url.js';
import type { Theme } from '../render/theme.js';
import type { LibraryContext } from '../state/context.js';
import type { LayoutOptions } from '../state/layout.js';
import { type ReadBook, type ReadRecord, startReads } from '../state/reads.js';
import { chooseStart, initialState, type PlaceBook } from '../state/session.js';
import type { WebLinkEffect } from '../state/state.js';
import { type LiveSource, ReaderApp } from '../ui/reader-app.js';
import { copyWebUrl } from './clipboard.js';
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
  /** The library, shared by every session that reads it. */
  readonly shared: LibraryContext;
  /** Changes to the layout's defaults. */
  readonly layout?: Partial<LayoutOptions>;
  /** Open this briefing (by id) instead of the picker, when the library has it. */
  readonly briefingId?: string;
  /** Saved reading places: the start place, a picked briefing's place; written as briefings are left. */
  readonly places?: PlaceBook;
  /**
   * What `o` does with a web link: `open` runs the system's opener (only the local terminal may);
   * `copy`, the default, runs nothing and copies it to the terminal's clipboard with OSC 52.
   */
  readonly webLinks?: 'open' | 'copy';
  /** What the reader has read: the records it starts from, and where what it reads is saved. */
  readonly reads?: {
    readonly records: Readonly<Record<string, ReadRecord | undefined>>;
    readonly book: ReadBook;
    /** The time the session starts (ms since the epoch), for "since you last read (2 days ago)". */
    readonly now: number;
  };
  /** New versions of the library while the session is open. */
  readonly live?: LibrarySource;
}

/**
 * A new version of the library, or the one-line problem that kept it out (`check`'s first line).
 * A `quiet` version completes the one shown (an article's derived panels, io/load-article.ts): it is
 * taken in place without being announced or marked as changed.
 */
export type LibraryUpdate =
  | { readonly shared: LibraryContext; readonly quiet?: boolean }
  | { readonly problem: string };

/** Where new versions of the library come from (a watched file, the server's library). */
export interface LibrarySource {
  subscribe(listener: (update: LibraryUpdate) => void): () => void;
}

/** A running reader session. */
export interface ReaderSession {
  waitUntilExit(): Promise<unknown>;
  /** Ends the session now (a signal, a dropped client), reporting the place first. */
  unmount(): void;
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
  const start = chooseStart(options.shared, options);
  const webLinks = options.webLinks ?? 'copy';
  const contextOf = (shared: LibraryContext) =>
    createSessionContext(shared, {
      theme: io.theme,
      webLinks,
      ...(options.layout === undefined ? {} : { layout: options.layout }),
    });
  const ctx = contextOf(start.shared);
  const viewport = { width: size.columns, height: size.rows };
  const state = initialState(ctx, {
    viewport,
    ...(start.place === undefined ? {} : { place: start.place }),
    ...(options.reads === undefined ? {} : { reads: startReads(options.reads.records, options.reads.now) }),
  });
  const source = options.live;
  const live: LiveSource | undefined =
    source === undefined
      ? undefined
      : {
          subscribe: (listener) =>
            source.subscribe((update) => {
              if ('problem' in update) return listener(update);
              // A session that opened one named briefing keeps to it in every version.
              const scoped = chooseStart(
                update.shared,
                options.briefingId === undefined ? {} : { briefingId: options.briefingId },
              ).shared;
              listener({ ctx: contextOf(scoped), quiet: update.quiet === true });
            }),
        };
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

  const webLink = (effect: WebLinkEffect): string | undefined => {
    if (effect.kind === 'open' && webLinks === 'open') return openWebUrl(effect.url);
    copyWebUrl(io.stdout, effect.url);
    return undefined;
  };
  const app = (
    <ReaderApp
      ctx={ctx}
      initial={state}
      places={options.places}
      reads={options.reads?.book}
      live={live}
      webLink={webLink}
    />
  );
  const instance = render(app, {
    stdout: sink as unknown as NodeJS.WriteStream,
    stdin: io.stdin,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
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
      // Cut short (a signal, a dropped client): the app keeps the place as it unmounts.
      sink.close();
      instance.unmount();
      cleanup();
    },
  };
}
