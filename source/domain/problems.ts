/**
 * Building and formatting user-facing problems: one line each, what, where and what to do.
 * Messages quote the author's text, so they are sanitised like everything else that reaches a
 * terminal.
 */

import { closest, distance } from 'fastest-levenshtein';
import { sanitizeText } from './sanitize.js';
import type { Problem, SourcePosition } from './types.js';

/**
 * `file:line:col: message; hint`, on one line.
 */
export function formatProblem(p: Problem): string {
  // Line 0 means the whole file is at fault (missing, too large): a position would only mislead.
  const where = p.line > 0 ? `${oneLine(p.file)}:${p.line}:${p.column}` : oneLine(p.file);
  const hint = oneLine(p.hint);
  return hint === '' ? `${where}: ${oneLine(p.message)}` : `${where}: ${oneLine(p.message)}; ${hint}`;
}

/**
 * A problem at `at` in `file`; message and hint are sanitised and folded onto one line.
 */
export function makeProblem(file: string, at: SourcePosition, message: string, hint: string): Problem {
  return { file, line: at.line, column: at.column, message: oneLine(message), hint: oneLine(hint) };
}

/** Orders problems as an editor lists them: by line, then column. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * The candidate `word` was probably meant to be, or undefined when none is close enough to be a
 * plausible typo (so we never suggest "id" for "description").
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word === '') return undefined;
  const lower = word.toLowerCase();
  const match = closest(lower, candidates);
  if (match === word) return undefined;
  const allowed = lower.length <= 3 ? 1 : lower.length <= 6 ? 2 : 3;
  return distance(lower, match) <= allowed ? match : undefined;
}

/** `did you mean "x"?` when a candidate is close, else `otherwise` (e.g. a list of what exists). */
export function didYouMean(word: string, candidates: readonly string[], otherwise: string): string {
  const match = suggest(word, candidates);
  return match === undefined ? otherwise : `did you mean "${match}"?`;
}

/** The author's text in quotes, shortened so one bad value cannot flood the message. */
export function quote(value: string): string {
  const clean = oneLine(value);
  return `"${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}"`;
}

/** `a, b, c` (at most `max`, then `…`), for "allowed keys" and "known ids" hints. */
export function listOf(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (${items.length} in all)` : shown;
}

/** How a YAML value reads to its author: `a number (2026)`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty string' : quote(value);
  if (typeof value === 'number') return `a number (${String(value)})`;
  if (typeof value === 'boolean') return `${String(value)} (a yes/no value)`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of keys';
  return typeof value;
}

/** A zod/YAML path as the author reads it: `players[2].name`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (const part of path) {
    if (typeof part === 'number') label += `[${part}]`;
    else label += label === '' ? String(part) : `.${String(part)}`;
  }
  return label;
}

function oneLine(s: string): string {
  return sanitizeText(s).replace(/[\n\t]/g, ' ');
}

/**
 * Problems up to a limit; past it they are only counted and `make` is not called, so a file with a
 * hundred thousand mistakes costs no more to report than one with a hundred (each problem may look up
 * a position or a "did you mean" among many candidates).
 */
export interface ProblemLog {
  /** Adds the problem `make` returns, or counts it once the log is full. */
  add(make: () => Problem): void;
  /** The problems kept, in the order added. */
  readonly problems: readonly Problem[];
  /** How many were counted but not kept. */
  readonly omitted: number;
}

/** A log keeping at most `limit` problems. */
export function createProblemLog(limit: number): ProblemLog {
  const problems: Problem[] = [];
  let omitted = 0;
  return {
    add(make) {
      if (problems.length < limit) problems.push(make());
      else omitted += 1;
    },
    problems,
    get omitted() {
      return omitted;
    },
  };
}
