import type { Problem } from '../domain/types.js';
import { loadLibrary } from '../io/load-library.js';
import { chooseAscii } from './ascii-choice.js';
import { ExitCode } from './exit-codes.js';
import { problemLines, writeAll } from './report.js';

const plural = (count: number, noun: string) =>
  `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;

/**
 * `briefing check FILE...`: every problem in every file on stderr, a line per good file on stdout.
 *
 * @returns 3 when a path given cannot be read at all (missing, not a file, an empty directory, too
 *   large, binary, not UTF-8), as everywhere else; otherwise 1 when any file has problems, else 0.
 */
export async function runCheck(paths: readonly string[]): Promise<number> {
  // File names and messages quote the files' text: in a locale that is not UTF-8, ASCII.
  await chooseAscii(false);
  const problems: Problem[] = [];
  let unreadable = false;
  let report = '';
  let ok = '';
  for (const path of paths) {
    const library = await loadLibrary(path);
    if (library.failure) unreadable = true;
    problems.push(...library.problems);
    report += problemLines([...library.problems, ...library.warnings]);
    for (const { file, sections, players, issues } of library.briefings) {
      ok += `${file}: ok (${plural(sections.length, 'section')}, ${plural(players.length, 'player')}, ${plural(issues.length, 'issue')})\n`;
    }
  }
  await writeAll(process.stdout, ok);
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    // The closing "N more problems not shown" line of a file counts as the N it stands for.
    const count = problems.reduce((sum, problem) => sum + (problem.more ?? 1), 0);
    report += `${plural(count, 'problem')} in ${plural(files, 'file')}\n`;
  }
  await writeAll(process.stderr, report);
  if (unreadable) return ExitCode.unreadable;
  return problems.length === 0 ? ExitCode.ok : ExitCode.invalid;
}
