import { describe, expect, it } from 'vitest';
import { figureLabel, figureText } from '../../source/state/items.js';
import { listTable } from '../../source/state/list-table.js';
import { makeBriefing } from '../domain/make-briefing.js';

describe('a figure with no label of its own', () => {
  // A derived figure with no noun after it is labelled with its value; it is shown once.
  const briefing = makeBriefing({
    figures: [
      { value: '35%', label: '35%' },
      { value: '71', label: 'ballistic missiles' },
    ],
  });
  const [bare, labelled] = briefing.figures as [(typeof briefing.figures)[0], (typeof briefing.figures)[0]];

  it('says its value once as text and has no label of its own', () => {
    expect(figureText(bare)).toBe('35%');
    expect(figureLabel(bare)).toBe('');
    expect(figureText(labelled)).toBe('71 ballistic missiles');
  });

  it('leaves the Figure column empty in the list, not a copy of the value', () => {
    const table = listTable(briefing, 'figures');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['35%', ''],
      ['71', 'ballistic missiles'],
    ]);
  });
});
