import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sanitizeText } from '../../source/domain/sanitize.js';
import {
  BIDI_CONTROL_CHARS,
  CONTROL_CHARS,
  csiEnd,
  isBidiControl,
  isControl,
  isUnsafe,
  KEY_SEQUENCE_PATTERN,
  oscStringEnd,
  SGR_PATTERN,
  sequenceEnd,
  sgrEnd,
  UNSAFE_CONTROL_CHARS,
} from '../../source/domain/terminal-safety.js';
import { parseCommand } from '../../source/plain/commands.js';
import { terminalSafe } from '../../source/plain/session.js';
import { tokenize } from '../../source/render/ansi.js';
import { fitLine } from '../../source/terminal/frame-line.js';

const ESC = '\u001b';
const BEL = '\u0007';

// The sets as the specification states them, written out once more on purpose.
const C0_C1 = /^[\u0000-\u001f\u007f-\u009f]$/;
const BIDI = /^[\u202a-\u202e\u2066-\u2069]$/;

describe('the character sets', () => {
  test('the predicates and the regular-expression sets agree on every UTF-16 code unit', () => {
    const control = new RegExp(`^[${CONTROL_CHARS}]$`);
    const unsafe = new RegExp(`^[${UNSAFE_CONTROL_CHARS}${BIDI_CONTROL_CHARS}]$`);
    const bidi = new RegExp(`^[${BIDI_CONTROL_CHARS}]$`);
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const isC0C1 = C0_C1.test(char);
      const isBidi = BIDI.test(char);
      const expected = (isC0C1 && char !== '\t' && char !== '\n') || isBidi;
      const answers = [
        isControl(code) === isC0C1,
        control.test(char) === isC0C1,
        isBidiControl(code) === isBidi,
        bidi.test(char) === isBidi,
        isUnsafe(code) === expected,
        unsafe.test(char) === expected,
      ];
      if (answers.includes(false))
        wrong.push(`U+${code.toString(16).padStart(4, '0')}: ${answers.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

const hostilePiece = fc.constantFrom(
  'a',
  'é',
  '東',
  '\t',
  '\n',
  ESC,
  BEL,
  '\\',
  '[',
  ']',
  '8;;',
  ';',
  'm',
  '31',
  '1;2',
  ':',
  'P',
  'O',
  '\u009b',
  '\u009c',
  '\u009d',
  '\u202e',
  `${ESC}[1m`,
  `${ESC}]8;;https://e.x/${BEL}`,
  `${ESC}]8;;${ESC}\\`,
  `${ESC}]0;title`,
  `${ESC}[2J`,
  `${ESC}P`,
);
const hostile = fc.array(hostilePiece, { maxLength: 20 }).map((pieces) => pieces.join(''));

describe('the scanners', () => {
  test('sgrEnd reads exactly the SGR grammar of SGR_PATTERN', () => {
    const sticky = new RegExp(SGR_PATTERN, 'y');
    fc.assert(
      fc.property(hostile, fc.nat(30), (text, at) => {
        const i = Math.min(at, text.length);
        sticky.lastIndex = i;
        const match = sticky.exec(text);
        expect(sgrEnd(text, i)).toBe(match ? i + match[0].length : -1);
      }),
      { numRuns: 2000 },
    );
  });

  test('oscStringEnd ends at BEL or ESC \\, and stops unterminated at any other ESC or the end', () => {
    expect(oscStringEnd(`8;;u${BEL}x`, 0)).toEqual({ bodyEnd: 4, end: 5, terminated: true });
    expect(oscStringEnd(`8;;u${ESC}\\x`, 0)).toEqual({ bodyEnd: 4, end: 6, terminated: true });
    expect(oscStringEnd(`8;;u${ESC}]0;t${BEL}`, 0)).toEqual({ bodyEnd: 4, end: 4, terminated: false });
    expect(oscStringEnd('8;;u', 0)).toEqual({ bodyEnd: 4, end: 4, terminated: false });
    // The 8-bit terminator and a newline do not end a string that is to be kept.
    expect(oscStringEnd('a\u009cb\nc', 0).terminated).toBe(false);
  });

  test('csiEnd takes parameters and intermediates up to a final byte, and stops before anything else', () => {
    expect(csiEnd('1;31mx', 0)).toBe(5);
    expect(csiEnd('?1049hx', 0)).toBe(6);
    expect(csiEnd('12', 0)).toBe(2);
    expect(csiEnd('12\u0001m', 0)).toBe(2);
    expect(csiEnd('12éx', 0)).toBe(2);
  });

  test('sequenceEnd removes whole sequences, 7-bit and 8-bit, and never crosses a newline in a string', () => {
    const end = (text: string) => sequenceEnd(text, 0);
    expect(end(`${ESC}[2Jx`)).toBe(4);
    expect(end(`${ESC}]0;title${BEL}x`)).toBe(10);
    expect(end(`${ESC}]0;a${ESC}[31m b${ESC}\\x`)).toBe(14);
    expect(end(`${ESC}]0;title\nnext`)).toBe(9);
    expect(end('\u009b2Jx')).toBe(3);
    expect(end('\u009d0;t\u009cx')).toBe(5);
    expect(end(`${ESC}(Bx`)).toBe(3);
    expect(end(`${ESC}OPx`)).toBe(3);
    expect(end(`${ESC}\n`)).toBe(1);
    expect(end('\u0007x')).toBe(1);
  });

  test('KEY_SEQUENCE_PATTERN takes what keys send: CSI, SS3, Alt and a character', () => {
    const keys = new RegExp(KEY_SEQUENCE_PATTERN, 'g');
    for (const key of [`${ESC}[A`, `${ESC}[1;5D`, `${ESC}[5~`, `${ESC}OP`, `${ESC}x`]) {
      expect(`a${key}b`.replace(keys, '')).toBe('ab');
    }
    expect(`a${ESC}`.replace(keys, '')).toBe('a');
  });
});

/** Every escape sequence in `text`, by the strict reading: SGR, or an OSC string. */
function escapesIn(text: string): string[] {
  const found: string[] = [];
  let i = text.indexOf(ESC);
  while (i !== -1) {
    const sgr = sgrEnd(text, i);
    const end = sgr !== -1 ? sgr : text[i + 1] === ']' ? oscStringEnd(text, i + 2).end : i + 2;
    found.push(text.slice(i, end));
    i = text.indexOf(ESC, end);
  }
  return found;
}

/** `text` without the sequences {@link escapesIn} finds. */
function withoutEscapes(text: string): string {
  let rest = text;
  for (const sequence of escapesIn(text)) rest = rest.replace(sequence, '');
  return rest;
}

/** A complete SGR, or a terminated OSC 8 with no control character in it. */
function isKept(sequence: string): boolean {
  if (sgrEnd(sequence, 0) === sequence.length) return true;
  if (!sequence.startsWith(`${ESC}]8;`)) return false;
  const osc = oscStringEnd(sequence, 2);
  return (
    osc.terminated &&
    osc.end === sequence.length &&
    !/[\u0000-\u001f\u007f-\u009f]/.test(sequence.slice(2, osc.bodyEnd))
  );
}

describe('what each user of the module lets through', () => {
  // The renderer and the frame writer leave bidi controls to the loader and to stripControl, which run first.
  test('no consumer lets a control character or an escape other than SGR and OSC 8 through', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect([...sanitizeText(text)].some((char) => isUnsafe(char.charCodeAt(0)))).toBe(false);

        const line = fitLine(text.replace(/\n/g, ' '), 40).text;
        for (const sequence of escapesIn(line)) expect(isKept(sequence)).toBe(true);
        expect([...withoutEscapes(line)].some((char) => isControl(char.charCodeAt(0)))).toBe(false);

        for (const piece of tokenize(text.replace(/\n/g, ' '))) {
          if (piece.kind === 'char')
            expect([...piece.text].some((char) => isControl(char.charCodeAt(0)))).toBe(false);
          else expect(isKept(piece.text)).toBe(true);
        }

        const reply = terminalSafe(text, 1);
        for (const sequence of escapesIn(reply)) expect(sgrEnd(sequence, 0)).toBe(sequence.length);
        expect(
          [...reply.replace(new RegExp(SGR_PATTERN, 'g'), '')].some((char) => isUnsafe(char.charCodeAt(0))),
        ).toBe(false);

        const command = parseCommand(text);
        if (command.type === 'unknown')
          expect([...command.text].some((char) => isControl(char.charCodeAt(0)))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
