import { Box, Text, useApp } from 'ink';
import { useMemo } from 'react';
import type { ReducerContext } from '../state/context.js';
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
  /** Opens or copies a web link as the transport can (`EffectHost.webLink`). */
  readonly webLink?: EffectHost['webLink'];
}

/**
 * The whole reader: keys become actions through the keymap, the state changes in the reducer, and
 * the screen for the state is drawn into the regions of the layout.
 */
export function ReaderApp({ ctx, initial, onState, places, webLink }: ReaderAppProps) {
  const { exit } = useApp();
  const host = useMemo<EffectHost>(
    () => ({ places, onState, exit, webLink }),
    [places, onState, exit, webLink],
  );
  const styles = useMemo(() => createUiStyles(ctx.theme), [ctx]);
  const [state, apply, current] = useReaderState(ctx, initial, host);
  useHostEvents(state, apply);
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
