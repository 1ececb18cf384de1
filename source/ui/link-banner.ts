import stringWidth from 'string-width';
import type { Layout } from '../state/layout.js';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** The banner never takes more than half the screen; a longer address is cut, with its start kept. */
const MAX_SHARE = 0.5;

/**
 * The rows of the banner that shows a copied web link whole, to select and copy by hand when the
 * terminal does not take OSC 52: a title row, then the address broken at the screen's width with
 * nothing added inside it, so a selection of those rows is the address.
 */
export function linkBanner(url: string, layout: Layout, styles: UiStyles): string[] {
  const width = layout.width;
  const rows: string[] = [];
  let row = '';
  for (const ch of url) {
    if (stringWidth(row + ch) > width) {
      rows.push(row);
      row = '';
    }
    row += ch;
  }
  if (row !== '') rows.push(row);
  const room = Math.max(1, Math.floor((layout.height - layout.footer.height) * MAX_SHARE) - 1);
  const title =
    width >= 80
      ? 'Link sent to your clipboard (if your terminal allows it); to copy it by hand:'
      : 'Link (copied if your terminal allows):';
  const shown = rows.length > room ? [...rows.slice(0, room - 1), styles.symbols.ellipsis] : rows;
  return [
    styles.inverse(fitWidth(title, width, styles.symbols.ellipsis)),
    ...shown.map((line) => styles.bold(line)),
  ];
}
