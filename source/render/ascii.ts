/**
 * ASCII output, for `--ascii` and for terminals whose locale is not UTF-8: the last step before bytes
 * leave the program. The briefing's text has been transliterated already (domain/ascii.ts), so what
 * reaches here non-ASCII is rare: a decoded `&hellip;`, a symbol of the chrome, a typed character, a
 * file name. Each is replaced in place by ASCII of the same width, so a laid-out line or frame keeps
 * its columns: the transliteration when it is exactly that wide (`─` as `-`, `→` as `>`), its first
 * characters when it is punctuation (`…` as `.`), otherwise `?` per column.
 */
import stringWidth from 'string-width';

/** Unicode text to ASCII (any-ascii), passed in: it is loaded only when ASCII is chosen. */
export type Transliterate = (text: string) => string;

const NON_ASCII = /[^\p{ASCII}]/u;
const ESC = 0x1b;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether `text` needs {@link asciiOnly} at all. */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}

/**
 * Replaces every non-ASCII grapheme of `text` by ASCII of the same width in columns. Escape sequences
 * pass unchanged, except that non-ASCII inside an OSC string (a hyperlink's URL) is percent-encoded.
 */
export function asciiOnly(text: string, transliterate: Transliterate): string {
  if (!hasNonAscii(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const esc = text.indexOf('\u001b', i);
    const textEnd = esc === -1 ? text.length : esc;
    if (textEnd > i) out += asciiText(text.slice(i, textEnd), transliterate);
    if (esc === -1) break;
    const end = escapeEnd(text, esc);
    const sequence = text.slice(esc, end);
    out += text.charCodeAt(esc + 1) === 0x5d ? percentEncode(sequence) : sequence;
    i = end;
  }
  return out;
}

/** One grapheme as ASCII of exactly `width` columns. */
export function asciiGrapheme(grapheme: string, width: number, transliterate: Transliterate): string {
  const ascii = transliterate(grapheme).replace(/[^\u0020-\u007e]/g, '');
  if (ascii.length === width) return ascii;
  if (ascii.length > 0 && ascii.length < width) return ascii.padEnd(width, ' ');
  if (ascii.length > width && !/[A-Za-z0-9]/.test(ascii)) return ascii.slice(0, width);
  return '?'.repeat(width);
}

function asciiText(text: string, transliterate: Transliterate): string {
  if (!hasNonAscii(text)) return text;
  // Line by line: V8's segmenter is slow on long strings (see render/ansi.ts), and lines are short.
  return text
    .split('\n')
    .map((line) => {
      if (!hasNonAscii(line)) return line;
      let out = '';
      for (const { segment } of segmenter.segment(line)) {
        out += hasNonAscii(segment) ? asciiGrapheme(segment, stringWidth(segment), transliterate) : segment;
      }
      return out;
    })
    .join('\n');
}

/** Where the escape sequence starting at `at` ends (exclusive): CSI, OSC/DCS/APC strings, or ESC + one. */
function escapeEnd(text: string, at: number): number {
  const kind = text.charCodeAt(at + 1);
  if (kind === 0x5b) {
    // CSI: parameters and intermediates, then one final byte in 0x40-0x7e.
    for (let j = at + 2; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j + 1;
    }
    return text.length;
  }
  if (kind === 0x5d || kind === 0x50 || kind === 0x5f || kind === 0x5e) {
    // A string: ends at BEL or ST (ESC \).
    for (let j = at + 2; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x07) return j + 1;
      if (c === ESC && text.charCodeAt(j + 1) === 0x5c) return j + 2;
    }
    return text.length;
  }
  return Math.min(text.length, at + 2);
}

function percentEncode(sequence: string): string {
  return hasNonAscii(sequence)
    ? sequence.replace(/[^\p{ASCII}]+/gu, (run) => {
        try {
          return encodeURIComponent(run);
        } catch {
          return '?'; // a lone surrogate, which no URL can hold
        }
      })
    : sequence;
}
