/**
 * The reader on a briefing large enough to count its hits after the frame (the bundled one, made to
 * count that way by `countingAfterTheFrame`): Enter shows the first hit with `hit …`, then the UI sends
 * `search-count` and the frame becomes the one a reader that counts at once shows.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, expect, test } from 'vitest';
import type { Theme } from '../../source/render/theme.js';
import { createLibraryContext } from '../../source/state/library.js';
import { countingAfterTheFrame } from '../helpers/count-after-frame.js';
import { abuDhabi, colourTheme, plain, press, renderReader, waitForFrame } from './render-at.js';

afterEach(() => cleanup());

const DOWN = '\u001b[B';
const COUNTED = /hit \d+\/\d+/;
const asciiTheme: Theme = { colorLevel: 0, ascii: true, hyperlinks: false };

/** Opens the third section, searches for `query`, and waits for the counted footer. */
async function searchIn(r: ReturnType<typeof renderReader>, query: string): Promise<string> {
  await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
  await press(r, DOWN + DOWN, (f) => f.includes('Sections 3/7'), 'the third section selected');
  await press(r, '\r', (f) => /Section 3\/7 · \d+%/.test(f), 'the third section open');
  await press(r, `/${query}`, (f) => f.includes(`/${query}`), 'the query typed');
  return press(r, '\r', (f) => COUNTED.test(f), 'the hits counted');
}

test.each([
  [colourTheme, 'hit …'],
  [asciiTheme, 'hit ...'],
])(
  'Enter shows the hit, then the count: the frames end as a reader that counts at once ends',
  async (theme, pending) => {
    const eager = renderReader([abuDhabi()], 80, 24, theme);
    const lazy = renderReader(
      [abuDhabi()],
      80,
      24,
      theme,
      countingAfterTheFrame(createLibraryContext([abuDhabi()])),
    );
    const counted = await searchIn(lazy, 'talks');
    expect(await searchIn(eager, 'talks')).toBe(counted);
    expect(lazy.lastFrame()).toBe(eager.lastFrame());
    expect(lazy.frames.map(plain).some((f) => f.includes(pending))).toBe(true);
    expect(eager.frames.map(plain).some((f) => f.includes(pending))).toBe(false);
    // The footer is the only difference in the frame before the count.
    const before = plain(lazy.frames.findLast((f) => plain(f).includes(pending)));
    expect(before.split('\n').slice(0, -1)).toEqual(counted.split('\n').slice(0, -1));

    // n steps from the counted hit, as on the reader that counted at once.
    const next = await press(lazy, 'n', (f) => f !== counted, 'the next hit');
    expect(await press(eager, 'n', (f) => f !== counted, 'the next hit')).toBe(next);
    expect(next).toMatch(COUNTED);
  },
);

test('two searches in one chunk: the second is counted', async () => {
  const eager = renderReader([abuDhabi()], 80, 24);
  const lazy = renderReader(
    [abuDhabi()],
    80,
    24,
    colourTheme,
    countingAfterTheFrame(createLibraryContext([abuDhabi()])),
  );
  const frames: string[] = [];
  for (const r of [eager, lazy]) {
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    frames.push(await press(r, '/talks\r/Umerov\r', (f) => COUNTED.test(f), 'the hits counted'));
  }
  expect(frames[1]).toBe(frames[0]);
  expect(lazy.lastFrame()).toBe(eager.lastFrame());
});
