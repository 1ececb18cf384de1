import { Box } from 'ink';
import { memo } from 'react';
import type { ReducerContext } from '../state/context.js';
import { PANEL_LABELS } from '../state/items.js';
import { entryOf, layoutOf } from '../state/screen.js';
import {
  contextView,
  listView,
  overviewShown,
  readerView,
  shownPanes,
  sideColourOf,
  tabs,
} from '../state/selectors.js';
import type { AppState } from '../state/state.js';
import { ContextPane } from './context-pane.js';
import { Header } from './header.js';
import { ListPane } from './list-pane.js';
import { OverviewPane } from './overview-pane.js';
import { ReaderPane } from './reader-pane.js';
import { sameProps } from './same-props.js';
import type { UiStyles } from './styles.js';
import { TabBar } from './tab-bar.js';

// A key changes one pane at most; the others, given the same values, are not rendered again. The
// header (one row) is left to render every time: it is cheap, and it reads the briefing's meta
// itself, which a memo would compare only by identity.
const TabRow = memo(TabBar, sameProps);
const Overview = memo(OverviewPane, sameProps);
const List = memo(ListPane, sameProps);
const Reader = memo(ReaderPane, sameProps);
const Context = memo(ContextPane, sameProps);

/** Props of {@link ReaderScreen}. */
export interface ReaderScreenProps {
  readonly ctx: ReducerContext;
  readonly state: AppState;
  readonly styles: UiStyles;
}

/**
 * A briefing being read: the header and the tabs, then the overview across the body, or the list and
 * the reader (side by side, or the focused one) with the context pane beside them on wide screens.
 */
export function ReaderScreen({ ctx, state, styles }: ReaderScreenProps) {
  const entry = entryOf(ctx, state);
  if (entry === undefined) return null;
  const layout = layoutOf(ctx, state);
  const overview = overviewShown(state);
  const panes = shownPanes(ctx, state);
  const list = panes.nav && !overview ? listView(ctx, state) : undefined;
  // A panel with nothing in it shows only that: not the item read before, from another panel.
  const empty = list !== undefined && list.table.rows.length === 0;
  const view = overview || (panes.reader && !empty) ? readerView(ctx, state) : undefined;
  const context = overview || empty ? undefined : contextView(ctx, state);
  const bodyRows = layout.height - layout.header.height - layout.tabs.height - layout.footer.height;
  return (
    <>
      <Header meta={entry.briefing.meta} width={layout.header.width} styles={styles} />
      <TabRow
        tabs={tabs(ctx, state)}
        width={layout.tabs.width}
        focused={state.focus === 'nav'}
        styles={styles}
      />
      {overview && view !== undefined ? (
        <Overview lines={view.lines} width={layout.overview.width} rows={layout.overview.height} />
      ) : (
        <Box flexDirection="row" height={bodyRows}>
          {list !== undefined && (
            <List
              table={list.table}
              widths={list.widths}
              start={list.window.start}
              end={list.window.end}
              selected={list.selected}
              width={layout.list.width}
              rows={layout.list.height}
              focused={state.focus === 'nav'}
              emptyText={`No ${PANEL_LABELS[state.panel].toLowerCase()} in this briefing.`}
              sideColour={sideColourOf(ctx, state)}
              styles={styles}
              marks={list.marks}
            />
          )}
          {list !== undefined && view !== undefined && <Box width={layout.reader.left - layout.list.width} />}
          {view !== undefined && (
            <Reader
              title={view.title}
              kind={view.kind}
              lines={view.lines}
              width={layout.reader.width}
              rows={layout.reader.height}
              focused={state.focus === 'reader'}
              styles={styles}
            />
          )}
          {context !== undefined && (
            <>
              <Box width={layout.context.left - layout.reader.left - layout.reader.width} />
              <Context
                title={context.title}
                lines={context.lines}
                width={layout.context.width}
                rows={layout.context.height}
                styles={styles}
              />
            </>
          )}
        </Box>
      )}
    </>
  );
}
