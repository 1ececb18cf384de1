import { describe, expect, it } from 'vitest';
import { lookupOf } from '../../source/domain/lookup.js';
import type { Briefing } from '../../source/domain/types.js';
import { makeBriefing } from '../state/fixture.js';

describe('lookupOf', () => {
  it('finds each item and its row by id, as a linear search would', () => {
    const briefing = makeBriefing();
    const lookup = lookupOf(briefing);
    for (const [list, by] of [
      [briefing.sections, lookup.sections],
      [briefing.players, lookup.players],
      [briefing.issues, lookup.issues],
    ] as const) {
      expect(list.length).toBeGreaterThan(0);
      list.forEach((item, index) => {
        expect(by.get(item.id)).toBe(item);
        expect(by.indexOf(item.id)).toBe(index);
      });
      expect(by.get('no-such-id')).toBeUndefined();
      expect(by.indexOf('no-such-id')).toBe(-1);
    }
  });

  it('keeps the first of two items with one id, and one lookup per briefing', () => {
    const base = makeBriefing();
    const [first] = base.sections;
    if (first === undefined) throw new Error('fixture has no section');
    const briefing: Briefing = { ...base, sections: [first, { ...first, title: 'second' }] };
    expect(lookupOf(briefing).sections.get(first.id)?.title).toBe(first.title);
    expect(lookupOf(briefing).sections.indexOf(first.id)).toBe(0);
    expect(lookupOf(briefing)).toBe(lookupOf(briefing));
    expect(lookupOf(base)).not.toBe(lookupOf(briefing));
  });
});
