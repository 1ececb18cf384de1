import { describe, expect, test } from 'vitest';
import { fileLabels, pickerMatches } from '../../source/state/picker.js';
import { makeBriefing, session } from './fixture.js';

function named(id: string, file: string, title: string) {
  const briefing = makeBriefing(id);
  return { ...briefing, file, meta: { ...briefing.meta, title } };
}

const LIBRARY = [
  named('a', 'docs/ssh2/README.md', 'SSH2'),
  named('b', 'docs/ink/README.md', 'Ink'),
  named('c', 'notes/talks.md', 'Talks in Abu Dhabi'),
];

describe('the picker', () => {
  test('files of the same name are told apart by their folders; others by their name', () => {
    const { ctx } = session({ briefings: LIBRARY });
    expect(fileLabels(ctx)).toEqual(['ssh2/README.md', 'ink/README.md', 'talks.md']);
  });

  test('/ keeps the briefings whose title or file path holds the text, any case', () => {
    const { ctx } = session({ briefings: LIBRARY });
    expect(pickerMatches(ctx, 'readme')).toEqual([0, 1]);
    expect(pickerMatches(ctx, 'abu')).toEqual([2]);
    expect(pickerMatches(ctx, 'INK')).toEqual([1]);
    expect(pickerMatches(ctx, 'zzz')).toEqual([]);
  });

  test('typing filters and moves the selection into what is kept; Esc clears, then leaves', () => {
    const { ctx, start, play } = session({ briefings: LIBRARY });
    expect(start.screen).toBe('picker');
    const typed = play(start, { type: 'search-start' }, { type: 'search-input', text: 'talks' });
    expect(typed.picker).toMatchObject({ filter: 'talks', typing: true, selection: 2 });
    const kept = play(typed, { type: 'search-confirm' }, { type: 'move', by: 1 });
    expect(kept.picker).toMatchObject({ filter: 'talks', typing: false, selection: 2 });
    const cleared = play(kept, { type: 'back' });
    expect(cleared.picker.filter).toBe('');
    expect(pickerMatches(ctx, cleared.picker.filter)).toHaveLength(3);
    expect(play(cleared, { type: 'back' }).notice).toBe('Pick a briefing to read.');
  });

  test('a control or bidi character typed or pasted into the filter is dropped', () => {
    const { start, play } = session({ briefings: LIBRARY });
    const typed = play(start, { type: 'search-start' }, { type: 'search-input', text: 'ab\u202eu\u001b' });
    expect(typed.picker.filter).toBe('abu');
  });

  test('with no match, Enter says so and stays', () => {
    const { start, play } = session({ briefings: LIBRARY });
    const none = play(
      start,
      { type: 'search-start' },
      { type: 'search-input', text: 'zzz' },
      { type: 'open' },
    );
    expect(none.screen).toBe('picker');
    expect(none.notice).toBe('No briefing\'s title or file name holds "zzz".');
  });
});
