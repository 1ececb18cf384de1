import { Chalk } from 'chalk';
import type { Style, Theme } from './theme.js';

/**
 * The colours of the sides of a story: eight that read apart on the common dark and light palettes,
 * given out in the order the sides first appear (so the first eight sides never share one). Colour is
 * never the only signal: wherever a side's colour is drawn, its name is written too.
 */
const PALETTE = ['cyan', 'yellow', 'magenta', 'green', 'red', 'blue', 'cyanBright', 'magentaBright'] as const;

/** The style of the side given colour number `index` (wrapping past the palette). */
export function sideStyle(index: number, theme: Theme): Style {
  const colour = new Chalk({ level: theme.colorLevel });
  const name = PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] ?? 'cyan';
  return (text) => colour[name](text);
}
