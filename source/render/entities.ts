/**
 * Character references in text that marked leaves encoded (it keeps them for HTML output), and in the
 * stand-in HTML reader's text and attributes (./html-events.ts).
 */

import { hasControl } from './ansi.js';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©',
};

/** Every named reference of HTML (2,231 of them), once the HTML parser is loaded (./html-events.ts). */
let fullNames: ((name: string) => string | undefined) | undefined;

/** Gives `decodeEntities` every named reference of HTML, beyond the common ones it knows by itself. */
export function setNamedReferences(decode: (name: string) => string | undefined): void {
  fullNames = decode;
}

/**
 * Decodes the character references marked leaves in text tokens (it keeps them for HTML output): numeric
 * ones, the common named ones, and every named one HTML has once the HTML parser is loaded (`&ensp;`,
 * `&bull;`). References to control characters stay as written, so `&#27;` cannot smuggle in an ESC.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{0,31});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') {
      const char = NAMED[ref] ?? fullNames?.(ref);
      return char === undefined || hasControl(char) ? whole : char;
    }
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    const char = String.fromCodePoint(code);
    return hasControl(char) ? whole : char;
  });
}
