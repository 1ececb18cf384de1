import { InvalidArgumentError } from 'commander';
import { MEASURE_BOUNDS } from '../state/layout.js';

export type ColorChoice = 'auto' | 'always' | 'never';

/** Options of the default (read) command, as commander hands them over. */
export interface ReadOptions {
  readonly print?: boolean;
  readonly json?: boolean;
  readonly width?: number;
  /** The reader's reading measure: its text is never wider. */
  readonly measure?: number;
  readonly color: ColorChoice;
  readonly ascii?: boolean;
  readonly plain?: boolean;
  readonly resume: boolean;
  /** Derive players, issues, timeline and figures for Markdown even when it does not read as an article. */
  readonly derive?: boolean;
  /** Count everything in the briefings as read before opening them. */
  readonly markRead?: boolean;
  /** With --print: only what changed since the last reading. */
  readonly sinceLast?: boolean;
}

export function parseWidth(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < 20 || width > 1000) {
    throw new InvalidArgumentError('give a whole number of columns from 20 to 1000.');
  }
  return width;
}

export function parseMeasure(value: string): number {
  const measure = Number(value);
  if (!Number.isInteger(measure) || measure < MEASURE_BOUNDS.min || measure > MEASURE_BOUNDS.max) {
    throw new InvalidArgumentError(
      `give a whole number of columns from ${MEASURE_BOUNDS.min} to ${MEASURE_BOUNDS.max}.`,
    );
  }
  return measure;
}
