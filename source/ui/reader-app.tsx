import { Box, useApp } from 'ink';
import { useMemo } from 'react';
import type { ReducerContext } from '../state/context.js';
import type { PlaceBook } from '../state/session.js';
import type { AppState } from '../state/state.js';
import type { EffectHost } from './effects.js';
import { HelpScreen } from './help-screen.js';
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
}

/**
 * The whole reader: keys become actions through the keymap, the state changes in the reducer, and
 * the screen for the state is drawn into the regions of the layout.
 */
export function ReaderApp({ ctx, initial, onState, places }: ReaderAppProps) {
  const { exit } = useApp();
  const host = useMemo<EffectHost>(() => ({ places, onState, exit }), [places, onState, exit]);
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
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      {screen}
      {footer}
    </Box>
  );
}
