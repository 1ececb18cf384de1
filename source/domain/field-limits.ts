/**
 * The front matter's lists and strings against the limits (./limits.ts), checked on the data as YAML
 * gave it, before the schema: a list of a million players is refused in one line, not a million.
 */

import type { FrontMatter } from './front-matter.js';
import { LIMITS } from './limits.js';
import { makeProblem, type ProblemLog, pathLabel } from './problems.js';

type Path = readonly (string | number)[];
type Size = 'name' | 'short' | 'long';

const MAX: Record<Size, number> = {
  name: LIMITS.nameChars,
  short: LIMITS.shortChars,
  long: LIMITS.longChars,
};

/** Which limit each key of each list item has; keys not listed are not text (or are checked elsewhere). */
const ITEM_FIELDS: Record<string, Record<string, Size>> = {
  players: { id: 'short', name: 'name', role: 'short', side: 'short', description: 'long' },
  issues: { id: 'short', title: 'short', summary: 'long' },
  timeline: { when: 'short', what: 'short', section: 'short' },
  figures: { value: 'short', label: 'short', context: 'long', section: 'short' },
  quotes: { text: 'long', speaker: 'name', player: 'short', section: 'short' },
};
const ITEM_LISTS: Record<string, Record<string, Size>> = {
  players: { aliases: 'name' },
  issues: { sections: 'short', players: 'short' },
};
const TOP_FIELDS: Record<string, Size> = {
  title: 'short',
  dateline: 'short',
  date: 'short',
  summary: 'long',
};

const number = (n: number): string => n.toLocaleString('en-US');

/** Adds a problem to `log` for every list longer than the limit and every string longer than its own. */
export function checkFieldLimits(data: unknown, fm: FrontMatter, file: string, log: ProblemLog): void {
  const top = asRecord(data);
  if (top === undefined) return;
  const text = (value: unknown, path: Path, size: Size, what = `"${pathLabel(path)}"`): void => {
    // A number is kept as written (`value: 1e999` stays 1e999), so its written length counts.
    const length =
      typeof value === 'string'
        ? value.length
        : typeof value === 'number'
          ? (fm.sourceOf(path)?.length ?? 0)
          : 0;
    if (length > MAX[size]) {
      log.add(() =>
        makeProblem(
          file,
          fm.at(path),
          `${what} is ${number(length)} characters, over the limit of ${number(MAX[size])}`,
          size === 'long' ? 'shorten it, or move it into the body' : 'shorten it',
        ),
      );
    }
  };
  const list = (value: unknown, path: Path): readonly unknown[] => {
    if (!Array.isArray(value)) return [];
    if (value.length > LIMITS.listItems) {
      log.add(() =>
        makeProblem(
          file,
          fm.at(path),
          `"${pathLabel(path)}" has ${number(value.length)} items, over the limit of ${number(LIMITS.listItems)}`,
          'split the briefing into several files',
        ),
      );
      return [];
    }
    return value;
  };
  for (const [key, size] of Object.entries(TOP_FIELDS)) text(top[key], [key], size);
  list(top.sources, ['sources']).forEach((source, i) => {
    text(source, ['sources', i], 'long');
  });
  for (const [name, fields] of Object.entries(ITEM_FIELDS)) {
    list(top[name], [name]).forEach((raw, i) => {
      const item = asRecord(raw);
      if (item === undefined) return;
      for (const [key, size] of Object.entries(fields)) text(item[key], [name, i, key], size);
      for (const [key, size] of Object.entries(ITEM_LISTS[name] ?? {})) {
        list(item[key], [name, i, key]).forEach((value, j) => {
          text(value, [name, i, key, j], size);
        });
      }
      const positions = asRecord(item.positions);
      if (name === 'issues' && positions !== undefined) {
        const parties = Object.keys(positions);
        if (parties.length > LIMITS.listItems) list(parties, [name, i, 'positions']);
        else
          for (const party of parties) {
            text(party, [name, i, 'positions', party], 'short', `a party in "${name}[${i}].positions"`);
            text(positions[party], [name, i, 'positions', party], 'long');
          }
      }
    });
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
