import { describe, expect, test } from 'vitest';
import { computeLayout, type Layout, type Region, windowAround } from '../../source/state/layout.js';

/** Every cell of the screen, as the regions of the reader screen claim it. */
function readerCells(layout: Layout, regions: readonly Region[]): number[][] {
  const cells = Array.from({ length: layout.height }, () => Array<number>(layout.width).fill(0));
  for (const r of regions) {
    for (let row = r.top; row < r.top + r.height; row++) {
      for (let column = r.left; column < r.left + r.width; column++) {
        const line = cells[row];
        if (line !== undefined && column < layout.width) line[column] = (line[column] ?? 0) + 1;
      }
    }
  }
  return cells;
}

describe('computeLayout', () => {
  test('split from 100 columns: list beside reader, one gap column between them', () => {
    const layout = computeLayout({ width: 120, height: 40 });
    expect(layout.mode).toBe('split');
    expect(layout.header).toEqual({ top: 0, left: 0, width: 120, height: 1 });
    expect(layout.tabs).toEqual({ top: 1, left: 0, width: 36, height: 1 });
    expect(layout.list).toEqual({ top: 2, left: 0, width: 36, height: 37 });
    expect(layout.readerTitle).toEqual({ top: 1, left: 37, width: 83, height: 1 });
    expect(layout.reader).toEqual({ top: 2, left: 37, width: 83, height: 37 });
    expect(layout.footer).toEqual({ top: 39, left: 0, width: 120, height: 1 });
  });

  test('single below 100 columns: list and reader share the body', () => {
    const layout = computeLayout({ width: 80, height: 24 });
    expect(layout.mode).toBe('single');
    expect(layout.list).toEqual({ top: 2, left: 0, width: 80, height: 21 });
    expect(layout.reader).toEqual(layout.list);
    expect(computeLayout({ width: 99, height: 40 }).mode).toBe('single');
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
    [200, 50],
  ])('at %ix%i the split screen regions cover every cell once, but for the gap', (width, height) => {
    const layout = computeLayout({ width, height });
    const regions =
      layout.mode === 'split'
        ? [layout.header, layout.tabs, layout.list, layout.readerTitle, layout.reader, layout.footer]
        : [layout.header, layout.tabs, layout.list, layout.footer];
    const cells = readerCells(layout, regions);
    const gap = layout.mode === 'split' ? layout.reader.left - layout.list.width : 0;
    const uncovered = cells.flat().filter((n) => n === 0).length;
    expect(uncovered).toBe(gap * (height - 2));
    expect(cells.flat().every((n) => n <= 1)).toBe(true);
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
