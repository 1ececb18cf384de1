import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySgr, DEFAULT_SGR, sgrSequence } from '../../source/render/sgr.js';
import { createScreen } from '../harness/screen.js';

const ESC = '\u001b';

/** The canonical sequence for the attributes left by SGR sequences with these parameters, in turn. */
const attributesAfter = (...sequences: string[]) =>
  sgrSequence(sequences.reduce((state, parameters) => applySgr(state, parameters), DEFAULT_SGR));

describe('applySgr and sgrSequence', () => {
  it('reduces SGR sequences to the attributes they leave in force', () => {
    expect(attributesAfter('1', '22')).toBe('');
    expect(attributesAfter('1', '31', '39')).toBe(`${ESC}[1m`);
    expect(attributesAfter('31', '0;34')).toBe(`${ESC}[34m`);
    expect(attributesAfter('38;5;196', '1')).toBe(`${ESC}[1;38;5;196m`);
    expect(attributesAfter('38;2;1;2;3', '48:5:4')).toBe(`${ESC}[38;2;1;2;3;48:5:4m`);
    expect(attributesAfter('7', '')).toBe('');
    expect(attributesAfter('4:3', '73')).toBe(`${ESC}[4:3;73m`);
  });

  it('tracks attributes so a cut line can reopen exactly its styling', () => {
    expect(attributesAfter('90', '3', '1', '38;5;200', '22')).toBe(`${ESC}[3;38;5;200m`);
    expect(attributesAfter('90', '3', '1', '38;5;200', '22', '23;39')).toBe('');
    expect(attributesAfter('4:3;48;2;1;2;3')).toBe(`${ESC}[4:3;48;2;1;2;3m`);
    expect(attributesAfter('4:3;48;2;1;2;3', '')).toBe('');
  });

  it('gives the same sequence for the same attributes, whatever order set them', () => {
    expect(attributesAfter('31', '1', '4')).toBe(attributesAfter('4', '1;31'));
    expect(attributesAfter('1;2', '22', '2')).toBe(attributesAfter('2'));
    expect(attributesAfter('1', '31', '32')).toBe(attributesAfter('32', '1'));
  });

  it('handles bright and background colours, underline colour and sub-parameters', () => {
    expect(attributesAfter('97', '104')).toBe(`${ESC}[97;104m`);
    expect(attributesAfter('41', '49')).toBe('');
    expect(attributesAfter('58;5;9', '4')).toBe(`${ESC}[4;58;5;9m`);
    expect(attributesAfter('58:2::1:2:3', '59')).toBe('');
    expect(attributesAfter('38:2::10:20:30;1')).toBe(`${ESC}[1;38:2::10:20:30m`);
    // `21` is a double underline; `24` ends any underline.
    expect(attributesAfter('21')).toBe(`${ESC}[21m`);
    expect(attributesAfter('21', '24')).toBe('');
  });

  it('keeps parameters it does not know, in order, until a reset', () => {
    expect(attributesAfter('73', '1', '10')).toBe(`${ESC}[1;73;10m`);
    expect(attributesAfter('73;0', '10')).toBe(`${ESC}[10m`);
    expect(attributesAfter('73', '0', '11', '12')).toBe(`${ESC}[11;12m`);
  });

  it('treats an empty parameter anywhere as a reset and reads leading zeros as a terminal does', () => {
    expect(attributesAfter('1;;3')).toBe(`${ESC}[3m`);
    expect(attributesAfter('01', '031')).toBe(`${ESC}[01;31m`);
    expect(attributesAfter('01', '022')).toBe('');
    expect(attributesAfter('1', '00')).toBe('');
  });

  it('never changes the state it is given', () => {
    const bold = applySgr(DEFAULT_SGR, '1');
    applySgr(bold, '0');
    applySgr(bold, '73');
    expect(sgrSequence(bold)).toBe(`${ESC}[1m`);
    expect(sgrSequence(DEFAULT_SGR)).toBe('');
  });
});

/** Parameters the renderer and the frame writer meet, complete colour forms included. */
const parameterArb = fc.constantFrom(
  '0',
  '',
  '1',
  '2',
  '3',
  '4',
  '4:3',
  '5',
  '7',
  '8',
  '9',
  '53',
  '22',
  '23',
  '24',
  '25',
  '27',
  '28',
  '29',
  '55',
  '31',
  '37',
  '92',
  '39',
  '42',
  '107',
  '49',
  '38;5;196',
  '38;2;1;2;3',
  '38:5:9',
  '48;5;17',
  '48:2::4:5:6',
  '58;5;9',
  '59',
  '73',
);
const sequencesArb = fc.array(fc.array(parameterArb, { minLength: 1, maxLength: 4 }), { maxLength: 6 });

describe('canonical sequence', () => {
  it('sets the same state again when applied from the defaults', () => {
    fc.assert(
      fc.property(sequencesArb, (sequences) => {
        const once = attributesAfter(...sequences.map((list) => list.join(';')));
        expect(attributesAfter(once.slice(2, -1))).toBe(once);
      }),
    );
  });

  it('draws as the sequences it stands for do, in a terminal', async () => {
    const screen = createScreen({ columns: 10, rows: 2 });
    const { terminal } = screen;
    const drawn = async (prefix: string) => {
      await screen.feed(`${ESC}[0m${ESC}[H${prefix}x`);
      const cell = terminal.buffer.active.getLine(0)?.getCell(0);
      if (cell === undefined) throw new Error('no cell at 0,0');
      return {
        bold: cell.isBold(),
        dim: cell.isDim(),
        italic: cell.isItalic(),
        underline: cell.isUnderline(),
        blink: cell.isBlink(),
        inverse: cell.isInverse(),
        invisible: cell.isInvisible(),
        strike: cell.isStrikethrough(),
        overline: cell.isOverline(),
        fg: [cell.getFgColorMode(), cell.getFgColor()],
        bg: [cell.getBgColorMode(), cell.getBgColor()],
      };
    };
    await fc.assert(
      fc.asyncProperty(sequencesArb, async (sequences) => {
        const parameters = sequences.map((list) => list.join(';'));
        const original = await drawn(parameters.map((p) => `${ESC}[${p}m`).join(''));
        expect(await drawn(attributesAfter(...parameters))).toEqual(original);
      }),
      { numRuns: 300 },
    );
    terminal.dispose();
  });
});
