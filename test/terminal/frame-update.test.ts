import { describe, expect, test } from 'vitest';
import { BLANK_LINE, fitLine } from '../../source/terminal/frame-line.js';
import {
  cursorTo,
  LineFitter,
  moveBytes,
  planUpdate,
  rowUpdate,
  scrollMoves,
} from '../../source/terminal/frame-update.js';

const ESC = '\u001B';
const lines = (...texts: string[]) => texts.map((text) => fitLine(text, 20));

describe('the units of a frame update', () => {
  test('cursorTo takes the shortest form', () => {
    expect(cursorTo(0, 0)).toBe(`${ESC}[H`);
    expect(cursorTo(4, 0)).toBe(`${ESC}[5H`);
    expect(cursorTo(1, 3)).toBe(`${ESC}[2;4H`);
  });

  test('moveBytes scrolls the whole screen bare and a part inside a scroll region', () => {
    expect(moveBytes({ top: 0, bottom: 9, amount: 1 }, 10)).toBe(`${ESC}[S`);
    expect(moveBytes({ top: 0, bottom: 9, amount: -3 }, 10)).toBe(`${ESC}[3T`);
    expect(moveBytes({ top: 1, bottom: 8, amount: 2 }, 10)).toBe(`${ESC}[2;9r${ESC}[2S${ESC}[r`);
  });

  test('rowUpdate rewrites the changed cells, or nothing when only the escapes differ', () => {
    const [old, next] = lines('line 41 of 480', 'line 42 of 480');
    expect(rowUpdate(3, old ?? BLANK_LINE, next ?? BLANK_LINE)).toEqual({
      bytes: `${ESC}[4;7H2`,
      cursor: { row: 3, column: 7 },
    });
    const [plain, restyled] = lines('same', `${ESC}[1m${ESC}[22msame`);
    expect(rowUpdate(0, plain ?? BLANK_LINE, restyled ?? BLANK_LINE).bytes).toBe('');
  });

  test('rowUpdate closes a hyperlink the line leaves open', () => {
    const [linked] = lines(`${ESC}]8;;https://e.x/\u0007link`);
    expect(rowUpdate(0, BLANK_LINE, linked ?? BLANK_LINE).bytes.endsWith(`${ESC}]8;;${ESC}\\`)).toBe(true);
  });

  test('scrollMoves finds a shifted body only when moving it is cheaper', () => {
    const before = lines(
      'head',
      'a long line number one',
      'a long line number two',
      'a long line number three',
      'foot',
    );
    const after = lines(
      'head',
      'a long line number two',
      'a long line number three',
      'a long line number four',
      'foot',
    );
    expect(scrollMoves(before, after, 5)).toEqual([{ top: 1, bottom: 3, amount: 1 }]);
    expect(scrollMoves(before, before, 5)).toEqual([]);
  });

  test('planUpdate paints an unknown screen in full and ends at the bottom-left corner', () => {
    const update = planUpdate(undefined, lines('a', 'b'), 3, undefined);
    expect(update.bytes).toBe(`${ESC}[0m${ESC}[r${ESC}[2J${ESC}[Ha${ESC}[2Hb${ESC}[3H`);
    expect(update.cursor).toEqual({ row: 2, column: 0 });
  });

  test('planUpdate writes nothing for an unchanged screen, and a carriage return on the last row', () => {
    const screen = lines('a', 'b', 'c');
    expect(planUpdate(screen, screen, 3, { row: 2, column: 0 })).toEqual({
      bytes: '',
      cursor: { row: 2, column: 0 },
    });
    expect(planUpdate(screen, lines('a', 'b', 'd'), 3, { row: 2, column: 0 }).bytes).toBe(`${ESC}[3Hd\r`);
    // Where the cursor is not known, it is placed again.
    expect(planUpdate(screen, screen, 3, undefined).bytes).toBe(`${ESC}[3H`);
  });

  test('LineFitter reuses the last frame’s lines and forgets them on clear', () => {
    const fitter = new LineFitter();
    const [first] = fitter.fit(['same line'], 20);
    const [again] = fitter.fit(['same line'], 20);
    expect(again).toBe(first);
    fitter.clear();
    const [refitted] = fitter.fit(['same line'], 4);
    expect(refitted).not.toBe(first);
    expect(refitted?.text).toBe('same');
  });
});
