import { Box } from 'ink';
import { useMemo } from 'react';
import type { BriefingContext } from '../state/context.js';
import { PANEL_LABELS, type PanelId } from '../state/items.js';
import { listRows } from '../state/selectors.js';
import { NavList, type NavRow } from './nav-list.js';
import type { UiStyles } from './styles.js';
import { TabBar } from './tab-bar.js';

/** Props of {@link NavPane}. */
export interface NavPaneProps {
  readonly entry: BriefingContext;
  readonly panel: PanelId;
  readonly selected: number;
  readonly window: { readonly start: number; readonly end: number };
  readonly width: number;
  /** Rows of list, below the tab bar. */
  readonly rows: number;
  readonly focused: boolean;
  readonly styles: UiStyles;
}

/** The rows of a panel; players carry their side as a coloured text tag, so it reads without colour. */
export function navRows(entry: BriefingContext, panel: PanelId, styles: UiStyles): NavRow[] {
  const rows = listRows(entry, panel);
  if (panel !== 'players') return rows;
  return rows.map((row, i) => {
    const side = entry.briefing.players[i]?.side ?? '';
    return side === '' ? row : { ...row, tag: { text: side, paint: styles.side(side) } };
  });
}

/** The navigation column: the panel tabs over the selected panel's list. */
export function NavPane({ entry, panel, selected, window, width, rows, focused, styles }: NavPaneProps) {
  // Built once per panel, not per key: a briefing may list 5,000 sections.
  const panelRows = useMemo(() => navRows(entry, panel, styles), [entry, panel, styles]);
  return (
    <Box flexDirection="column" width={width}>
      <TabBar active={panel} width={width} focused={focused} styles={styles} />
      <NavList
        rows={panelRows}
        start={window.start}
        end={window.end}
        selected={selected}
        width={width}
        height={rows}
        focused={focused}
        emptyText={`No ${PANEL_LABELS[panel].toLowerCase()} in this briefing.`}
        styles={styles}
      />
    </Box>
  );
}
