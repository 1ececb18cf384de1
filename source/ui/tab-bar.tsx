import { Text } from 'ink';
import stringWidth from 'string-width';
import type { Tab } from '../state/selectors.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link TabBar}. */
export interface TabBarProps {
  readonly tabs: readonly Tab[];
  readonly width: number;
  /** Whether the keys go to the list (the active tab is then drawn in inverse video). */
  readonly focused: boolean;
  readonly styles: UiStyles;
}

/** Labels cut to `letters` letters each (`3 Iss`), or whole when `letters` is undefined. */
function labelsOf(tabs: readonly Tab[], letters?: number): string[] {
  return tabs.map((tab) => `${tab.key} ${letters === undefined ? tab.label : tab.label.slice(0, letters)}`);
}

/**
 * The tabs with their keys, always named: whole labels when they fit, else cut to three letters
 * (`2 Pla`), else to one; empty panels are dim.
 */
export function TabBar({ tabs, width, focused, styles }: TabBarProps) {
  const fits = (labels: string[]) => stringWidth(labels.join('  ')) <= width;
  const labels = [undefined, 3, 1].map((letters) => labelsOf(tabs, letters)).find(fits) ?? labelsOf(tabs, 1);
  const drawn = labels.map((label, i) => {
    const tab = tabs[i] as Tab;
    if (!tab.active) return tab.empty ? styles.dim(label) : label;
    return focused ? styles.inverse(styles.bold(label)) : styles.bold(styles.underline(label));
  });
  return <Text wrap="truncate-end">{fitWidth(drawn.join('  '), width, styles.symbols.ellipsis)}</Text>;
}
