/**
 * Ink 6.8's `useInput` throws on a Ctrl-modified escape sequence it has no name for (Ctrl+F1 sent as
 * `ESC[1;5P`, Ctrl+Shift+F5 as `ESC[15;6^`, ...): it reads `.length` of the missing name, and the throw
 * ends the program. Fixed upstream after 6.8 (vadimdemedes/ink#902); until then such a sequence is
 * dropped before Ink sees it. The reader binds no Ctrl-modified escape sequence, so nothing is lost.
 */

// CSI (`ESC [`, rxvt's `ESC [ [`) or SS3 (`ESC O`), after any number of ESC (Alt), then parameters and
// one final byte: a letter or symbol, or rxvt's `$` (Shift), which Ink also reads with a Ctrl
// parameter and cannot name (`ESC[1;5$`, found by the pty fuzz).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const SEQUENCE = /^\u001b+(?:\[\[?|O)([0-9;:]*)([$\u0040-\u007e])$/;

// Ink reads the modifier as `m - 1`, a 0 included: `ESC[0z` is -1, every bit set, Ctrl among them
// (found by the pty fuzz). An empty parameter (NaN here) Ink reads as 1, no modifier.
function hasCtrl(modifier: number): boolean {
  return !Number.isNaN(modifier) && ((modifier - 1) & 4) !== 0;
}

/** True for an escape sequence carrying a Ctrl modifier, which Ink may fail to name. */
export function isCtrlModifiedSequence(input: string): boolean {
  const match = SEQUENCE.exec(input);
  if (match === null) return false;
  const [, body = '', final = ''] = match;
  // rxvt marks Ctrl with the final byte: `ESC[5^` is Ctrl+PageUp, `ESC[5@` Ctrl+Shift+PageUp.
  if (final === '^' || final === '@') return true;
  const params = body.split(/[;:]/).map((part) => Number.parseInt(part, 10));
  // xterm puts the modifier second (`ESC[1;5P`); a lone parameter before a letter is read by Ink as a
  // modifier too (`ESC[5P`, `ESC O5P`), while before `~` it is the key's number (`ESC[5~`, Page Up).
  if (params.length >= 2) return params.slice(1).some((value) => hasCtrl(value));
  const [only] = params;
  return only !== undefined && !Number.isNaN(only) && final !== '~' && hasCtrl(only);
}
