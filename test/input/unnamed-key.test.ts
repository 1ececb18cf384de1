import { describe, expect, it } from 'vitest';
// Ink's own key parser, read from the pinned version: the guard must cover every sequence it cannot name.
import parseKeypress from '../../node_modules/ink/build/parse-keypress.js';
import { isCtrlModifiedSequence } from '../../source/input/unnamed-key.js';

// Every printable final byte: rxvt ends Shift-modified keys with `$` (`ESC[1;5$` crashed Ink in the pty fuzz).
const finals = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const prefixes = ['\u001b[', '\u001bO', '\u001b\u001b[', '\u001b[[', '\u001b\u001bO'];
const params = [
  '',
  '1;5',
  '5',
  '2;5',
  '15;5',
  '1;13',
  '99;5',
  '1;5;5',
  '1;6',
  '3;5',
  '1;2',
  '5;5',
  '1;8',
  '0;5',
  '1:5',
  '6',
  '7',
  '8',
  '24;7',
  // A 0 is read as modifier -1, Ctrl set (`ESC[0z` crashed Ink in the pty fuzz).
  '0',
  '1;0',
  '5;0',
];

function inkCannotName(sequence: string): boolean {
  const key = parseKeypress(sequence);
  return key.ctrl === true && key.name === undefined && key.isKittyProtocol !== true;
}

describe('isCtrlModifiedSequence', () => {
  it('covers every escape sequence Ink 6.8 reports as Ctrl with no name', () => {
    const missed: string[] = [];
    let unnamed = 0;
    for (const prefix of prefixes)
      for (const param of params)
        for (const final of finals) {
          const sequence = prefix + param + final;
          if (!inkCannotName(sequence)) continue;
          unnamed += 1;
          if (!isCtrlModifiedSequence(sequence)) missed.push(JSON.stringify(sequence));
        }
    expect(unnamed).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  });

  it.each([
    ['\u001b[A', 'up'],
    ['\u001b[B', 'down'],
    ['\u001bOA', 'up (application mode)'],
    ['\u001b[5~', 'page up'],
    ['\u001b[6~', 'page down'],
    ['\u001b[H', 'home'],
    ['\u001b[F', 'end'],
    ['\u001b[1~', 'home (vt)'],
    ['\u001b[3~', 'delete'],
    ['\u001b[Z', 'shift+tab'],
    ['\u001b[1;3D', 'alt+left'],
    ['\u001b\u001b[D', 'alt+left (rxvt)'],
    ['\u001bOP', 'F1'],
    ['\u001b', 'escape'],
    ['q', 'a letter'],
    ['\u0004', 'ctrl+d'],
  ])('lets %j (%s) through', (sequence) => {
    expect(isCtrlModifiedSequence(sequence)).toBe(false);
  });
});
