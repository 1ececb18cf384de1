/**
 * Parsing a briefing file: text in, a readonly `Briefing` or every problem found out. Pure:
 * the I/O layer has already checked size, NUL bytes and the UTF-8 encoding.
 */

import type { Clean } from './build.js';
import { buildBriefing } from './build.js';
import { checkReferences } from './checks.js';
import { checkFieldLimits } from './field-limits.js';
import { type FrontMatter, normalizeSource, readFrontMatter, splitFrontMatter } from './front-matter.js';
import { checkSectionLimits, checkTextLimits, LIMITS } from './limits.js';
import { compareProblems, createProblemLog, makeProblem } from './problems.js';
import { locateUnsafe, sanitizeText } from './sanitize.js';
import type { FrontMatterData } from './schema.js';
import { checkSchema } from './schema-problems.js';
import { type BodyOutline, splitSections } from './sections.js';
import type { ParseResult, Problem, SourcePosition } from './types.js';

/** Lines with control characters that get a warning of their own; the rest are counted in one. */
const MAX_UNSAFE_WARNINGS = 20;

/**
 * Parses and validates a briefing. Problems carry the file, the 1-based line and column in the
 * whole file and a hint; all of them are collected, not just the first. On success, `warnings`
 * says where control characters or escape sequences were removed.
 */
export function parseBriefing(
  text: string,
  source: { readonly file: string; readonly id: string },
): ParseResult {
  const { file } = source;
  const normalized = normalizeSource(text);
  if (!/\S/.test(normalized)) {
    return failure([
      makeProblem(
        file,
        { line: 1, column: 1 },
        'file is empty',
        'write a Markdown briefing; see docs/format.md',
      ),
    ]);
  }
  const split = splitFrontMatter(normalized);
  if (split.kind === 'unclosed') {
    return failure([
      makeProblem(
        file,
        { line: 1, column: 1 },
        'front matter opened here is never closed',
        'add a line with --- after the last key',
      ),
    ]);
  }

  const limits = checkTextLimits(file, split);
  if (limits.length > 0) return failure(limits);

  let outline: BodyOutline;
  try {
    outline = splitSections(split.body, {
      firstLine: split.bodyLine,
      h1StartsSection: split.kind === 'none',
    });
  } catch (error) {
    // marked's regular expressions can run out of stack (4 million blank lines did, before the line
    // limit): whatever else does, it is a problem to report, never a crash.
    return failure([
      makeProblem(
        file,
        { line: split.bodyLine, column: 1 },
        `the body cannot be read as Markdown (${error instanceof RangeError ? 'too repetitive' : 'parser error'})`,
        'simplify the body: remove long runs of blank lines or of repeated markup',
      ),
    ]);
  }
  const sectionLimits = checkSectionLimits(file, outline.sections);
  if (sectionLimits.length > 0) return failure(sectionLimits);

  const log = createProblemLog(LIMITS.problems);
  const warnings = createUnsafeWarnings(normalized, file);
  let fm: FrontMatter | undefined;
  let data: FrontMatterData | undefined;
  if (split.kind === 'present') {
    fm = readFrontMatter(split.yaml, split.yamlLine, file);
    for (const problem of fm.problems) log.add(() => problem);
    warnings.add(...fm.warnings);
    if (fm.data !== undefined) {
      checkFieldLimits(fm.data, fm, file, log);
      if (log.problems.length > 0) return failure(log.problems, log.omitted);
      data = checkSchema(fm.data, fm, file, log);
      const sectionIds = outline.sections.map((section) => section.id);
      checkReferences(fm.data, sectionIds, fm, file, log);
    }
  }
  if (log.problems.length > 0) return failure(log.problems, log.omitted);

  const frontMatter = fm;
  const clean: Clean = (value, path) => {
    const safe = sanitizeText(value);
    // A YAML escape such as "\e[2J" puts a control character in a value whose line looks clean.
    if (safe !== value && frontMatter !== undefined) warnings.addValue(frontMatter.at(path));
    return safe;
  };
  const briefing = buildBriefing({ source, data, fm, outline, clean });
  return { ok: true, briefing, warnings: warnings.list() };
}

/** The problems in file order; when some were only counted, one more line says how many. */
function failure(problems: readonly Problem[], omitted = 0): ParseResult {
  const sorted = [...problems].sort(compareProblems);
  const last = sorted.at(-1);
  if (omitted > 0 && last !== undefined) {
    sorted.push({
      ...makeProblem(
        last.file,
        { line: last.line, column: last.column },
        `${omitted.toLocaleString('en-US')} more problem${omitted === 1 ? '' : 's'} not shown`,
        'fix these first, then check the file again',
      ),
      more: omitted,
    });
  }
  return { ok: false, problems: sorted };
}

/** One warning per line where control characters were removed, the lines past the cap summed up. */
function createUnsafeWarnings(text: string, file: string) {
  const { positions, total } = locateUnsafe(text, MAX_UNSAFE_WARNINGS);
  const byLine = new Map<number, Problem>();
  const other: Problem[] = [];
  let extra = total - positions.length;
  const warn = (at: SourcePosition): Problem =>
    makeProblem(
      file,
      at,
      `control characters and escape sequences were removed from line ${at.line}`,
      'remove them from the file; a briefing is plain text',
    );
  for (const at of positions) byLine.set(at.line, warn(at));
  return {
    add(...problems: Problem[]): void {
      other.push(...problems);
    },
    addValue(at: SourcePosition): void {
      if (byLine.has(at.line)) return;
      if (byLine.size < MAX_UNSAFE_WARNINGS) byLine.set(at.line, warn(at));
      else extra += 1;
    },
    list(): Problem[] {
      const all = [...byLine.values(), ...other].sort(compareProblems);
      if (extra > 0) {
        const last = all.at(-1) ?? warn({ line: 1, column: 1 });
        all.push(
          makeProblem(
            file,
            { line: last.line, column: last.column },
            `control characters and escape sequences were also removed from ${extra} more line${extra === 1 ? '' : 's'}`,
            'remove them from the file; a briefing is plain text',
          ),
        );
      }
      return all;
    },
  };
}
