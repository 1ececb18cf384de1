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

import { BIDI_CONTROL_CHARS, isUnsafe, sequenceEnd, UNSAFE_CONTROL_CHARS } from './terminal-safety.js';
import type { SourcePosition } from './types.js';

/** Code units per String.fromCharCode call, well under engines' argument limits. */
const CHUNK = 4096;
/** Removals joined as slices before switching to a buffer. */
const MAX_SLICES = 1024;

/** Characters that may never reach a terminal (./terminal-safety.ts). Tab and newline are the only controls kept. */
const UNSAFE = new RegExp(`[${UNSAFE_CONTROL_CHARS}${BIDI_CONTROL_CHARS}]`);

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
    i = sequenceEnd(s, i);
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
      i = sequenceEnd(s, i);
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
