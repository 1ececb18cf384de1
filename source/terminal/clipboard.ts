/**
 * Copying to the clipboard of the terminal the reader is shown in, with OSC 52: the terminal (over
 * SSH, the user's own) puts the text in its clipboard if it allows it; many ask first or refuse, so the
 * reader also shows the text whole.
 */

import { safeWebUrl } from '../domain/web-url.js';

/** The OSC 52 sequence that asks the terminal to put `text` on its clipboard (BEL-terminated). */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** Writes the copy request for a web link to `stdout`; nothing for an address that fails the check. */
export function copyWebUrl(stdout: { write(data: string): unknown }, url: string): void {
  const safe = safeWebUrl(url);
  if (safe !== undefined) stdout.write(osc52(safe));
}
