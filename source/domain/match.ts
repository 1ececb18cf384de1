/**
 * Literal text matching with smart case, shared by the search index and by highlighting in rendered
 * text, so both agree on what a query matches.
 */

/** One match of a query in a text: UTF-16 offset and length. */
export interface TextMatch {
  readonly offset: number;
  readonly length: number;
}

/** A query prepared once, then run against many texts. */
export interface CompiledQuery {
  /** True when the query holds an uppercase letter: then case must match exactly. */
  readonly caseSensitive: boolean;
  /** The needle as matched: the query itself, or its case-folded form. */
  readonly needle: string;
  /**
   * Set when the query holds whitespace: each whitespace run in the query then matches any run of
   * whitespace in the text, so a phrase still matches where the markdown wraps it onto the next line.
   */
  readonly pattern: RegExp | undefined;
}

const UPPER = /[\p{Lu}\p{Lt}]/u;
const WHITESPACE = /\s/;
const WHITESPACE_RUNS = /\s+/;
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** Whether a query asks for exact case (smart case: it holds an uppercase or titlecase letter). */
export function isCaseSensitive(query: string): boolean {
  return UPPER.test(query);
}

/**
 * Lower-cases text without changing its UTF-16 length, so an offset found in the folded text is the
 * same offset in the original. `toLowerCase` only ever grows a string (U+0130 becomes two code units),
 * so equal lengths mean every position lines up; otherwise fold code point by code point and keep the
 * ones that would change length. Final sigma folds to plain sigma so `σ` finds a word-final `Σ`.
 */
export function foldCase(text: string): string {
  let folded = text.toLowerCase();
  if (folded.length !== text.length) {
    folded = '';
    for (const char of text) {
      const lower = char.toLowerCase();
      folded += lower.length === char.length ? lower : char;
    }
  }
  return folded.includes('ς') ? folded.replaceAll('ς', 'σ') : folded;
}

/** Prepares a query for matching; undefined for an empty query, which matches nothing. */
export function compileQuery(query: string): CompiledQuery | undefined {
  if (query === '') return undefined;
  const caseSensitive = isCaseSensitive(query);
  const needle = caseSensitive ? query : foldCase(query);
  if (!WHITESPACE.test(needle)) return { caseSensitive, needle, pattern: undefined };
  const source = needle
    .split(WHITESPACE_RUNS)
    .map((part) => part.replace(REGEX_SYNTAX, '\\$&'))
    .join('\\s+');
  return { caseSensitive, needle, pattern: new RegExp(source, 'g') };
}

/**
 * Calls `visit` for every non-overlapping match of a compiled query in a text, left to right, without
 * building a list: a common word hits a large briefing 150,000 times. `folded` is `foldCase(text)`,
 * passed in so an index can fold each text once rather than on every query.
 */
export function forEachMatch(
  query: CompiledQuery,
  text: string,
  folded: string,
  visit: (offset: number, length: number) => void,
): void {
  const haystack = query.caseSensitive ? text : folded;
  if (query.pattern === undefined) {
    const length = query.needle.length;
    for (
      let at = haystack.indexOf(query.needle);
      at !== -1;
      at = haystack.indexOf(query.needle, at + length)
    ) {
      visit(at, length);
    }
    return;
  }
  // exec rather than matchAll, which copies the pattern for every text it is given.
  const pattern = query.pattern;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(haystack); found !== null; found = pattern.exec(haystack)) {
    visit(found.index, found[0].length);
  }
}

/** The first match `forEachMatch` would visit, without looking further. */
export function firstMatch(query: CompiledQuery, text: string, folded: string): TextMatch | undefined {
  const haystack = query.caseSensitive ? text : folded;
  if (query.pattern === undefined) {
    const at = haystack.indexOf(query.needle);
    return at === -1 ? undefined : { offset: at, length: query.needle.length };
  }
  const pattern = query.pattern;
  pattern.lastIndex = 0;
  const found = pattern.exec(haystack);
  return found === null ? undefined : { offset: found.index, length: found[0].length };
}

/** Every non-overlapping match of a compiled query in a text (see `forEachMatch`). */
export function matchCompiled(query: CompiledQuery, text: string, folded: string): TextMatch[] {
  const matches: TextMatch[] = [];
  forEachMatch(query, text, folded, (offset, length) => matches.push({ offset, length }));
  return matches;
}

/**
 * Every non-overlapping occurrence of a literal query in a text, for highlighting. Smart case: the
 * match ignores case unless the query holds an uppercase letter; whitespace in the query matches any
 * run of whitespace. An empty query matches nothing.
 */
export function findMatches(text: string, query: string): TextMatch[] {
  const compiled = compileQuery(query);
  if (compiled === undefined) return [];
  return matchCompiled(compiled, text, compiled.caseSensitive ? text : foldCase(text));
}
