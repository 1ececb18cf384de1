import { describe, expect, test } from 'vitest';
import { currentContent } from '../../source/state/content.js';
import type { ReducerContext } from '../../source/state/context.js';
import { itemDocument } from '../../source/state/item-document.js';
import { visibleLinks, visibleRange } from '../../source/state/selectors.js';
import type { AppState } from '../../source/state/state.js';
import { session } from './fixture.js';

const NARROW = { width: 80, height: 24 };

function budgetSection() {
  const s = session({ viewport: NARROW });
  return { ...s, state: s.play(s.start, { type: 'move', by: 1 }, { type: 'open' }) };
}

function markedText(ctx: ReducerContext, state: AppState): string | undefined {
  const mark = state.reader.mark;
  const line = mark === undefined ? undefined : currentContent(ctx, state)?.plain[mark.line];
  return mark === undefined ? undefined : line?.slice(mark.column, mark.column + mark.length);
}

describe('names in a section', () => {
  test('every mention of the section is found in the rendered lines, in order', () => {
    const { state, ctx } = budgetSection();
    const content = currentContent(ctx, state);
    const mentions = ctx.library[0]?.derived.mentionsBySection.get('budget') ?? [];
    expect(content?.links).toHaveLength(mentions.length);
    content?.links.forEach((spot, i) => {
      const line = content.plain[spot?.line ?? -1] ?? '';
      const text = line.slice(spot?.column, (spot?.column ?? 0) + (spot?.length ?? 0));
      // A name wrapped onto the next line is marked on its first line.
      expect(text.length).toBeGreaterThan(0);
      expect(mentions[i]?.text.startsWith(text)).toBe(true);
    });
    const lines = content?.links.map((spot) => spot?.line ?? -1) ?? [];
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  test('. and , cycle through the names in view only, wrapping', () => {
    const { ctx, play, state } = budgetSection();
    const inView = visibleLinks(ctx, state);
    const { end } = visibleRange(ctx, state);
    expect(inView.length).toBeGreaterThanOrEqual(2);
    expect(inView.every((v) => v.spot.line < end)).toBe(true);
    const first = play(state, { type: 'link-step', dir: 1 });
    expect(first.reader.linkCursor).toBe(inView[0]?.index);
    const second = play(first, { type: 'link-step', dir: 1 });
    expect(second.reader.linkCursor).toBe(inView[1]?.index);
    const wrapped = inView.reduce((s) => play(s, { type: 'link-step', dir: 1 }), first);
    expect(wrapped.reader.linkCursor).toBe(inView[0]?.index);
    expect(play(state, { type: 'link-step', dir: -1 }).reader.linkCursor).toBe(inView.at(-1)?.index);
  });

  test('after scrolling away, the next name is the first one now in view', () => {
    const { ctx, play, state } = budgetSection();
    const picked = play(state, { type: 'link-step', dir: 1 });
    const scrolled = play(picked, { type: 'page', dir: 1 });
    const inView = visibleLinks(ctx, scrolled);
    expect(inView.some((v) => v.index === picked.reader.linkCursor)).toBe(false);
    expect(play(scrolled, { type: 'link-step', dir: 1 }).reader.linkCursor).toBe(inView[0]?.index);
  });

  test('Enter opens the highlighted player', () => {
    const { ctx, play, state } = budgetSection();
    const link = visibleLinks(ctx, state)[1];
    const opened = play(
      state,
      { type: 'link-step', dir: 1 },
      { type: 'link-step', dir: 1 },
      { type: 'open' },
    );
    expect(link?.link.target).toEqual({ kind: 'item', item: opened.reader.item });
    expect(opened.panel).toBe('players');
    expect(opened.history.back.at(-1)?.item).toEqual({ kind: 'section', id: 'budget' });
  });

  test('Enter with nothing highlighted and several names in view asks for a pick', () => {
    const { play, state } = budgetSection();
    const s = play(state, { type: 'open' });
    expect(s.reader.item).toEqual(state.reader.item);
    expect(s.notice).toBe('Several links in view: highlight one first.');
  });

  test('no names in view says so', () => {
    const s = session({ viewport: NARROW });
    const defence = s.play(s.start, { type: 'move', by: 3 }, { type: 'open' });
    expect(defence.reader.item).toEqual({ kind: 'section', id: 'defence' });
    expect(s.play(defence, { type: 'link-step', dir: 1 }).notice).toBe('No names or links in view.');
    expect(s.play(defence, { type: 'open' }).notice).toBe('No names or links in view.');
  });
});

describe('following a mention from a player', () => {
  test('opens the section with the mention in view and the name highlighted', () => {
    const s = session({ viewport: NARROW });
    const player = s.play(s.start, { type: 'panel', panel: 'players' }, { type: 'open' });
    expect(player.reader.item).toEqual({ kind: 'player', id: 'merkel' });
    const entry = s.ctx.library[0];
    if (entry === undefined) throw new Error('no fixture');
    const doc = itemDocument(entry, { kind: 'player', id: 'merkel' });
    const mentions = s.ctx.library[0]?.derived.mentions.get('merkel') ?? [];
    expect(doc?.links.filter((l) => l.target.kind === 'mention')).toHaveLength(mentions.length);

    // The last mention of the list, in the Outlook section, far down its text.
    const last = mentions.length - 1;
    let s2 = s.play(player, { type: 'edge', to: 'end' });
    const inView = visibleLinks(s.ctx, s2);
    const index = inView.findIndex((v) => v.index === last);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) s2 = s.play(s2, { type: 'link-step', dir: 1 });
    expect(s2.reader.linkCursor).toBe(last);
    const landed = s.play(s2, { type: 'open' });
    const mention = mentions[last];
    expect(landed.reader.item).toEqual({ kind: 'section', id: mention?.sectionId });
    const { start, end } = visibleRange(s.ctx, landed);
    const mark = landed.reader.mark;
    expect(mark).toBeDefined();
    expect(mark?.line).toBeGreaterThanOrEqual(start);
    expect(mark?.line).toBeLessThan(end);
    expect(start).toBeGreaterThan(0);
    expect(markedText(s.ctx, landed)).toBe(mention?.text);
    const sectionMentions = entry.derived.mentionsBySection.get(mention?.sectionId ?? '') ?? [];
    expect(sectionMentions[landed.reader.linkCursor ?? -1]).toEqual(mention);
    // Enter again goes back to the player the name belongs to.
    expect(s.play(landed, { type: 'open' }).reader.item).toEqual({ kind: 'player', id: 'merkel' });
  });

  test('the mention stays marked across a resize', () => {
    const s = session({ viewport: NARROW });
    const player = s.play(
      s.start,
      { type: 'panel', panel: 'players' },
      { type: 'open' },
      { type: 'link-step', dir: 1 },
    );
    const landed = s.play(player, { type: 'open' });
    const resized = s.play(landed, { type: 'resize', width: 60, height: 20 });
    expect(markedText(s.ctx, resized)).toBe(markedText(s.ctx, landed));
    expect(resized.reader.mark?.line).toBeGreaterThanOrEqual(resized.reader.top);
  });

  test('a highlight moved by hand replaces the mark of the followed mention', () => {
    const s = session({ viewport: NARROW });
    const player = s.play(
      s.start,
      { type: 'panel', panel: 'players' },
      { type: 'open' },
      { type: 'link-step', dir: 1 },
    );
    const landed = s.play(player, { type: 'open' });
    expect(landed.reader.mark).toBeDefined();
    const stepped = s.play(landed, { type: 'link-step', dir: 1 });
    expect(stepped.reader.mark).toBeUndefined();
    expect(stepped.reader.target).toBeUndefined();
  });
});

describe('links of issues, timeline entries and figures', () => {
  test('an issue links to its sections and players', () => {
    const s = session({ viewport: NARROW });
    const issue = s.play(s.start, { type: 'panel', panel: 'issues' }, { type: 'open' });
    const targets = visibleLinks(s.ctx, issue).map((v) => v.link.target);
    expect(targets).toEqual([
      { kind: 'item', item: { kind: 'section', id: 'budget' } },
      { kind: 'item', item: { kind: 'section', id: 'outlook' } },
      { kind: 'item', item: { kind: 'player', id: 'merkel' } },
      { kind: 'item', item: { kind: 'player', id: 'macron' } },
    ]);
    const lines = currentContent(s.ctx, issue)?.plain ?? [];
    const spot = currentContent(s.ctx, issue)?.links[2];
    // "Merkel" is not matched in the positions text above: the link is found under its heading.
    expect(lines[spot?.line ?? -1]).toBe('  * Angela Merkel');
    const player = s.play(issue, { type: 'link-step', dir: -1 }, { type: 'open' });
    expect(player.reader.item).toEqual({ kind: 'player', id: 'macron' });
  });

  test('a timeline entry or figure with one link follows it on Enter', () => {
    const s = session({ viewport: NARROW });
    const entry = s.play(
      s.start,
      { type: 'panel', panel: 'timeline' },
      { type: 'move', by: 1 },
      { type: 'open' },
    );
    expect(s.play(entry, { type: 'open' }).reader.item).toEqual({ kind: 'section', id: 'budget' });
    const figure = s.play(
      s.start,
      { type: 'panel', panel: 'figures' },
      { type: 'move', by: 1 },
      { type: 'open' },
    );
    expect(s.play(figure, { type: 'open' }).reader.item).toEqual({ kind: 'section', id: 'energy' });
    const unlinked = s.play(
      s.start,
      { type: 'panel', panel: 'timeline' },
      { type: 'move', by: 2 },
      { type: 'open' },
    );
    expect(visibleLinks(s.ctx, unlinked)).toEqual([]);
  });
});
