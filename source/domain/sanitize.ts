/**
 * The security boundary between briefing files and terminals: every string stored in the model
 * passes through `sanitizeText`, so no author (or attacker who can edit a briefing) can move the
 * cursor, retitle the window, write the clipboard (OSC 52), plant hyperlinks (OSC 8) or reorder
 * text with bidi overrides on a reader's terminal.
 *
 * The scanner is a single forward pass: each character is looked at a bounded number of times,
 * with no backtracking regular expression. Clean text costs one regex test; a 10 MB string
 * packed with sequences takes about 150 ms.
 */

import type { SourcePosition } from './types.js';

const BEL = 0x07;
const TAB = 0x09;
const LF = 0x0a;
const ESC = 0x1b;
const DEL = 0x7f;
const BACKSLASH = 0x5c;
const C1_ST = 0x9c;
/** Code units per String.fromCharCode call, well under engines' argument limits. */
const CHUNK = 4096;
/** Removals joined as slices before switching to a buffer. */
const MAX_SLICES = 1024;

/** Characters that may never reach a terminal. Tab and newline are the only controls kept. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether `s` holds anything `sanitizeText` would remove.
 */
export function containsUnsafe(s: string): boolean {
  return UNSAFE.test(s);
}

/**
 * Removes terminal escape sequences (7-bit ESC and 8-bit C1 forms, with their payloads), every
 * other C0 control except newline and tab, DEL, every C1 control, and the bidi embedding,
 * override and isolate controls. Visible text, emoji, CJK and combining marks are kept.
 * The result contains no unsafe character, so sanitising twice changes nothing.
 */
export function sanitizeText(s: string): string {
  if (!UNSAFE.test(s)) return s;
  const n = s.length;
  let out = '';
  let pieces = 0;
  let keepFrom = 0;
  let i = 0;
  // Few removals (the usual case): join the slices in between. Many (a hostile file): V8 pays
  // dearly for a million tiny slices, so switch to copying code units into a buffer.
  while (i < n) {
    if (!isUnsafe(s.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i > keepFrom) out += s.slice(keepFrom, i);
    i = skipSequence(s, i);
    keepFrom = i;
    if (++pieces > MAX_SLICES) return out + copyRest(s, i);
  }
  return keepFrom < n ? out + s.slice(keepFrom) : out;
}

/** The sanitised rest of `s` from `start`, copied through a code-unit buffer. */
function copyRest(s: string, start: number): string {
  const n = s.length;
  const units = new Uint16Array(n - start);
  let w = 0;
  let i = start;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isUnsafe(c)) {
      i = skipSequence(s, i);
    } else {
      units[w++] = c;
      i++;
    }
  }
  let out = '';
  for (let from = 0; from < w; from += CHUNK) {
    // apply takes the typed array as it is; spreading it is 3-4 times slower.
    const chunk = units.subarray(from, Math.min(w, from + CHUNK)) as unknown as number[];
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}

function isUnsafe(c: number): boolean {
  if (c < 0x20) return c !== LF && c !== TAB;
  if (c < DEL) return false;
  if (c <= 0x9f) return true;
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * Where unsafe characters are: the first one on each line, in order, at most `limit` lines.
 * `total` counts every line that holds one, so callers can say how many were left out.
 */
export function locateUnsafe(
  text: string,
  limit: number,
): { readonly positions: readonly SourcePosition[]; readonly total: number } {
  const positions: SourcePosition[] = [];
  let total = 0;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const re = new RegExp(UNSAFE.source, 'g');
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    // Count the newlines between the last counted offset and this match, once each.
    for (
      let nl = text.indexOf('\n', counted);
      nl !== -1 && nl < match.index;
      nl = text.indexOf('\n', nl + 1)
    ) {
      line += 1;
      lineStart = nl + 1;
    }
    total += 1;
    if (positions.length < limit) positions.push({ line, column: match.index - lineStart + 1 });
    const nextLine = text.indexOf('\n', match.index);
    if (nextLine === -1) break;
    counted = nextLine;
    re.lastIndex = nextLine;
  }
  return { positions, total };
}

/** Returns the index just past the unsafe sequence that starts at `i`. */
function skipSequence(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === ESC) return skipEscape(s, i);
  switch (c) {
    case 0x9b: // 8-bit CSI
      return skipCsi(s, i + 1);
    case 0x9d: // OSC
    case 0x90: // DCS
    case 0x98: // SOS
    case 0x9e: // PM
    case 0x9f: // APC
      return skipString(s, i + 1);
    default:
      return i + 1;
  }
}

function skipEscape(s: string, i: number): number {
  if (i + 1 >= s.length) return i + 1;
  const d = s.charCodeAt(i + 1);
  switch (d) {
    case 0x5b: // [ CSI
      return skipCsi(s, i + 2);
    case 0x5d: // ] OSC
    case 0x50: // P DCS
    case 0x58: // X SOS
    case 0x5e: // ^ PM
    case 0x5f: // _ APC
      return skipString(s, i + 2);
    case 0x4e: // N SS2
    case 0x4f: // O SS3
      return skipCodePoint(s, i + 2);
    default:
      break;
  }
  // ESC before another control: drop the ESC alone and let the control be judged on its own,
  // so an ESC cannot swallow the newline after it.
  if (d < 0x20 || (d >= DEL && d <= 0x9f)) return i + 1;
  // nF sequences (e.g. ESC ( B, ESC # 8): intermediates 0x20-0x2F, then one final byte.
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  if (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e) return j + 1;
  if (j > i + 1) return j;
  return skipCodePoint(s, i + 1);
}

/** CSI: parameter and intermediate bytes (0x20-0x3F) up to a final byte (0x40-0x7E). */
function skipCsi(s: string, j: number): number {
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 0x40 && c <= 0x7e) return j + 1;
    if (c < 0x20 || c > 0x3f) return j;
    j++;
  }
  return j;
}

/**
 * OSC, DCS, SOS, PM and APC strings: the payload runs to BEL, ST (`ESC \` or U+009C). An
 * unterminated one stops before the newline so the following lines survive.
 */
function skipString(s: string, j: number): number {
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === BEL || c === C1_ST) return j + 1;
    if (c === ESC && s.charCodeAt(j + 1) === BACKSLASH) return j + 2;
    if (c === LF) return j;
    j++;
  }
  return j;
}

/** Skips one code point (both halves of a surrogate pair), but never a control: those are judged on their own. */
function skipCodePoint(s: string, j: number): number {
  if (j >= s.length) return j;
  const c = s.charCodeAt(j);
  if (c < 0x20 || (c >= DEL && c <= 0x9f)) return j;
  if (c >= 0xd800 && c <= 0xdbff && j + 1 < s.length) {
    const low = s.charCodeAt(j + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return j + 2;
  }
  return j + 1;
}

/**
 * Characters that show nothing and are not needed to spell a name: zero-width space and word joiner,
 * the BOM, soft hyphen, bidi marks, Hangul fillers, invisible operators and other format characters,
 * and tag characters outside an emoji tag sequence (🏴 + tags, the flags of Scotland or Wales). Kept:
 * the zero-width joiner and non-joiner (emoji sequences, Indic and Persian spelling) and variation
 * selectors (emoji presentation).
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each listed character is removed on its own.
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}]|(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\u{e0000}-\u{e007f}]/gu;

/**
 * Removes invisible characters (see INVISIBLE) from a name, so that `Pu\u200Btin` reads and matches
 * as the `Putin` it looks like, and a name made only of them is seen to be empty.
 */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}
