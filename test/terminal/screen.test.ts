import { describe, expect, test } from 'vitest';
import {
  enterAlternateScreen,
  hideCursor,
  leaveAlternateScreen,
  restoreSequence,
  showCursor,
} from '../../source/terminal/screen.js';

const ESC = '\u001B';

describe('screen sequences', () => {
  test('alternate screen and cursor', () => {
    expect(enterAlternateScreen()).toBe(`${ESC}[?1049h`);
    expect(leaveAlternateScreen()).toBe(`${ESC}[?1049l`);
    expect(hideCursor()).toBe(`${ESC}[?25l`);
    expect(showCursor()).toBe(`${ESC}[?25h`);
  });

  test('restoreSequence leaves the alternate screen, then shows the cursor, resets SGR and modes', () => {
    expect(restoreSequence()).toBe(
      `${ESC}[?1049l${ESC}[?25h${ESC}[0m${ESC}[?2004l` +
        `${ESC}[?1000l${ESC}[?1002l${ESC}[?1003l${ESC}[?1006l${ESC}[?1004l`,
    );
  });

  test('restoreSequence sets no private mode except the visible cursor', () => {
    const set = [...restoreSequence().matchAll(/\[\?(\d+)h/g)].map((match) => match[1]);
    expect(set).toEqual(['25']);
  });
});
