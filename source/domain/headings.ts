/**
 * Finding the body's top-level headings, as marked's block lexer finds them, without lexing the
 * whole body: the lexer costs ~1 s on a 5 MB briefing, most of it in lists and paragraphs that hold
 * no heading. A line scan takes every `#` line at column 0 for an ATX heading when nothing between
 * it and the heading before could hide it or add one; where something could (a fence, an HTML
 * block, a `#` line that is not at column 0, a setext underline, a link definition running on),
 * marked lexes that stretch, from the last heading found to the next one past it. The scan and
 * the lexer are compared on random Markdown and every briefing in the repository
 * (test/domain/headings.test.ts).
 *
 * Why a `#` line at column 0 is a heading in the lexer whenever no such line comes before it: it
 * is one at the start of a token, and every block that could have started since the last heading
 * ends before it. Paragraphs, tables and lazy continuations stop at a heading line; a list item
 * ends at one (marked checks each next line for a heading); a block quote takes only `>` lines and
 * lazy paragraph lines; indented code stops at an unindented line. What does not stop there, a
 * fence, an HTML block or a link definition's title, starts on a line the scan flags.
 */

import { getDefaults, Lexer, type Token, type Tokens } from 'marked';
import {
  atxDepth,
  atxText,
  blockEnd,
  CONTAINER_MARK,
  DEFINITION,
  definitionEnd,
  HASH,
  hazardOf,
  isBlank,
  LEX,
  opensLinkDefinition,
  PROSE_START,
  SPACE,
} from './heading-lines.js';

/** A heading at the top level of the body. */
export interface BodyHeading {
  /** Offset of its first line. */
  readonly start: number;
  /** Offset just past it (for a setext heading, past its underline). */
  readonly end: number;
  readonly depth: number;
  /** Its text as marked gives it, inline Markdown still in. */
  readonly text: string;
}

/** The headings, and whether any line could define a link (which a heading's title could use). */
export interface HeadingScan {
  readonly headings: readonly BodyHeading[];
  readonly mayDefineLinks: boolean;
}

/**
 * The body's top-level headings, in order, exactly as `lexHeadings` finds them, with marked
 * lexing only the stretches the line scan cannot vouch for.
 */
export function scanHeadings(body: string): HeadingScan {
  // Candidates: `#` to `######` at column 0, then a space, a tab or the end of the line.
  const candStart: number[] = [];
  const candEnd: number[] = [];
  const candDepth: number[] = [];
  /** Index into the hazards of the first one after each candidate's line. */
  const candHazards: number[] = [];
  const hazardStart: number[] = [];
  const hazardKind: number[] = [];
  let mayDefineLinks = false;

  for (let lineStart = 0, lineEnd = 0; lineStart <= body.length; lineStart = lineEnd + 1) {
    lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    // Most lines are prose, blank or a list item or quote of prose: nothing to look at further.
    const first = body.charCodeAt(lineStart);
    if (first >= 0x80 || PROSE_START[first] === 1 || lineEnd === lineStart) continue;
    if (CONTAINER_MARK[first] === 1 && body.charCodeAt(lineStart + 1) === SPACE) {
      const next = body.charCodeAt(lineStart + 2);
      if (next >= 0x80 || PROSE_START[next] === 1) continue;
    }
    let i = lineStart;
    while (i < lineEnd && isBlank(body.charCodeAt(i))) i++;
    if (i === lineEnd) continue;
    const c = body.charCodeAt(i);
    const depth = c === HASH && i === lineStart ? atxDepth(body, i, lineEnd) : 0;
    if (depth > 0) {
      candStart.push(lineStart);
      candEnd.push(lineEnd);
      candDepth.push(depth);
      candHazards.push(hazardStart.length);
    } else {
      const kind = hazardOf(body, c, i, lineStart, lineEnd);
      if (kind !== undefined) {
        hazardStart.push(lineStart);
        hazardKind.push(kind);
      }
    }
    if (!mayDefineLinks) mayDefineLinks = opensLinkDefinition(body, i, lineEnd);
  }

  const headings: BodyHeading[] = [];
  const native = (j: number): BodyHeading => {
    const start = candStart[j] ?? 0;
    const end = candEnd[j] ?? 0;
    const depth = candDepth[j] ?? 0;
    return { start, end, depth, text: atxText(body, start + depth, end) };
  };
  const count = candStart.length;
  /** Where marked would start lexing: the body's start or the last heading found. */
  let from = 0;
  let fromIsHeading = false;
  let next = 0;
  let hazard = 0;
  for (;;) {
    const gapEnd = next < count ? (candStart[next] ?? 0) : body.length;
    const gapHazards = next < count ? (candHazards[next] ?? 0) : hazardStart.length;
    let clear = true;
    for (let k = hazard; k < gapHazards && clear; k++) {
      if (hazardKind[k] !== DEFINITION) clear = false;
      else clear = definitionEnd(body, hazardStart[k] ?? 0) <= gapEnd;
    }
    if (clear) {
      if (next === count) break;
      headings.push(native(next));
      from = candStart[next] ?? 0;
      fromIsHeading = true;
      hazard = gapHazards;
      next += 1;
      continue;
    }

    // Lex from `from` to a heading that no fence, HTML block or definition opened before it runs past.
    let reach = gapEnd;
    let covered = from;
    let k = hazard;
    for (;;) {
      for (; k < hazardStart.length && (hazardStart[k] ?? 0) < reach; k++) {
        const start = hazardStart[k] ?? 0;
        if (start < covered || hazardKind[k] === LEX) continue;
        covered = Math.max(covered, blockEnd(body, start, hazardKind[k] === DEFINITION));
      }
      if (covered <= reach) break;
      while (next < count && (candStart[next] ?? 0) < covered) next += 1;
      reach = next < count ? (candStart[next] ?? 0) : body.length;
    }
    const skip = fromIsHeading ? from : -1;
    if (next === count) {
      lexHeadingsInto(headings, body, from, body.length, skip);
      break;
    }
    const lexed: BodyHeading[] = [];
    const endsWithHeading = lexHeadingsInto(lexed, body, from, candEnd[next] ?? 0, skip);
    if (!endsWithHeading || lexed.at(-1)?.start !== candStart[next]) {
      // Not expected (the stretch ends before the heading's line by construction): lex the rest.
      lexHeadingsInto(headings, body, from, body.length, skip);
      break;
    }
    for (const heading of lexed.slice(0, -1)) headings.push(heading);
    headings.push(native(next));
    from = candStart[next] ?? 0;
    fromIsHeading = true;
    while (k < hazardStart.length && (hazardStart[k] ?? 0) < from) k++;
    hazard = k;
    next += 1;
  }
  return { headings, mayDefineLinks };
}

/**
 * The body's top-level headings by marked's block lexer over the whole body (the reference the
 * scan must agree with), and the lexer, holding the link definitions it met.
 */
export function lexHeadings(body: string): { headings: BodyHeading[]; lexer: Lexer } {
  // A fresh options object: marked.use() elsewhere changes the global defaults, never these.
  const lexer = new Lexer(getDefaults());
  const headings: BodyHeading[] = [];
  collectHeadings(headings, lexer.blockTokens(body, []), body, 0, -1);
  return { headings, lexer };
}

/**
 * Lexes body[from, to) and adds its top-level headings (but one starting at `skip`) to `into`.
 * Returns whether its last token is a heading.
 */
function lexHeadingsInto(into: BodyHeading[], body: string, from: number, to: number, skip: number): boolean {
  // A fresh options object: marked.use() elsewhere changes the global defaults, never these.
  const lexer = new Lexer(getDefaults());
  const src = body.slice(from, to);
  const tokens = lexer.blockTokens(src, []);
  collectHeadings(into, tokens, src, from, skip - from);
  return tokens.at(-1)?.type === 'heading';
}

function collectHeadings(
  into: BodyHeading[],
  tokens: readonly Token[],
  src: string,
  base: number,
  skip: number,
): void {
  let offset = 0;
  for (const token of tokens) {
    if (token.type === 'heading') {
      // The top-level tokens' raw texts tile the source (checked by a property test); searching is a guard.
      const start = src.startsWith(token.raw, offset) ? offset : src.indexOf(token.raw, offset);
      if (start !== -1) {
        offset = start;
        if (start !== skip) {
          const heading = token as Tokens.Heading;
          into.push({
            start: base + start,
            end: base + start + token.raw.length,
            depth: heading.depth,
            text: heading.text,
          });
        }
      }
    }
    offset += token.raw.length;
  }
}
