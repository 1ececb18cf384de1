import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { containsUnsafe, locateUnsafe, sanitizeText } from '../../source/domain/sanitize.js';

const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const ESC = '\x1b';
const ST = `${ESC}\\`;
const BEL = '\x07';

/** [what, hostile input, expected output] */
const HOSTILE: readonly (readonly [string, string, string])[] = [
  ['CSI cursor position', `before${ESC}[2;5Hafter`, 'beforeafter'],
  ['CSI cursor up and erase line', `one${ESC}[1A${ESC}[2Ktwo`, 'onetwo'],
  ['CSI clear screen', `keep${ESC}[2J${ESC}[3J${ESC}[Hthis`, 'keepthis'],
  ['CSI private mode (alternate screen)', `a${ESC}[?1049hb`, 'ab'],
  ['CSI colours', `plain ${ESC}[1;31mred${ESC}[0m plain`, 'plain red plain'],
  ['OSC 0 title ended by BEL', `left${ESC}]0;pwned title${BEL}right`, 'leftright'],
  ['OSC 2 title ended by ST', `left${ESC}]2;pwned title${ST}right`, 'leftright'],
  [
    'OSC 8 hyperlink',
    `see ${ESC}]8;;https://evil.example/${ST}click me${ESC}]8;;${ST} now`,
    'see click me now',
  ],
  [
    'OSC 8 with ESC inside the URL',
    `see ${ESC}]8;;https://a${ESC}[31m.example/${ST}link${ESC}]8;;${ST}.`,
    'see link.',
  ],
  ['OSC 52 clipboard write', `copy${ESC}]52;c;cm0gLXJmIH4K${BEL}this`, 'copythis'],
  ['DCS (DECRQSS)', `a${ESC}P$qm${ST}b`, 'ab'],
  ['DCS sixel payload', `a${ESC}Pq#0;2;0;0;0#1!6~${ST}b`, 'ab'],
  ['APC (kitty graphics)', `a${ESC}_Gf=100,a=T;AAAA${ST}b`, 'ab'],
  ['SOS', `a${ESC}Xsecret${ST}b`, 'ab'],
  ['PM', `a${ESC}^private${BEL}b`, 'ab'],
  ['8-bit CSI U+009B', 'a\u009b2Jb\u009b31mc', 'abc'],
  ['8-bit OSC U+009D ended by U+009C', 'a\u009d0;title\u009cb', 'ab'],
  ['8-bit OSC U+009D ended by BEL', 'a\u009d2;title\u0007b', 'ab'],
  ['8-bit DCS U+0090 ended by ESC \\', `a\u0090payload${ST}b`, 'ab'],
  ['8-bit APC U+009F', 'a\u009fpayload\u009cb', 'ab'],
  ['SS2 and SS3 with their next char', `a${ESC}Nxb${ESC}OPc`, 'abc'],
  ['charset designation ESC ( B', `a${ESC}(Bb`, 'ab'],
  ['screen alignment test ESC # 8', `a${ESC}#8b`, 'ab'],
  ['reset ESC c and save/restore cursor', `a${ESC}cb${ESC}7c${ESC}8d`, 'abcd'],
  ['lone ESC at end', `text${ESC}`, 'text'],
  ['ESC before a newline keeps the newline', `a${ESC}\nb`, 'a\nb'],
  ['unterminated OSC stops at the end of the line', `a${ESC}]0;title\nnext line`, 'a\nnext line'],
  ['unterminated 8-bit DCS stops at the end of the line', 'a\u0090data\nb', 'a\nb'],
  ['unterminated CSI at the end', `a${ESC}[12`, 'a'],
  ['carriage return (overwrite)', 'safe\rEVIL', 'safeEVIL'],
  ['backspaces', 'abc\b\b\bxyz', 'abcxyz'],
  ['bell', `ding${BEL}dong`, 'dingdong'],
  ['NUL', 'a\u0000b', 'ab'],
  ['DEL', 'a\u007fb', 'ab'],
  ['C1 NEL', 'a\u0085b', 'ab'],
  ['vertical tab and form feed', 'a\u000bb\u000cc', 'abc'],
  ['right-to-left override U+202E', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
  ['bidi embeddings and isolates', '\u202aa\u202bb\u202cc\u202dd\u2066e\u2067f\u2068g\u2069', 'abcdefg'],
];

describe('sanitizeText', () => {
  test.each(HOSTILE)('%s', (_what, input, expected) => {
    const output = sanitizeText(input);
    expect(output).toBe(expected);
    expect(output).not.toMatch(FORBIDDEN);
    expect(containsUnsafe(input)).toBe(true);
    expect(containsUnsafe(output)).toBe(false);
  });

  test.each([
    ['plain text', 'The talks resumed on Monday.'],
    ['tabs and newlines', 'a\tb\nc\n\nd'],
    ['emoji with ZWJ, flags and skin tones', 'family 👩‍👩‍👧 flag 🇩🇪 hand ✌🏽 done'],
    ['CJK', '北京と東京の会談'],
    ['combining marks', 'Cafe\u0301 and n\u0303'],
    ['Arabic and Hebrew without controls', 'مرحبا שלום'],
    ['a backslash and brackets', 'C:\\path [x] ]y['],
  ])('keeps %s intact', (_what, text) => {
    expect(sanitizeText(text)).toBe(text);
    expect(containsUnsafe(text)).toBe(false);
  });

  test('a long run of sequences keeps all the text between them', () => {
    const unit = `word ${ESC}[31mred${ESC}[0m ${ESC}]0;t${BEL}\u202e\n`;
    const input = unit.repeat(5000);
    expect(sanitizeText(input)).toBe('word red \n'.repeat(5000));
  });

  const hostileUnit = fc.constantFrom(
    ESC,
    '[',
    ']',
    '\\',
    'P',
    'X',
    '^',
    '_',
    'N',
    'O',
    '(',
    '#',
    ';',
    '0',
    'm',
    BEL,
    '\n',
    '\t',
    '\r',
    '\u0000',
    '\u007f',
    '\u0085',
    '\u0090',
    '\u009b',
    '\u009c',
    '\u009d',
    '\u202e',
    '\u2066',
    'a',
    'é',
    '😀',
    '\ud83d',
  );
  const anyString = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.oneof(hostileUnit, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 })
      .map((parts) => parts.join('')),
  );

  test('property: the output has no forbidden character and sanitising is idempotent', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const once = sanitizeText(input);
        expect(once).not.toMatch(FORBIDDEN);
        expect(sanitizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: the buffered path for many removals agrees with the sliced path', () => {
    // Over 1,024 removals sanitizeText switches to copying through a buffer; BELs end any
    // unterminated sequence of s, so the result must be the two halves sanitised separately.
    fc.assert(
      fc.property(anyString, anyString, (s, t) => {
        expect(sanitizeText(`${s}${BEL.repeat(1100)}${t}`)).toBe(sanitizeText(s) + sanitizeText(t));
      }),
      { numRuns: 500 },
    );
  });

  test('property: newlines are never removed, and clean text is returned unchanged', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const output = sanitizeText(input);
        expect(output.split('\n').length).toBe(input.split('\n').length);
        if (!FORBIDDEN.test(input)) expect(output).toBe(input);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('locateUnsafe', () => {
  test('reports the first unsafe character of each line, 1-based', () => {
    const text = `clean\nab${ESC}[31mc${ESC}[0m\nclean\n\u202ex\n`;
    expect(locateUnsafe(text, 10)).toEqual({
      positions: [
        { line: 2, column: 3 },
        { line: 4, column: 1 },
      ],
      total: 2,
    });
  });

  test('stops listing at the limit but counts every line', () => {
    const text = `${BEL}\n`.repeat(30);
    const { positions, total } = locateUnsafe(text, 5);
    expect(positions.map((p) => p.line)).toEqual([1, 2, 3, 4, 5]);
    expect(total).toBe(30);
  });

  test('finds nothing in clean text', () => {
    expect(locateUnsafe('a\nb\tc\n', 10)).toEqual({ positions: [], total: 0 });
  });
});
