/**
 * Checks the schema cannot express: unique ids, references that resolve, dates on the calendar.
 * They run on the raw front matter data, guarding each value, so a briefing with a schema error
 * still gets these problems reported in the same pass.
 */

import { looksLikeIsoDate, parseIsoDate } from './dates.js';
import type { FrontMatter } from './front-matter.js';
import { didYouMean, listOf, makeProblem, type ProblemLog, quote } from './problems.js';
import { sanitizeText, stripInvisible } from './sanitize.js';

const DATE_HINT = 'write an ISO 8601 date such as 2026-02-10 or 2026-02-10T14:30:00Z';

/**
 * Duplicate player and issue ids, references to sections and players that do not exist, and dates
 * that do not parse. `sectionIds` are the ids of the body's sections.
 */
export function checkReferences(
  data: unknown,
  sectionIds: readonly string[],
  fm: FrontMatter,
  file: string,
  problems: ProblemLog,
): void {
  const top = asRecord(data);
  if (top === undefined) return;

  const date = top.date;
  if (typeof date === 'string') {
    const parsed = parseIsoDate(date);
    if (!parsed.ok) {
      problems.add(() =>
        makeProblem(
          file,
          fm.at(['date']),
          `"date" is not a real date: ${quote(date)} (${parsed.reason})`,
          DATE_HINT,
        ),
      );
    }
  }

  items(top.players).forEach((player, i) => {
    const name = player.name;
    if (typeof name === 'string' && stripInvisible(sanitizeText(name)).trim() === '') {
      problems.add(() =>
        makeProblem(
          file,
          fm.at(['players', i, 'name']),
          name === ''
            ? `"players[${i}].name" is empty`
            : `"players[${i}].name" shows nothing: it holds only spaces or invisible characters`,
          'write the name as it is printed',
        ),
      );
    }
  });

  const playerIds = uniqueIds('players', 'player', top.players, fm, file, problems);
  uniqueIds('issues', 'issue', top.issues, fm, file, problems);
  const sections = new Set(sectionIds);
  const sectionHint = (ref: string): string =>
    didYouMean(
      ref,
      sectionIds,
      sectionIds.length === 0
        ? 'the briefing has no sections yet; add "## Heading" lines to the body'
        : `section ids come from the headings: ${listOf(sectionIds)}`,
    );
  const playerList = [...playerIds];
  const playerHint = (ref: string): string =>
    didYouMean(
      ref,
      playerList,
      playerList.length === 0
        ? 'the briefing has no players; add them under "players:"'
        : `players: ${listOf(playerList)}`,
    );

  items(top.issues).forEach((issue, i) => {
    const label = typeof issue.id === 'string' ? `issue ${quote(issue.id)}` : `issues[${i}]`;
    strings(issue.sections).forEach((ref, j) => {
      if (ref !== undefined && !sections.has(ref)) {
        problems.add(() =>
          makeProblem(
            file,
            fm.at(['issues', i, 'sections', j]),
            `${label} refers to section ${quote(ref)}, which does not exist`,
            sectionHint(ref),
          ),
        );
      }
    });
    strings(issue.players).forEach((ref, j) => {
      if (ref !== undefined && !playerIds.has(ref)) {
        problems.add(() =>
          makeProblem(
            file,
            fm.at(['issues', i, 'players', j]),
            `${label} refers to player ${quote(ref)}, who is not in "players"`,
            playerHint(ref),
          ),
        );
      }
    });
  });

  items(top.timeline).forEach((entry, i) => {
    const when = entry.when;
    if (typeof when === 'string' && looksLikeIsoDate(when)) {
      const parsed = parseIsoDate(when);
      if (!parsed.ok) {
        problems.add(() =>
          makeProblem(
            file,
            fm.at(['timeline', i, 'when']),
            `"timeline[${i}].when" is not a real date: ${quote(when)} (${parsed.reason})`,
            `${DATE_HINT}, or a label such as "February 2026"`,
          ),
        );
      }
    }
    checkSectionRef(entry.section, ['timeline', i, 'section'], `timeline[${i}]`);
  });

  items(top.figures).forEach((figure, i) => {
    checkSectionRef(figure.section, ['figures', i, 'section'], `figures[${i}]`);
  });

  items(top.quotes).forEach((entry, i) => {
    checkSectionRef(entry.section, ['quotes', i, 'section'], `quotes[${i}]`);
    const ref = entry.player;
    if (typeof ref === 'string' && !playerIds.has(ref)) {
      problems.add(() =>
        makeProblem(
          file,
          fm.at(['quotes', i, 'player']),
          `quotes[${i}] refers to player ${quote(ref)}, who is not in "players"`,
          playerHint(ref),
        ),
      );
    }
  });

  function checkSectionRef(ref: unknown, path: readonly PropertyKey[], label: string): void {
    if (typeof ref === 'string' && !sections.has(ref)) {
      problems.add(() =>
        makeProblem(
          file,
          fm.at(path),
          `${label} refers to section ${quote(ref)}, which does not exist`,
          sectionHint(ref),
        ),
      );
    }
  }
}

/** Reports ids seen before (at the second, naming the first's line); returns the set of ids. */
function uniqueIds(
  list: 'players' | 'issues',
  noun: string,
  value: unknown,
  fm: FrontMatter,
  file: string,
  problems: ProblemLog,
): Set<string> {
  const firstIndex = new Map<string, number>();
  items(value).forEach((item, i) => {
    const id = item.id;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, i);
      return;
    }
    problems.add(() =>
      makeProblem(
        file,
        fm.at([list, i, 'id']),
        `${noun} id ${quote(id)} is already used by the ${noun} on line ${fm.at([list, first, 'id']).line}`,
        `give each ${noun} its own id`,
      ),
    );
  });
  return new Set(firstIndex.keys());
}

/** The items of a list that are mappings, keeping their index in the list. */
function items(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => asRecord(item) ?? {});
}

function strings(value: unknown): (string | undefined)[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'string' ? item : undefined));
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
