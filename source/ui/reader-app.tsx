import { Box, useApp, useStdout } from 'ink';
import { useCallback, useEffect, useMemo } from 'react';
import { footerHints, helpSections } from '../input/help.js';
import { SCOPE_TITLES, type Scope } from '../input/keymap.js';
import { activeScopes, keyToAction } from '../input/resolve-key.js';
import { splitInput } from '../input/split-input.js';
import type { RenderCache } from '../render/cache.js';
import { readerLines } from '../render/reader-lines.js';
import type { Theme } from '../render/theme.js';
import type { Action } from '../state/actions.js';
import type { ReducerContext } from '../state/context.js';
import { KIND_LABELS } from '../state/items.js';
import { DEFAULT_LAYOUT } from '../state/layout.js';
import { entryOf } from '../state/navigate.js';
import {
  navWindow,
  openDocument,
  placeOf,
  positionText,
  searchStatusText,
  selectLayout,
  shownPanes,
  visibleLinks,
  visibleRange,
} from '../state/selectors.js';
import type { AppState, Place } from '../state/state.js';
import { Footer } from './footer.js';
import { Header } from './header.js';
import { HelpOverlay } from './help-overlay.js';
import { NavPane } from './nav-pane.js';
import { renderedOpenItem } from './open-content.js';
import { Picker } from './picker.js';
import { ReaderPane } from './reader-pane.js';
import { createUiStyles } from './styles.js';
import { TooSmall } from './too-small.js';
import { useKeys } from './use-keys.js';
import { useReaderState } from './use-reader-state.js';

const ALL_SCOPES = Object.keys(SCOPE_TITLES) as Scope[];

/** Reading places by briefing id, kept by the host (a file locally; per client over SSH, or none). */
export interface PlaceBook {
  get(briefingId: string): Place | undefined;
  put(place: Place): void;
}

/** Props of {@link ReaderApp}. */
export interface ReaderAppProps {
  /** The open briefings and their search, created once per session. */
  readonly ctx: ReducerContext;
  /** Where to start (the first section, or a resumed place). */
  readonly initial: AppState;
  readonly theme: Theme;
  readonly cache: RenderCache;
  /** Every state the reader settles in, for a host that must know the place if the session is cut short. */
  readonly onState?: (state: AppState) => void;
  /** Saved reading places: read when a briefing is picked, written when one is left or the reader quits. */
  readonly places?: PlaceBook | undefined;
  /** The finders for marks in the text: the domain's `findMatches`. */
  readonly findMatches: (text: string, query: string) => readonly { offset: number; length: number }[];
}

/**
 * The whole reader: turns keys into actions through the keymap, keeps the state, and draws the panes
 * for the state's size. Sizes come from the stdout Ink was given (a local terminal or an SSH channel),
 * never from `process`.
 */
export function ReaderApp({ ctx, initial, theme, cache, onState, places, findMatches }: ReaderAppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const styles = useMemo(() => createUiStyles(theme), [theme]);
  // The one place for side effects: quitting, telling the host, resuming a picked briefing.
  const onChange = useCallback(
    (previous: AppState, next: AppState, apply: (action: Action) => void) => {
      onState?.(next);
      const left =
        previous.screen === 'reader' && (next.screen === 'picker' || (next.quit && !previous.quit));
      const place = left ? placeOf(ctx, previous) : undefined;
      if (place !== undefined) places?.put(place);
      if (next.quit && !previous.quit) {
        exit();
        return;
      }
      if (previous.screen === 'picker' && next.screen === 'reader') {
        const id = ctx.library[next.briefing]?.briefing.id;
        const saved = id === undefined ? undefined : places?.get(id);
        if (saved !== undefined) apply({ type: 'restore', place: saved });
      }
    },
    [onState, places, exit, ctx],
  );
  const [state, apply, current] = useReaderState(ctx, initial, theme, cache, onChange);

  useEffect(() => {
    // A stream without a size (a test double, a pipe) keeps the size the session started with.
    const resized = () => {
      if (stdout.columns > 0 && stdout.rows > 0)
        apply({ type: 'resize', width: stdout.columns, height: stdout.rows });
    };
    resized();
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout, apply]);

  // A search on a large briefing confirms with its first hit only; the rest are counted once that
  // frame is out, so Enter answers as fast as on a small briefing. Scheduled here: the reducer has
  // no timers. Keyed on the uncounted hits, not on a flag: a count and the next search's confirm can
  // land in one render.
  const uncounted = state.search.counted ? undefined : state.search.hits;
  useEffect(() => {
    if (uncounted === undefined) return;
    const timer = setImmediate(() => apply({ type: 'search-count' }));
    return () => clearImmediate(timer);
  }, [uncounted, apply]);

  useKeys((input, key) => {
    // Typed or pasted query text is applied as one action, not one per character.
    let typed = '';
    for (const [char, charKey] of splitInput(input, key)) {
      // The latest state, not this render's: the keys of one chunk (`/Zap`) each see the mode the one
      // before them left (typing a search, help open).
      const action = keyToAction(char, charKey, current());
      if (action?.type === 'search-input') {
        typed += action.text;
        continue;
      }
      if (typed !== '') apply({ type: 'search-input', text: typed });
      typed = '';
      if (action !== undefined) apply(action);
    }
    if (typed !== '') apply({ type: 'search-input', text: typed });
  });

  const { width, height } = state.viewport;
  const layout = selectLayout(ctx, state);
  if (layout.mode === 'too-small') {
    return (
      <TooSmall
        width={width}
        height={height}
        minWidth={DEFAULT_LAYOUT.minWidth}
        minHeight={DEFAULT_LAYOUT.minHeight}
      />
    );
  }
  const footer = (
    <Footer
      position={positionText(ctx, state)}
      search={searchStatusText(state, styles.symbols.ellipsis)}
      notice={state.notice}
      hints={footerHints(activeScopes(state), undefined, theme.ascii)}
      width={width}
      styles={styles}
    />
  );
  const bodyHeight = height - 2;
  if (state.overlay === 'help') {
    // Every binding, but the picker's when there is no picker.
    const scopes = ctx.library.length > 1 ? undefined : ALL_SCOPES.filter((scope) => scope !== 'picker');
    return (
      <Box flexDirection="column" width={width} height={height}>
        <HelpOverlay
          sections={helpSections(scopes, undefined, theme.ascii)}
          width={width}
          height={height - 1}
          styles={styles}
        />
        {footer}
      </Box>
    );
  }
  if (state.screen === 'picker') {
    const entries = ctx.library.map(({ briefing }) => ({
      title: briefing.meta.title,
      date: briefing.meta.date,
      dateline: briefing.meta.dateline,
    }));
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Picker
          entries={entries}
          selected={state.picker.selection}
          width={width}
          height={height - 1}
          styles={styles}
        />
        {footer}
      </Box>
    );
  }
  const entry = entryOf(ctx, state);
  if (entry === undefined) return null;
  const panes = shownPanes(ctx, state);
  const doc = openDocument(ctx, state);
  const item = state.reader.item;
  const rendered = renderedOpenItem(ctx, state, theme, cache);
  const range = visibleRange(ctx, state);
  const links = visibleLinks(ctx, state);
  const lines =
    rendered === undefined
      ? []
      : readerLines(
          rendered,
          range.start,
          range.end,
          {
            query: state.search.query,
            findMatches,
            mark: state.reader.mark,
            markKind: state.reader.target?.kind === 'text' ? 'hit' : 'name',
            links: links.map((link) => ({
              spot: link.spot,
              current: link.index === state.reader.linkCursor,
            })),
          },
          theme,
        );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header meta={entry.briefing.meta} width={width} styles={styles} />
      <Box flexDirection="row" height={bodyHeight}>
        {panes.nav && (
          <NavPane
            entry={entry}
            panel={state.panel}
            selected={state.selection[state.panel]}
            window={navWindow(ctx, state)}
            width={layout.navWidth}
            rows={layout.navRows}
            focused={state.focus === 'nav'}
            styles={styles}
          />
        )}
        {panes.nav && panes.reader && <Box width={DEFAULT_LAYOUT.gap} />}
        {panes.reader && (
          <ReaderPane
            title={doc?.title ?? ''}
            kind={item === undefined ? '' : KIND_LABELS[item.kind]}
            lines={lines}
            width={layout.readerWidth}
            rows={layout.readerRows}
            focused={state.focus === 'reader'}
            styles={styles}
          />
        )}
      </Box>
      {footer}
    </Box>
  );
}
