import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../source/domain/types.js';
import { createLibraryContext } from '../../source/state/library.js';
import {
  allItems,
  briefingHashes,
  changedSentences,
  readKey,
  seenItemOf,
} from '../../source/state/read-hashes.js';
import {
  agoText,
  changedItems,
  changeSummary,
  markAllRead,
  markOf,
  noteOpened,
  panelMarks,
  startReads,
} from '../../source/state/reads.js';
import { makeBriefing } from './fixture.js';

const entryOf = (briefing: Briefing) => {
  const entry = createLibraryContext([briefing]).library[0];
  if (entry === undefined) throw new Error('no entry');
  return entry;
};

function withSection(briefing: Briefing, id: string, markdown: string): Briefing {
  return { ...briefing, sections: briefing.sections.map((s) => (s.id === id ? { ...s, markdown } : s)) };
}

const DAY = 24 * 60 * 60 * 1000;

describe('read state', () => {
  const base = makeBriefing();
  const before = entryOf(base);
  // Every item read: its hashes with its sentences'.
  const seen = Object.fromEntries(allItems(before).map((item) => [readKey(item), seenItemOf(before, item)]));

  test('a briefing never read marks nothing', () => {
    const reads = startReads({ 'eu-summit': undefined }, 0).byId['eu-summit'];
    expect(reads?.fresh).toBe(true);
    expect(changedItems(before, reads ?? ({} as never))).toEqual([]);
  });

  test('a changed section is updated, a new player new; the overview line counts them', () => {
    const after = entryOf({
      ...withSection(base, 'budget', 'A wholly new text. With two sentences.'),
      players: [
        ...base.players,
        {
          id: 'scholz',
          name: 'Olaf Scholz',
          aliases: [],
          role: 'Chancellor',
          side: 'Germany',
          description: '',
        },
      ],
    });
    const reads = startReads({ 'eu-summit': { seen, readAt: 1000 } }, 1000 + 2 * DAY).byId['eu-summit'];
    if (reads === undefined) throw new Error('no reads');
    expect(changedItems(after, reads)).toEqual([
      { item: { kind: 'section', id: 'budget' }, mark: 'updated' },
      { item: { kind: 'player', id: 'scholz' }, mark: 'new' },
    ]);
    expect(changeSummary(after, reads, 1000 + 2 * DAY)).toBe(
      '1 section updated, 1 new player since you last read (2 days ago)',
    );
    expect(panelMarks(after, reads, 'sections')?.filter((m) => m !== undefined)).toEqual(['updated']);
    // Reading it clears its mark and keeps its new sentences to highlight.
    const read = noteOpened(after, reads, { kind: 'section', id: 'budget' });
    expect(markOf(after, read, { kind: 'section', id: 'budget' })).toBeUndefined();
    expect(read.changed['section:budget']).toEqual(['A wholly new text.', 'With two sentences.']);
    // Marking all read clears the rest, and keeps the sentences of what was read.
    const all = markAllRead(after, read);
    expect(changedItems(after, all)).toEqual([]);
    expect(all.seen['section:budget']?.s).toHaveLength(2);
    expect(all.seen['section:lead']?.s?.length).toBeGreaterThan(0);
  });

  test('a timeline entry that only moved is not a change', () => {
    const after = entryOf({ ...base, timeline: [...base.timeline].reverse() });
    const reads = startReads({ 'eu-summit': { seen } }, 0).byId['eu-summit'];
    if (reads === undefined) throw new Error('no reads');
    expect(changedItems(after, reads)).toEqual([]);
  });

  test('an item updated that was never on screen is marked, not highlighted (its sentences were not kept)', () => {
    const after = entryOf(withSection(base, 'budget', 'A wholly new text.'));
    const reads = startReads({ 'eu-summit': { seen: briefingHashes(before) } }, 0).byId['eu-summit'];
    if (reads === undefined) throw new Error('no reads');
    expect(markOf(after, reads, { kind: 'section', id: 'budget' })).toBe('updated');
    expect(noteOpened(after, reads, { kind: 'section', id: 'budget' }).changed['section:budget']).toEqual([]);
  });

  test('agoText', () => {
    expect(agoText(0)).toBe('just now');
    expect(agoText(3 * 60 * 60 * 1000)).toBe('3 hours ago');
    expect(agoText(DAY)).toBe('1 day ago');
  });

  test('property: the changed sentences are exactly the sentences an edit wrote', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/);
    const sentence = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => {
      // Sentences as written: a capital after the full stop (the sentence rules need one).
      const text = w.join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    });
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      text: sentence,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(sentence, { minLength: 1, maxLength: 12 }),
        fc.array(edit, { maxLength: 5 }),
        (old, edits) => {
          const now = [...old];
          for (const { at, kind, text } of edits) {
            const i = at % (now.length + 1);
            if (now.includes(text)) continue;
            if (kind === 'insert') now.splice(i, 0, text);
            else if (kind === 'replace' && i < now.length) now[i] = text;
            else if (kind === 'delete' && i < now.length && now.length > 1) now.splice(i, 1);
          }
          const item = { kind: 'section', id: 'budget' } as const;
          const was = entryOf(withSection(base, 'budget', old.join(' ')));
          const is = entryOf(withSection(base, 'budget', now.join(' ')));
          const changed = changedSentences(seenItemOf(was, item), is, item);
          const expected = now.filter((s) => !old.includes(s));
          expect(changed).toEqual(expected);
          expect(seenItemOf(was, item).h === seenItemOf(is, item).h).toBe(old.join(' ') === now.join(' '));
          expect(readKey(item)).toBe('section:budget');
        },
      ),
      { numRuns: 200 },
    );
  });
});
