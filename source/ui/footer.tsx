import { Text } from 'ink';
import stringWidth from 'string-width';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link Footer}. */
export interface FooterProps {
  /** `Section 3/7 · 42%`. */
  readonly position: string;
  /** `/query` while typing, `hit 3/12`, `no hits`, or empty. */
  readonly search: string;
  /** A one-line message that wins over the hints (`Search wrapped to the first hit.`). */
  readonly notice: string | undefined;
  /** Key hints of the focused pane, from the keymap. */
  readonly hints: readonly string[];
  readonly width: number;
  readonly styles: UiStyles;
}

/** The bottom row: where you are on the left; the search, a notice or the key hints on the right. */
export function Footer({ position, search, notice, hints, width, styles }: FooterProps) {
  const { dot } = styles.symbols;
  const left = [position, search].filter(Boolean).join(`  ${dot}  `);
  const room = width - stringWidth(left) - 2;
  let right = '';
  if (notice) right = styles.bold(notice);
  else {
    // As many whole hints as fit, in keymap order: a cut-off hint would only mislead.
    for (const hint of hints) {
      const next = right === '' ? hint : `${right}  ${hint}`;
      if (stringWidth(next) > room) break;
      right = next;
    }
    right = styles.dim(right);
  }
  const gap = Math.max(2, width - stringWidth(left) - stringWidth(right));
  return (
    <Text wrap="truncate-end">
      {styles.inverse(fitWidth(`${left}${' '.repeat(gap)}${right}`, width, styles.symbols.ellipsis))}
    </Text>
  );
}
