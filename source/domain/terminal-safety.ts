/**
 * What may reach a terminal, decided in one place: the sets of control characters and the scanners
 * that find where an escape sequence ends. Every module that keeps content from moving the cursor,
 * retitling the window, writing the clipboard (OSC 52), planting hyperlinks (OSC 8) or reordering
 * text (bidi controls) builds on these: the model's sanitiser (./sanitize.ts), the renderer's
 * tokenizer (render/ansi.ts), the frame writer's lines (terminal/frame-line.ts, text-cells.ts), the
 * plain mode's replies and commands, and the one-line error report (terminal/local.ts).
 *
 * Two scanners, on purpose. Removing a sequence is generous ({@link sequenceEnd}: ECMA-48, 7-bit and
 * 8-bit forms, a string swallowed to its terminator as a terminal would swallow it). Keeping one is
 * strict ({@link sgrEnd}, {@link oscStringEnd}: only a complete SGR or a terminated OSC string with no
 * other escape inside is ever passed on).
 */

export const ESC = 0x1b;
export const BEL = 0x07;
const TAB = 0x09;
const LF = 0x0a;
const DEL = 0x7f;
const BACKSLASH = 0x5c;
/** The 8-bit string terminator. */
const C1_ST = 0x9c;

/** C0 controls (tab and newline included), DEL and the C1 controls. */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= DEL && code <= 0x9f);
}

/** The bidi embeddings, overrides and isolates: they reorder the text around them on screen. */
export function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** What may never reach a terminal inside text: every control but tab and newline, and the bidi controls. */
export function isUnsafe(code: number): boolean {
  if (code < 0x20) return code !== LF && code !== TAB;
  if (code < DEL) return false;
  if (code <= 0x9f) return true;
  return isBidiControl(code);
}

// The same sets as bodies of a regular expression's character class (`[${CONTROL_CHARS}]`), for the
// modules that match with regular expressions. Written as escapes, so no control character is in the source.
/** {@link isControl}'s set. */
export const CONTROL_CHARS = '\\u0000-\\u001f\\u007f-\\u009f';
/** {@link isControl}'s set without tab and newline. */
export const UNSAFE_CONTROL_CHARS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';
/** {@link isBidiControl}'s set; with {@link UNSAFE_CONTROL_CHARS}, {@link isUnsafe}'s. */
export const BIDI_CONTROL_CHARS = '\\u202a-\\u202e\\u2066-\\u2069';
/** An SGR sequence (colours and attributes), as a regular expression: {@link sgrEnd}'s grammar. */
export const SGR_PATTERN = '\\u001b\\[[0-9;:]*m';
/**
 * An escape sequence as a keyboard sends it into a line: a CSI (`ESC [ A`, `ESC [ 1 ; 5 D`), an SS3
 * (`ESC O P`), Alt and one character, or a lone ESC.
 */
export const KEY_SEQUENCE_PATTERN = '\\u001b(?:\\[[0-?]*[ -/]*[@-~]|O.|.)?';

/**
 * The index just past a complete SGR sequence (`ESC [`, digits, `;` and `:`, then `m`) starting at
 * `i`, or -1 when none starts there.
 */
export function sgrEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== ESC || s.charCodeAt(i + 1) !== 0x5b) return -1;
  let j = i + 2;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c < 0x30 || c > 0x3b) break;
    j++;
  }
  return s.charCodeAt(j) === 0x6d ? j + 1 : -1;
}

/** Where an OSC string that is to be kept ends; see {@link oscStringEnd}. */
export interface OscStringEnd {
  /** Index of the terminator (or of where the string stopped). */
  readonly bodyEnd: number;
  /** Index just past the terminator (or of where the string stopped). */
  readonly end: number;
  /** Ended by BEL or `ESC \`; false when another ESC or the end of the text came first. */
  readonly terminated: boolean;
}

/**
 * The strict reading of an OSC string whose payload starts at `from`: it ends at BEL or at `ESC \`;
 * any other ESC ends it unterminated, before that ESC. A single forward pass: looking for each
 * terminator in the whole line made a line of 12,500 links take 4 s.
 */
export function oscStringEnd(s: string, from: number): OscStringEnd {
  for (let j = from; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === BEL) return { bodyEnd: j, end: j + 1, terminated: true };
    if (c === ESC) {
      return s.charCodeAt(j + 1) === BACKSLASH
        ? { bodyEnd: j, end: j + 2, terminated: true }
        : { bodyEnd: j, end: j, terminated: false };
    }
  }
  return { bodyEnd: s.length, end: s.length, terminated: false };
}

/**
 * The index just past the unsafe character at `i` and the sequence it introduces, for removal: an ESC
 * or C1 introducer takes its whole sequence with it (CSI, OSC, DCS, SOS, PM, APC strings, SS2/SS3 and
 * their character, nF sequences); any other control is one character.
 */
export function sequenceEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === ESC) return escapeEnd(s, i);
  switch (c) {
    case 0x9b: // 8-bit CSI
      return csiEnd(s, i + 1);
    case 0x9d: // OSC
    case 0x90: // DCS
    case 0x98: // SOS
    case 0x9e: // PM
    case 0x9f: // APC
      return stringEnd(s, i + 1);
    default:
      return i + 1;
  }
}

function escapeEnd(s: string, i: number): number {
  if (i + 1 >= s.length) return i + 1;
  const d = s.charCodeAt(i + 1);
  switch (d) {
    case 0x5b: // [ CSI
      return csiEnd(s, i + 2);
    case 0x5d: // ] OSC
    case 0x50: // P DCS
    case 0x58: // X SOS
    case 0x5e: // ^ PM
    case 0x5f: // _ APC
      return stringEnd(s, i + 2);
    case 0x4e: // N SS2
    case 0x4f: // O SS3
      return codePointEnd(s, i + 2);
    default:
      break;
  }
  // ESC before another control: drop the ESC alone and let the control be judged on its own,
  // so an ESC cannot swallow the newline after it.
  if (isControl(d)) return i + 1;
  // nF sequences (e.g. ESC ( B, ESC # 8): intermediates 0x20-0x2F, then one final byte.
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  if (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e) return j + 1;
  if (j > i + 1) return j;
  return codePointEnd(s, i + 1);
}

/**
 * The end of a CSI whose parameters start at `j`: parameter and intermediate bytes (0x20-0x3F) up to
 * a final byte (0x40-0x7E), past which it returns; any other byte ends it before that byte.
 */
export function csiEnd(s: string, j: number): number {
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 0x40 && c <= 0x7e) return j + 1;
    if (c < 0x20 || c > 0x3f) return j;
    j++;
  }
  return j;
}

/**
 * OSC, DCS, SOS, PM and APC strings, for removal: the payload runs to BEL or ST (`ESC \` or U+009C).
 * An unterminated one stops before the newline so the following lines survive.
 */
function stringEnd(s: string, j: number): number {
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === BEL || c === C1_ST) return j + 1;
    if (c === ESC && s.charCodeAt(j + 1) === BACKSLASH) return j + 2;
    if (c === LF) return j;
    j++;
  }
  return j;
}

/** Past one code point (both halves of a surrogate pair), but never a control: those are judged on their own. */
function codePointEnd(s: string, j: number): number {
  if (j >= s.length) return j;
  const c = s.charCodeAt(j);
  if (isControl(c)) return j;
  if (c >= 0xd800 && c <= 0xdbff && j + 1 < s.length) {
    const low = s.charCodeAt(j + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return j + 2;
  }
  return j + 1;
}
