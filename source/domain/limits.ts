/**
 * The bounds a briefing must keep, so that loading, deriving, searching and rendering any file the
 * loader accepts takes bounded time and memory: on the SSH server one session's briefing shares the
 * event loop with every other session. Each limit is far above an honest briefing (the bundled one
 * is 13 KB, 7 sections, nesting 1) and was chosen from measurements in docs/reliability-content.md:
 * marked's block lexer takes up to ~2.5 s a MiB on repetitive nested lists, the coloured rendering
 * of quotes nested n deep grows faster than n² (16 deep: ~40 ms; 100: 6 s; 1,000: 135 s), and the
 * `yaml` package takes ~1.4 s a MB of front matter.
 *
 * The checks here run before the expensive steps they protect (the body's limits before marked's
 * lexer sees it, the front matter's size before YAML parsing), each in one pass over the text.
 */

import { makeProblem } from './problems.js';
import type { Problem } from './types.js';

/**
 * The limits; docs/reliability-content.md gives the measurement behind each. The benchmark's large
 * briefing (bench/generate-large.ts: 4.9 MB, 100,000 lines, 5,000 sections, 500 players) is well
 * inside every one of them.
 */
export const LIMITS = {
  /** Lines in the file: marked's block lexer costs 1-6 µs a line even when the lines are short. */
  lines: 200_000,
  /** Characters of YAML between the front matter's `---` lines. */
  frontMatterChars: 512 * 1024,
  /** Block quotes and list items nested in one another, as one line's prefix shows them. */
  nestingDepth: 16,
  /** The nesting depths of all the body's lines added up: the lexer reads a line once per level. */
  nestedLines: 100_000,
  /** Sections in a briefing (the lead counts). */
  sections: 10_000,
  /** Characters of Markdown in one section: what rendering the open section costs. */
  sectionChars: 200_000,
  /** Items in any list of the front matter: players, aliases, issues, timeline, sources, ... */
  listItems: 5_000,
  /** Characters in a player's name or alias: they are matched in the whole body. */
  nameChars: 200,
  /** Characters in a title, heading, id, role, side, party, label, date or `when`/`what`: one row each. */
  shortChars: 500,
  /** Characters in a summary, description, position, context or source. */
  longChars: 10_000,
  /** Problems reported for one file; the rest are counted in one more line. */
  problems: 100,
} as const;

/**
 * Mentions kept by `deriveIndexes`, in section order: the rest are not listed or linked. Not a reason
 * to refuse a file, only a cap. The benchmark's large briefing has 45,540 mentions, 1,220 at most
 * for one player.
 */
export const MENTION_LIMITS = {
  perPlayer: 5_000,
  total: 100_000,
} as const;

const number = (n: number): string => n.toLocaleString('en-US');

/**
 * Checks the sizes of the front matter and the body and how deeply the body nests, before either is
 * parsed. `bodyLine` is the file line of the body's first line; `yamlLine` that of the front matter.
 */
export function checkTextLimits(
  file: string,
  parts: {
    readonly yaml?: string;
    readonly yamlLine?: number;
    readonly body: string;
    readonly bodyLine: number;
  },
): Problem[] {
  const problems: Problem[] = [];
  const { yaml, body } = parts;
  if (yaml !== undefined && yaml.length > LIMITS.frontMatterChars) {
    problems.push(
      makeProblem(
        file,
        { line: parts.yamlLine ?? 1, column: 1 },
        `front matter is ${number(yaml.length)} characters, over the limit of ${number(LIMITS.frontMatterChars)}`,
        'move long text into the body, or split the briefing into several files',
      ),
    );
  }
  const lines = countLines(body) + (parts.bodyLine - 1);
  if (lines > LIMITS.lines) {
    problems.push(
      makeProblem(
        file,
        { line: LIMITS.lines + 1, column: 1 },
        `the file has ${number(lines)} lines, over the limit of ${number(LIMITS.lines)}`,
        'split the briefing into several files',
      ),
    );
    // Scanning a body that is refused anyway is wasted time.
    return problems;
  }
  const nesting = measureNesting(body);
  if (nesting.deepest.depth > LIMITS.nestingDepth) {
    problems.push(
      makeProblem(
        file,
        { line: parts.bodyLine + nesting.deepest.index, column: 1 },
        `quotes and lists are nested ${number(nesting.deepest.depth)} deep here, over the limit of ${LIMITS.nestingDepth}`,
        'flatten the nesting: fewer ">" or less indentation before list items',
      ),
    );
  } else if (nesting.total > LIMITS.nestedLines) {
    problems.push(
      makeProblem(
        file,
        { line: parts.bodyLine + nesting.over, column: 1 },
        `lines inside quotes and lists add up to ${number(nesting.total)} levels, over the limit of ${number(LIMITS.nestedLines)}`,
        'use fewer or shorter lists and quotes, or split the briefing into several files',
      ),
    );
  }
  return problems;
}

function countLines(text: string): number {
  let lines = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lines++;
  return lines;
}

/**
 * The first line nesting past the depth limit (or else the deepest), the sum of all lines' depths,
 * and the line where that sum passed its limit; lines 0-based in `body`.
 */
function measureNesting(body: string): {
  deepest: { depth: number; index: number };
  total: number;
  over: number;
} {
  let deepest = { depth: 0, index: 0 };
  let total = 0;
  let over = 0;
  let start = 0;
  for (let index = 0; ; index++) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    // A line starting with a letter nests nothing (most lines): skip the call.
    const first = body.charCodeAt(start) | 0x20;
    const depth = first >= 0x61 && first <= 0x7a ? 0 : nestingOf(body, start, end);
    total += depth;
    if (total > LIMITS.nestedLines && over === 0) over = index;
    if (depth > deepest.depth) {
      deepest = { depth, index };
      if (depth > LIMITS.nestingDepth) break;
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return { deepest, total, over };
}

const THEMATIC_BREAK = /^(?:[ \t]*>)*[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How deeply the line `text[start, end)` nests blocks, an upper bound on what a Markdown parser sees:
 * one level per container marker in its prefix (`>`, a bullet, `1.` or `1)` followed by a space or
 * the end of the line) plus one per two columns of indentation (not counting the one space after a
 * marker). Only the prefix is read. Fenced code is not skipped: a fence that a parser would not
 * take for one (inside an HTML block, say) must not hide deep nesting from the count.
 */
export function nestingOf(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let separator = false;
  let i = start;
  // `- - -` and `* * *` are rules, not nested empty items.
  const rule = isRule(text, start, end);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      const width = c === 0x09 ? 4 : 1;
      columns += separator ? width - 1 : width;
      separator = false;
      i++;
      continue;
    }
    separator = false;
    if (c === 0x3e) {
      markers++;
      separator = true;
      i++;
    } else if (!rule && (c === 0x2d || c === 0x2a || c === 0x2b) && isMarkerEnd(text, i + 1, end)) {
      markers++;
      separator = true;
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const d = text.charCodeAt(j);
      if (j >= end || (d !== 0x2e && d !== 0x29) || !isMarkerEnd(text, j + 1, end)) break;
      markers++;
      separator = true;
      i = j + 1;
    } else {
      break;
    }
  }
  return markers + (columns >> 1);
}

function isMarkerEnd(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x09;
}

function isRule(text: string, start: number, end: number): boolean {
  // Only short lines can be rules worth the regex; a long one has text after its markers anyway.
  const first = text.charCodeAt(start);
  if (
    end - start > 1000 ||
    (first !== 0x20 && first !== 0x09 && first !== 0x3e && first !== 0x2d && first !== 0x2a && first !== 0x5f)
  )
    return false;
  return THEMATIC_BREAK.test(text.slice(start, end));
}

/** A section's size and its heading against the limits. */
export function checkSectionLimits(
  file: string,
  sections: readonly { readonly title: string; readonly markdown: string; readonly line: number }[],
): Problem[] {
  const problems: Problem[] = [];
  if (sections.length > LIMITS.sections) {
    const first = sections[LIMITS.sections];
    problems.push(
      makeProblem(
        file,
        { line: first?.line ?? 1, column: 1 },
        `the body has ${number(sections.length)} sections, over the limit of ${number(LIMITS.sections)}`,
        'split the briefing into several files',
      ),
    );
    return problems;
  }
  for (const section of sections) {
    if (section.markdown.length > LIMITS.sectionChars) {
      problems.push(
        makeProblem(
          file,
          { line: section.line, column: 1 },
          `this section is ${number(section.markdown.length)} characters, over the limit of ${number(LIMITS.sectionChars)}`,
          'split it with more "## " headings',
        ),
      );
    }
    if (section.title.length > LIMITS.shortChars) {
      problems.push(
        makeProblem(
          file,
          { line: section.line, column: 1 },
          `this heading is ${number(section.title.length)} characters, over the limit of ${number(LIMITS.shortChars)}`,
          'shorten it; the text belongs in the section',
        ),
      );
    }
  }
  return problems;
}
