import { Chalk } from 'chalk';
import { sideStyle } from '../render/sides.js';
import type { Theme } from '../render/theme.js';

/** A function that wraps text in SGR styling. */
export type Paint = (text: string) => string;

/**
 * The reader's chrome styles for one session. Colour follows the session's colour level (each SSH
 * client has its own), but the attributes (bold, inverse, underline, dim) are kept even without colour:
 * the selection must show by inverse video or a marker, never by colour alone. Strings are styled
 * here rather than through Ink's `color` props because Ink's chalk reads the process's own terminal,
 * not the session's.
 */
export interface UiStyles {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly inverse: Paint;
  readonly underline: Paint;
  /** Titles and the active tab. */
  readonly accent: Paint;
  /**
   * The colour of a side by its number (render/sides.ts: given out in the order sides appear, so the
   * first eight never share one); no number, no colour.
   */
  sideColour(index: number | undefined): Paint;
  readonly importance: Paint;
  readonly symbols: UiSymbols;
}

/** The few symbols the chrome draws; ASCII stand-ins under `--ascii` or a non-UTF-8 locale. */
export interface UiSymbols {
  readonly marker: string;
  readonly dot: string;
  readonly ellipsis: string;
  readonly rule: string;
  /** A node of the sections tree with its subsections shown, and one with them hidden. */
  readonly expanded: string;
  readonly collapsed: string;
  /** Between the titles of a section's path in the footer. */
  readonly path: string;
}

const UNICODE: UiSymbols = {
  marker: '›',
  dot: '·',
  ellipsis: '…',
  rule: '─',
  expanded: '▾',
  collapsed: '▸',
  path: ' › ',
};
const ASCII: UiSymbols = {
  marker: '>',
  dot: '-',
  ellipsis: '...',
  rule: '-',
  expanded: '-',
  collapsed: '+',
  path: ' > ',
};
export function createUiStyles(theme: Theme): UiStyles {
  const attributes = new Chalk({ level: 1 });
  const colour = new Chalk({ level: theme.colorLevel });
  return {
    bold: (t) => attributes.bold(t),
    dim: (t) => (theme.colorLevel === 0 ? t : attributes.dim(t)),
    inverse: (t) => attributes.inverse(t),
    underline: (t) => attributes.underline(t),
    accent: (t) => attributes.bold(colour.cyan(t)),
    importance: (t) => attributes.bold(colour.red(t)),
    sideColour: (index) => (index === undefined ? (t) => t : sideStyle(index, theme)),
    symbols: theme.ascii ? ASCII : UNICODE,
  };
}
