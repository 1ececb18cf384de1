import type { Briefing, Problem } from '../domain/types.js';
import { type LoadOptions, loadAnyFile } from './load-article.js';
import { isDirectory, listBriefingFiles, type ReadFailure } from './load-file.js';

/** Every briefing a path names: one file, or each Markdown file in a directory. */
export interface Library {
  readonly briefings: readonly Briefing[];
  /** Problems of files that were skipped (a directory) or of the one file asked for. */
  readonly problems: readonly Problem[];
  /** Warnings of the files that did load (e.g. control characters removed). */
  readonly warnings: readonly Problem[];
  /** The path named a directory: JSON output is then a list, even of one. */
  readonly isDirectory: boolean;
  /** Set when the path itself could not be read, or a directory held no Markdown file. */
  readonly failure?: ReadFailure | 'empty-directory';
  /** With `progressive`, for one article shown before its panels are derived: the library to come. */
  readonly later?: Promise<Library>;
}

/** A file is a briefing, or an article (`.txt`, `.html`) read as one; see ./load-article.ts. */
export async function loadLibrary(path: string, options: LoadOptions = {}): Promise<Library> {
  if (!(await isDirectory(path))) {
    const result = await loadAnyFile(path, options);
    if (result.ok) {
      const library = {
        briefings: [result.briefing],
        problems: [],
        warnings: result.warnings,
        isDirectory: false,
      };
      // A derivation that fails leaves the article as first shown: its sections, without panels.
      const { deriving: _, ...shown } = result.briefing;
      const failed = (problems: readonly Problem[]): Library => ({
        ...library,
        briefings: [shown],
        problems,
      });
      const later = result.later?.then(
        (done): Library =>
          done.ok
            ? { ...library, briefings: [done.briefing], warnings: done.warnings }
            : failed(done.problems),
        (error: unknown) =>
          failed([
            {
              file: path,
              line: 0,
              column: 0,
              message: `the panels could not be derived: ${String(error)}`,
              hint: 'the text is shown without them',
            },
          ]),
      );
      return later === undefined ? library : { ...library, later };
    }
    const base = { briefings: [], problems: result.problems, warnings: [], isDirectory: false };
    return result.failure ? { ...base, failure: result.failure } : base;
  }
  const files = await listBriefingFiles(path);
  if (files.length === 0) {
    return {
      briefings: [],
      warnings: [],
      isDirectory: true,
      failure: 'empty-directory',
      problems: [
        {
          file: path,
          line: 0,
          column: 0,
          message: 'no briefings (.md files) in this directory',
          hint: 'add a Markdown file, see docs/format.md',
        },
      ],
    };
  }
  const results = await Promise.all(files.map((file) => loadAnyFile(file, options)));
  const briefings: Briefing[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const result of results) {
    if (result.ok) {
      briefings.push(result.briefing);
      warnings.push(...result.warnings);
    } else problems.push(...result.problems);
  }
  return { briefings, problems, warnings, isDirectory: true };
}
