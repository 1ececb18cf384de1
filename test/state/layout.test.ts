import { describe, expect, test } from 'vitest';
import { computeLayout, type Layout, type Region, windowAround } from '../../source/state/layout.js';

/** The regions drawn in a layout's mode for the reader screen (the overview screen draws `overview`). */
function drawn(layout: Layout): Region[] {
  const panes =
    layout.mode === 'wide'
      ? [
          layout.listTitle,
          layout.list,
          layout.readerTitle,
          layout.reader,
          layout.contextTitle,
          layout.context,
        ]
      : layout.mode === 'split'
        ? [layout.listTitle, layout.list, layout.readerTitle, layout.reader]
        : [layout.listTitle, layout.list];
  return [layout.header, layout.tabs, ...panes, layout.footer];
}

/** How many regions claim each cell. */
function claims(layout: Layout, regions: readonly Region[]): number[][] {
  const cells = Array.from({ length: layout.height }, () => Array<number>(layout.width).fill(0));
  for (const r of regions) {
    for (let row = r.top; row < r.top + r.height; row++) {
      for (let column = r.left; column < r.left + r.width; column++) {
        const line = cells[row];
        if (line === undefined || column >= layout.width)
          throw new Error(`region off screen: ${JSON.stringify(r)}`);
        line[column] = (line[column] ?? 0) + 1;
      }
    }
  }
  return cells;
}

/** A briefing whose widest list row takes 94 columns (players: name, side, role). */
const PLAYERS = { listWidth: 94 };

describe('computeLayout', () => {
  test('single below 100 columns: header, tabs, the list (or the reader) under its title row, footer', () => {
    const layout = computeLayout({ width: 80, height: 24 });
    expect(layout.mode).toBe('single');
    expect(layout.header).toEqual({ top: 0, left: 0, width: 80, height: 1 });
    expect(layout.tabs).toEqual({ top: 1, left: 0, width: 80, height: 1 });
    expect(layout.listTitle).toEqual({ top: 2, left: 0, width: 80, height: 1 });
    expect(layout.list).toEqual({ top: 3, left: 0, width: 80, height: 20 });
    expect(layout.reader).toEqual(layout.list);
    expect(layout.footer).toEqual({ top: 23, left: 0, width: 80, height: 1 });
    expect(layout.overview).toEqual({ top: 2, left: 0, width: 80, height: 21 });
    expect(computeLayout({ width: 99, height: 40 }).mode).toBe('single');
  });

  test('the reader never takes more than the measure: 80 columns, or --measure', () => {
    expect(computeLayout({ width: 99, height: 40 }).reader.width).toBe(80);
    expect(computeLayout({ width: 99, height: 40 }, { measure: 72 }).reader.width).toBe(72);
    // A measure out of bounds is brought within them.
    expect(computeLayout({ width: 99, height: 40 }, { measure: 5 }).reader.width).toBe(30);
  });

  test('split from 100 columns: the list gets what it would like within its bounds, the reader at least 72', () => {
    const at120 = computeLayout({ width: 120, height: 40 }, {}, PLAYERS);
    expect(at120.mode).toBe('split');
    expect(at120.list).toEqual({ top: 3, left: 0, width: 47, height: 36 });
    expect(at120.reader).toEqual({ top: 3, left: 48, width: 72, height: 36 });
    const at100 = computeLayout({ width: 100, height: 30 }, {}, PLAYERS);
    expect(at100.list.width).toBe(28);
    expect(at100.reader.width).toBe(71);
    // A list that needs little takes little; the reader keeps its measure, the rest is margin.
    const sections = computeLayout({ width: 130, height: 40 }, {}, { listWidth: 30 });
    expect(sections.list.width).toBe(30);
    expect(sections.reader.width).toBe(80);
  });

  test('wide from about 150 columns: a context pane beside the reader', () => {
    const at200 = computeLayout({ width: 200, height: 50 }, {}, PLAYERS);
    expect(at200.mode).toBe('wide');
    expect(at200.list.width).toBe(60);
    expect(at200.reader).toEqual({ top: 3, left: 61, width: 80, height: 46 });
    expect(at200.context).toEqual({ top: 3, left: 142, width: 58, height: 46 });
    const at150 = computeLayout({ width: 150, height: 40 }, {}, PLAYERS);
    expect(at150.mode).toBe('wide');
    expect(at150.list.width).toBe(36);
    expect(at150.context.width).toBe(32);
    expect(computeLayout({ width: 141, height: 40 }, {}, PLAYERS).mode).toBe('split');
  });

  test('too small below 40x12; regions stay at least one cell', () => {
    expect(computeLayout({ width: 39, height: 30 }).mode).toBe('too-small');
    expect(computeLayout({ width: 60, height: 11 }).mode).toBe('too-small');
    const tiny = computeLayout({ width: 0, height: 0 });
    expect(tiny.reader.height).toBe(1);
    expect(tiny.reader.width).toBe(1);
    expect(tiny.minimum).toEqual({ width: 40, height: 12 });
  });

  test.each([
    [40, 12],
    [80, 24],
    [120, 40],
    [150, 40],
    [200, 50],
  ])('at %ix%i the regions drawn stay on screen and never overlap; every row is used', (width, height) => {
    const layout = computeLayout({ width, height }, {}, PLAYERS);
    const cells = claims(layout, drawn(layout));
    expect(cells.flat().every((n) => n <= 1)).toBe(true);
    for (const row of cells) expect(row.some((n) => n === 1)).toBe(true);
  });

  test('the overview is the body, at most two measures wide', () => {
    expect(computeLayout({ width: 200, height: 50 }).overview).toEqual({
      top: 2,
      left: 0,
      width: 160,
      height: 47,
    });
  });

  test('picker and help leave the footer row free', () => {
    const layout = computeLayout({ width: 80, height: 24 });
    expect(layout.pickerList.top + layout.pickerList.height).toBe(layout.footer.top);
    expect(layout.help.top + layout.help.height).toBe(layout.footer.top);
  });
});

describe('windowAround', () => {
  test('keeps the selection near the middle, in bounds', () => {
    expect(windowAround(0, 100, 10)).toEqual({ start: 0, end: 10 });
    expect(windowAround(50, 100, 10)).toEqual({ start: 45, end: 55 });
    expect(windowAround(99, 100, 10)).toEqual({ start: 90, end: 100 });
    expect(windowAround(2, 3, 10)).toEqual({ start: 0, end: 3 });
    expect(windowAround(0, 0, 10)).toEqual({ start: 0, end: 0 });
  });
});
