import cliTruncate from 'cli-truncate';
import { Text } from 'ink';
import stringWidth from 'string-width';
import { fitWidth } from './fit.js';
import type { UiStyles } from './styles.js';

/** Props of {@link Footer}. */
export interface FooterProps {
  /** `Section 3/7 · 42%`. */
  readonly position: string;
  /** The titles down to the current section (`API`, `Client`, `Client events`), or none. */
  readonly path?: readonly string[];
  /** `/query` while typing, `hit 3/12`, `no hits`, or empty. */
  readonly search: string;
  /** A one-line message that wins over the hints (`Search wrapped to the first hit.`). */
  readonly notice: string | undefined;
  /** Key hints of the focused pane, from the keymap. */
  readonly hints: readonly string[];
  readonly width: number;
  readonly styles: UiStyles;
}

/**
 * A path cut to `room` columns from its left, the end being what matters: whole titles dropped first
 * (`… › Client › Client events`), then the start of the last one.
 */
function cutPath(parts: readonly string[], separator: string, room: number, ellipsis: string): string {
  for (let first = 0; first < parts.length; first++) {
    const text = (first > 0 ? ellipsis + separator : '') + parts.slice(first).join(separator);
    if (stringWidth(text) <= room) return text;
  }
  const last = parts.at(-1) ?? '';
  if (room <= stringWidth(ellipsis) + 2) return '';
  let cut = cliTruncate(last, room, { position: 'start', truncationCharacter: ellipsis });
  if (stringWidth(cut) > room)
    cut = cliTruncate(last, room - 1, { position: 'start', truncationCharacter: ellipsis });
  return cut;
}

/** Below this many columns a path is not worth showing. */
const PATH_MIN = 8;

/**
 * The bottom row: where you are on the left (the position, the section's path cut from its left, the
 * search); a notice or the key hints on the right, the notice before the path.
 */
export function Footer({ position, path = [], search, notice, hints, width, styles }: FooterProps) {
  const { dot, ellipsis } = styles.symbols;
  const gap = `  ${dot}  `;
  const fixed = [position, search].filter(Boolean).join(gap);
  const noticeRoom = notice ? stringWidth(notice) + 2 : 0;
  // Two columns stay between the left and the right, as everywhere in the footer.
  const pathRoom = width - stringWidth(fixed) - (fixed === '' ? 0 : stringWidth(gap)) - noticeRoom - 2;
  const trail = pathRoom >= PATH_MIN ? cutPath(path, styles.symbols.path, pathRoom, ellipsis) : '';
  const whole = [position, trail, search].filter(Boolean).join(gap);
  // A notice that does not fit beside the position takes the whole row: it says something new (a
  // link's address to copy), the position is there again at the next key.
  const left = notice && stringWidth(whole) + 2 + stringWidth(notice) > width ? '' : whole;
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
  const spaces = Math.max(2, width - stringWidth(left) - stringWidth(right));
  return (
    <Text wrap="truncate-end">
      {styles.inverse(fitWidth(`${left}${' '.repeat(spaces)}${right}`, width, ellipsis))}
    </Text>
  );
}
