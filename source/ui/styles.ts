import { Chalk } from 'chalk';
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
  /** A stable colour per side, so players of one side share it. */
  side(side: string): Paint;
  readonly importance: Paint;
  readonly symbols: UiSymbols;
}

/** The few symbols the chrome draws; ASCII stand-ins under `--ascii` or a non-UTF-8 locale. */
export interface UiSymbols {
  readonly marker: string;
  readonly dot: string;
  readonly ellipsis: string;
  readonly rule: string;
}

const UNICODE: UiSymbols = { marker: '›', dot: '·', ellipsis: '…', rule: '─' };
const ASCII: UiSymbols = { marker: '>', dot: '-', ellipsis: '...', rule: '-' };
const SIDE_COLOURS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red'] as const;

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}

export function createUiStyles(theme: Theme): UiStyles {
  const attributes = new Chalk({ level: 1 });
  const colour = new Chalk({ level: theme.colorLevel });
  const sides = new Map<string, Paint>();
  return {
    bold: (t) => attributes.bold(t),
    dim: (t) => (theme.colorLevel === 0 ? t : attributes.dim(t)),
    inverse: (t) => attributes.inverse(t),
    underline: (t) => attributes.underline(t),
    accent: (t) => attributes.bold(colour.cyan(t)),
    importance: (t) => attributes.bold(colour.red(t)),
    side(side) {
      let paint = sides.get(side);
      if (paint === undefined) {
        const name = SIDE_COLOURS[hash(side) % SIDE_COLOURS.length] ?? 'cyan';
        paint = (t: string) => colour[name](t);
        sides.set(side, paint);
      }
      return paint;
    },
    symbols: theme.ascii ? ASCII : UNICODE,
  };
}
