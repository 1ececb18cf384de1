/**
 * The allow-list scanner itself: it lets through exactly what the reader sends (checked against the
 * terminal layer's own sequences) and flags every sequence the corpus smuggles in, so a test that
 * passes because the scanner saw nothing would fail here first.
 */
import { describe, expect, test } from 'vitest';
import { LINK_CLOSE, linkOpen } from '../../source/render/ansi.js';
import {
  clearScreen,
  cursorHome,
  enterAlternateScreen,
  hideCursor,
  restoreSequence,
  showCursor,
} from '../../source/terminal/screen.js';
import { type Allowance, foreignControls, scanControls } from './escapes.js';

const reader: Allowance = { screen: { columns: 80, rows: 24 }, hyperlinks: true, c0: '\r\n' };
const printed: Allowance = {};

describe('the scanner', () => {
  test('cuts output into text and whole sequences', () => {
    const kinds = scanControls(`a\u001b[1;31mb\u001b]0;t\u0007c\u001bP+q\u001b\\d\u009b2Je\u202ef\r\n`).map(
      (c) => [c.kind, c.text],
    );
    expect(kinds).toEqual([
      ['csi', '\u001b[1;31m'],
      ['osc', '\u001b]0;t\u0007'],
      ['dcs', '\u001bP+q\u001b\\'],
      ['c1', '\u009b'],
      ['bidi', '\u202e'],
      ['c0', '\r'],
      ['c0', '\n'],
    ]);
  });

  test('allows every sequence the terminal layer and the renderer make', () => {
    const own = [
      enterAlternateScreen(),
      hideCursor(),
      clearScreen(),
      cursorHome(),
      '\u001b[24;80H',
      '\u001b[12H',
      '\u001b[K',
      '\u001b[3;20r\u001b[2S\u001b[r',
      '\u001b[?2026h\u001b[?2026l',
      '\u001b[38;2;10;20;30m\u001b[1;4m\u001b[0m',
      `${linkOpen('https://example.com/a%20b')}link${LINK_CLOSE}`,
      `${linkOpen('https://例え.jp/東京')}iri${LINK_CLOSE}`,
      '\u001b]8;;https://example.com/\u001b\\x\u001b]8;;\u001b\\',
      showCursor(),
      restoreSequence(),
      '\r\n',
    ].join('');
    expect(foreignControls(own, reader)).toEqual([]);
  });

  test.each([
    ['a screen clear other than ED 2', '\u001b[3J'],
    ['a cursor move off the screen', '\u001b[9999;9999H'],
    ['a relative cursor move', '\u001b[5A'],
    ['a device status report', '\u001b[6n'],
    ['a window operation', '\u001b[8;1;1t'],
    ['a mode the reader never sets', '\u001b[?1h'],
    ['a full reset', '\u001bc'],
    ['a saved cursor', '\u001b7'],
    ['a window title', '\u001b]0;PWNED\u0007'],
    ['a window title ended by ST', '\u001b]2;PWNED\u001b\\'],
    ['a clipboard write', '\u001b]52;c;UFdORUQ=\u0007'],
    ['an OSC 8 with an ESC in its URL', '\u001b]8;;https://e.x/\u001b]0;x\u0007'],
    ['an OSC 8 with a space in its URL', '\u001b]8;;https://e.x/a b\u0007'],
    ['a DCS', '\u001bP+q544e\u001b\\'],
    ['an APC', '\u001b_Gf=100;x\u001b\\'],
    ['a PM', '\u001b^x\u001b\\'],
    ['an SOS', '\u001bXx\u001b\\'],
    ['an 8-bit CSI', '\u009b2J'],
    ['an 8-bit OSC', '\u009d0;x\u0007'],
    ['NEL', '\u0085'],
    ['a bell', '\u0007'],
    ['a backspace', '\b'],
    ['a bidi override', '\u202e'],
    ['a bidi isolate', '\u2066'],
  ])('flags %s in the reader’s output', (_what, sequence) => {
    expect(foreignControls(`before${sequence}after`, reader).length).toBeGreaterThan(0);
  });

  test('allows nothing but SGR and newlines in printed text', () => {
    expect(foreignControls('\u001b[1mbold\u001b[22m\nnext\n', printed)).toEqual([]);
    for (const sequence of ['\u001b[H', '\u001b[2J', '\u001b[?25l', '\r', linkOpen('https://e.x/'), '\t'])
      expect(foreignControls(`a${sequence}b`, printed), JSON.stringify(sequence)).toHaveLength(1);
  });
});
