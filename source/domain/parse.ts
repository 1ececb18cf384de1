/**
 * Parsing a briefing file: text in, a readonly `Briefing` or every problem found out. Pure:
 * the I/O layer has already checked size, NUL bytes and the UTF-8 encoding.
 */

import type { Clean } from './build.js';
import { buildBriefing } from './build.js';
import { checkReferences } from './checks.js';
import { type FrontMatter, normalizeSource, readFrontMatter, splitFrontMatter } from './front-matter.js';
import { compareProblems, makeProblem } from './problems.js';
import { locateUnsafe, sanitizeText } from './sanitize.js';
import type { FrontMatterData } from './schema.js';
import { checkSchema } from './schema-problems.js';
import { splitSections } from './sections.js';
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

  const outline = splitSections(split.body, {
    firstLine: split.bodyLine,
    h1StartsSection: split.kind === 'none',
  });
  const problems: Problem[] = [];
  const warnings = createUnsafeWarnings(normalized, file);
  let fm: FrontMatter | undefined;
  let data: FrontMatterData | undefined;
  if (split.kind === 'present') {
    fm = readFrontMatter(split.yaml, split.yamlLine, file);
    problems.push(...fm.problems);
    warnings.add(...fm.warnings);
    if (fm.data !== undefined) {
      const schema = checkSchema(fm.data, fm, file);
      problems.push(...schema.problems);
      const sectionIds = outline.sections.map((section) => section.id);
      problems.push(...checkReferences(fm.data, sectionIds, fm, file));
      data = schema.value;
    }
  }
  if (problems.length > 0) return failure(problems);

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

function failure(problems: readonly Problem[]): ParseResult {
  return { ok: false, problems: [...problems].sort(compareProblems) };
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
