import { describe, expect, test } from 'vitest';
import { detectTerminal } from '../../source/terminal/detect.js';
import { themeFor } from '../../source/terminal/terminal-theme.js';

describe('themeFor', () => {
  test('takes the colour level, Unicode and hyperlinks from the detected terminal', () => {
    const kitty = detectTerminal({ TERM: 'xterm-kitty', LANG: 'en_US.UTF-8' }, { isTTY: true });
    expect(themeFor(kitty)).toEqual({ colorLevel: 3, ascii: false, hyperlinks: true });
    const latin = detectTerminal({ TERM: 'xterm', LANG: 'en_US.ISO-8859-1' }, { isTTY: true });
    expect(themeFor(latin)).toEqual({ colorLevel: 1, ascii: true, hyperlinks: false });
  });

  test('printed text can refuse hyperlinks whatever the terminal shows', () => {
    const kitty = detectTerminal({ TERM: 'xterm-kitty', LANG: 'C.UTF-8' }, { isTTY: true });
    expect(themeFor(kitty, { hyperlinks: false }).hyperlinks).toBe(false);
  });
});
