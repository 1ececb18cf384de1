/**
 * Escape sequences for taking over a terminal and giving it back. Pure: each function returns the
 * bytes, and the caller decides which stream they go to (a local tty or an SSH channel).
 */

/** Control Sequence Introducer. */
export const CSI = '\u001B[';

/** Switches to the alternate screen (xterm mode 1049: saves the cursor and clears the alternate buffer). */
export function enterAlternateScreen(): string {
  return `${CSI}?1049h`;
}

/** Returns to the normal screen and restores the cursor saved by {@link enterAlternateScreen}. */
export function leaveAlternateScreen(): string {
  return `${CSI}?1049l`;
}

/** Erases the whole screen (ED 2); the cursor stays where it is. */
export function clearScreen(): string {
  return `${CSI}2J`;
}

/** Moves the cursor to the top-left corner (CUP). */
export function cursorHome(): string {
  return `${CSI}H`;
}

/** Hides the text cursor (DECTCEM off). */
export function hideCursor(): string {
  return `${CSI}?25l`;
}

/** Shows the text cursor (DECTCEM on). */
export function showCursor(): string {
  return `${CSI}?25h`;
}

/** Resets colours and text attributes (SGR 0). */
export function resetAttributes(): string {
  return `${CSI}0m`;
}

/** Turns off bracketed paste (mode 2004). */
export function disableBracketedPaste(): string {
  return `${CSI}?2004l`;
}

/**
 * Turns off every mouse-reporting mode a program may have enabled: click (1000), drag (1002),
 * any-motion (1003) and the SGR encoding (1006). One reset each, because some terminals ignore
 * a DECRST with several parameters.
 */
export function disableMouseReporting(): string {
  return `${CSI}?1000l${CSI}?1002l${CSI}?1003l${CSI}?1006l`;
}

/** Turns off focus in/out reporting (mode 1004). */
export function disableFocusReporting(): string {
  return `${CSI}?1004l`;
}

/**
 * Everything needed to hand the terminal back in a usable state, whatever the program did to it.
 *
 * Leaving the alternate screen comes first: mode 1049 restores the cursor saved on entry, SGR
 * attributes included, so the reset must follow it to be sure the shell gets default colours.
 * The reporting modes are turned off unconditionally: the reader does not enable them today,
 * but a crash in a later version that does must not leave the shell receiving mouse or paste
 * escapes, and turning off a mode that is already off is a no-op on every terminal.
 */
export function restoreSequence(): string {
  return (
    leaveAlternateScreen() +
    showCursor() +
    resetAttributes() +
    disableBracketedPaste() +
    disableMouseReporting() +
    disableFocusReporting()
  );
}
