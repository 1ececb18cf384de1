import { Box } from 'ink';
import type { ReducerContext } from '../state/context.js';
import { entryOf } from '../state/navigate.js';
import { navWindow, readerView, shownPanes } from '../state/selectors.js';
import type { AppState } from '../state/state.js';
import { Header } from './header.js';
import { NavPane } from './nav-pane.js';
import { ReaderPane } from './reader-pane.js';
import type { UiStyles } from './styles.js';

/** Props of {@link ReaderScreen}. */
export interface ReaderScreenProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

/** A briefing being read: the header, then the list and the reader (side by side, or the focused one). */
export function ReaderScreen({ ctx, state, styles }: ReaderScreenProps) {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return null;
  const layout = ctx.layout(state.viewport);
  const panes = shownPanes(ctx, state);
  const view = panes.reader ? readerView(ctx, state) : undefined;
  const bodyRows = layout.list.height + layout.tabs.height;
  return (
    <>
      <Header meta={entry.briefing.meta} width={layout.header.width} styles={styles} />
      <Box flexDirection="row" height={bodyRows}>
        {panes.nav && (
          <NavPane
            entry={entry}
            panel={state.panel}
            selected={state.selection[state.panel]}
            window={navWindow(ctx, state)}
            width={layout.list.width}
            rows={layout.list.height}
            focused={state.focus === 'nav'}
            styles={styles}
          />
        )}
        {panes.nav && panes.reader && <Box width={layout.reader.left - layout.list.width} />}
        {view !== undefined && (
          <ReaderPane
            title={view.title}
            kind={view.kind}
            lines={view.lines}
            width={layout.reader.width}
            rows={layout.reader.height}
            focused={state.focus === 'reader'}
            styles={styles}
          />
        )}
      </Box>
    </>
  );
}
