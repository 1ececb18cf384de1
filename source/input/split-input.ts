import type { InkKeyLike } from './resolve-key.js';

/**
 * One key press per character of a chunk Ink delivered whole. Ink reports a run of plain bytes as one
 * event (`/Zaporizhzhia⏎` typed fast, or coalesced by a slow SSH link, arrives as one string), which
 * would otherwise match no key at all; split, each character acts as if typed alone, Enter included.
 * Escape sequences (arrows, function keys) are already separate events and pass through unchanged.
 */
export function splitInput(input: string, key: InkKeyLike): [string, InkKeyLike][] {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta || key.escape || input.startsWith('\u001b'))
    return [[input, key]];
  return chars.map((char): [string, InkKeyLike] => {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\r' || char === '\n') return ['', { return: true }];
    if (char === '\t') return ['', { tab: true }];
    if (code === 0x7f || code === 0x08) return ['', { delete: true }];
    // Ctrl-A..Ctrl-Z, as Ink reports them alone: the letter, with ctrl set.
    if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ctrl: true }];
    return [char, char !== char.toLowerCase() ? { shift: true } : {}];
  });
}
