import { Text } from 'ink';
import stringWidth from 'string-width';
import { PANEL_LABELS, PANELS, type PanelId } from '../state/items.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link TabBar}. */
export interface TabBarProps {
  readonly active: PanelId;
  readonly width: number;
  readonly focused: boolean;
  readonly styles: UiStyles;
}

/**
 * The panel tabs with their number keys. Full labels when they fit, else the active one in full and
 * the others by number, so a narrow navigation column still shows where 1–5 lead.
 */
export function TabBar({ active, width, focused, styles }: TabBarProps) {
  const full = PANELS.map((panel, i) => `${i + 1} ${PANEL_LABELS[panel]}`);
  const labels =
    stringWidth(full.join('  ')) <= width
      ? full
      : PANELS.map((panel, i) => (panel === active ? `${i + 1} ${PANEL_LABELS[panel]}` : `${i + 1}`));
  const tabs = labels.map((label, i) => {
    if (PANELS[i] !== active) return styles.dim(label);
    return focused ? styles.inverse(styles.bold(label)) : styles.bold(styles.underline(label));
  });
  return <Text wrap="truncate-end">{fitWidth(tabs.join(' '), width, styles.symbols.ellipsis)}</Text>;
}
