import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo } from 'react';
import type { ReducerContext } from '../state/context.js';
import type { ReadBook } from '../state/reads.js';
import type { PlaceBook } from '../state/session.js';
import type { AppState } from '../state/state.js';
import type { EffectHost } from './effects.js';
import { HelpScreen } from './help-screen.js';
import { linkBanner } from './link-banner.js';
import { PickerScreen } from './picker-screen.js';
import { ReaderScreen } from './reader-screen.js';
import { StatusFooter } from './status-footer.js';
import { createUiStyles } from './styles.js';
import { TooSmall } from './too-small.js';
import { useHostEvents } from './use-host-events.js';
import { useKeyLoop } from './use-key-loop.js';
import { useReaderState } from './use-reader-state.js';

/** Props of {@link ReaderApp}. */
export interface ReaderAppProps {
  /** The session's context: the open briefings, their search, the layout and rendering of its terminal. */
  readonly ctx: ReducerContext;
  /** Where to start (the first section, or a resumed place). */
  readonly initial: AppState;
  /** Every state the reader settles in, for a host that must know the place if the session is cut short. */
  readonly onState?: (state: AppState) => void;
  /** Saved reading places: read when a briefing is picked, written when one is left or the reader quits. */
  readonly places?: PlaceBook | undefined;
  /** What the reader has seen of each item, saved as items are read. */
  readonly reads?: ReadBook | undefined;
  /** New versions of the library while the reader is open (a file saved), or why one was not taken. */
  readonly live?: LiveSource | undefined;
  /** Opens or copies a web link as the transport can (`EffectHost.webLink`). */
  readonly webLink?: EffectHost['webLink'];
}

/**
 * A new version of the library, as this session's context, or the problem that kept it out. A
 * `quiet` one completes the version shown (an article's derived panels): taken, not announced.
 */
export type LiveUpdate =
  | { readonly ctx: ReducerContext; readonly quiet?: boolean }
  | { readonly problem: string };

/** Where live updates come from: the host watches the files (locally) or the library (the server). */
export interface LiveSource {
  subscribe(listener: (update: LiveUpdate) => void): () => void;
}

/**
 * The whole reader: keys become actions through the keymap, the state changes in the reducer, and
 * the screen for the state is drawn into the regions of the layout.
 */
export function ReaderApp({
  ctx: initialCtx,
  initial,
  onState,
  places,
  reads,
  live,
  webLink,
}: ReaderAppProps) {
  const { exit } = useApp();
  const host = useMemo<EffectHost>(
    () => ({ places, reads, onState, exit, webLink }),
    [places, reads, onState, exit, webLink],
  );
  const styles = useMemo(() => createUiStyles(initialCtx.theme), [initialCtx]);
  const [state, apply, current, ctx, swap] = useReaderState(initialCtx, initial, host);
  useHostEvents(state, apply);
  useEffect(
    () =>
      live?.subscribe((update) => {
        if ('ctx' in update) swap(update.ctx, update.quiet === true);
        else apply({ type: 'reload-failed', problem: update.problem });
      }),
    [live, swap, apply],
  );
  useKeyLoop(apply, current);

  const layout = ctx.layout(state.viewport);
  if (layout.mode === 'too-small') {
    return (
      <TooSmall
        width={layout.width}
        height={layout.height}
        minWidth={layout.minimum.width}
        minHeight={layout.minimum.height}
      />
    );
  }
  const footer = <StatusFooter ctx={ctx} state={state} styles={styles} />;
  const screen =
    state.overlay === 'help' ? (
      <HelpScreen ctx={ctx} state={state} styles={styles} />
    ) : state.screen === 'picker' ? (
      <PickerScreen ctx={ctx} state={state} styles={styles} />
    ) : (
      <ReaderScreen ctx={ctx} state={state} styles={styles} />
    );
  // A copied link is shown whole over the bottom of the screen until the next key.
  const banner = state.effect?.kind === 'copy' ? linkBanner(state.effect.url, layout, styles) : [];
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      {banner.length === 0 ? (
        screen
      ) : (
        <Box
          flexDirection="column"
          height={layout.height - layout.footer.height - banner.length}
          overflow="hidden"
        >
          {/* The screen keeps its height and loses its bottom rows under the banner. */}
          <Box flexShrink={0} flexDirection="column">
            {screen}
          </Box>
        </Box>
      )}
      {banner.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen.
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
      {footer}
    </Box>
  );
}
