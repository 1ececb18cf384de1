import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { abuDhabi, colourTheme, monoTheme, plain, press, renderReader, waitForFrame } from './render-at.js';

afterEach(() => cleanup());

const DOWN = '\u001b[B';
const SIZES = [
  [40, 12],
  [80, 24],
  [120, 40],
  [200, 50],
] as const;
const ALL_TABS = '0 Overview  1 Sections  2 Players  3 Issues  4 Timeline  5 Figures';
const SUMMARY_START = 'Ukrainian and Russian negotiators met in Abu Dhabi';

/** Every frame fills the terminal exactly: never taller, never a line wider. */
function expectFits(frame: string, width: number, height: number) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
}

/** The body's rows: between the header and tabs above and the footer below. */
const body = (frame: string) => frame.split('\n').slice(2, -1);

/** Whether the footer (the last row) starts with `text`. */
const footerStarts = (frame: string, text: string) => (frame.split('\n').at(-1) ?? '').startsWith(text);

/** The reader opened on the bundled briefing, on its overview. */
async function opened(width: number, height: number, theme = colourTheme) {
  const r = renderReader([abuDhabi()], width, height, theme);
  await waitForFrame(r, (f) => footerStarts(f, 'Overview'), 'the overview');
  return r;
}

describe.each(SIZES)('at %ix%i', (width, height) => {
  test('the briefing opens on its overview', async () => {
    const r = await opened(width, height);
    const frame = plain(r.lastFrame());
    expectFits(frame, width, height);
    expect(frame).toContain('Talks in Abu Dhabi');
    expect(frame.split('\n').at(-1)).toMatch(/^Overview/);
    if (width >= 80) expect(frame).toContain(ALL_TABS);
    expect(frame.replace(/\s+/g, ' ')).toContain(SUMMARY_START);
    expect(frame).toMatchSnapshot();
  });

  test.each([
    ['1', 'Sections 1/7', 'Escalating Strikes'],
    ['2', 'Players 1/14', 'Rustem Umerov'],
    ['3', 'Issues 1/5', 'Territory'],
    ['4', 'Timeline 1/6', 'January'],
    ['5', 'Figures 1/6', '71'],
  ])('panel %s', async (key, position, text) => {
    const r = await opened(width, height);
    const frame = await press(r, key, (f) => f.includes(position), position);
    expectFits(frame, width, height);
    expect(frame).toContain(text);
    if (width >= 120) {
      expect(frame).toContain(ALL_TABS);
      // Beside the reader the sections are whole; a row too long for the list is cut in its last
      // column only (columns that do not fit are left out), the whole text one key away.
      const list = body(frame).map((line) => line.slice(0, width === 120 ? 47 : 60));
      if (key === '1') expect(list.filter((line) => line.includes('…'))).toEqual([]);
      for (const line of list.filter((l) => l.includes('…'))) expect(line.trimEnd()).toMatch(/…$/);
    }
    expect(frame).toMatchSnapshot();
  });
});

test('at 80x24 the first screen tells the story: the summary, the sides, the issues, the figures', async () => {
  const r = await opened(80, 24);
  const frame = plain(r.lastFrame());
  expect(frame.replace(/\s+/g, ' ')).toContain(
    `${SUMMARY_START} on Wednesday for a second, US-brokered round of talks`,
  );
  expect(frame).toMatch(/Who is who +14/);
  expect(frame).toMatch(/Ukraine +Rustem Umerov · Volodymyr Zelenskyy · Ukraine/);
  expect(frame).toMatch(/Territory +open +Russia · Ukraine/);
  expect(frame).toMatch(/ {2}71 {2}Ballistic missiles/);
  // What the header's [TOP] means, in words.
  expect(frame).toContain('Top story');
  // Whatever did not fit is counted, and one key away.
  expect(frame).toMatch(/… \d+ more in Players/);
});

test('overview entries are links: . highlights the first, Enter opens it, Backspace comes back', async () => {
  const r = await opened(80, 24);
  await press(r, '.', (f) => f !== '', 'a name highlighted');
  const player = await press(r, '\r', (f) => f.includes('Player 1/14'), 'Rustem Umerov open');
  expect(player).toContain('Player · Rustem Umerov');
  const back = await press(r, '\u007f', (f) => footerStarts(f, 'Overview'), 'back to the overview');
  expect(back).toContain('Who is who');
});

test('a "more" cue opens its panel', async () => {
  const r = await opened(80, 24);
  // The last link in view is the last cue: the timeline's, on the bottom row.
  await press(r, ',', (f) => f !== '', 'the last link highlighted');
  const frame = await press(r, '\r', (f) => footerStarts(f, 'Timeline 1/6'), 'the timeline panel');
  expect(frame).toContain('Before the talks');
});

test('at 200x50 the context pane sits beside the reader: a section’s players, an issue’s positions', async () => {
  const r = await opened(200, 50);
  await press(r, '1', (f) => f.includes('Sections 1/7'), 'sections');
  const section = await press(
    r,
    DOWN + DOWN,
    (f) => f.includes('Section · Key Players Convene in UAE'),
    'a section',
  );
  expectFits(section, 200, 50);
  expect(section).toContain('In this section');
  expect(section).toContain('Named here');
  expect(section).toMatch(/Rustem Umerov {2}Ukraine/);
  const issue = await press(r, '3', (f) => f.includes('Issues 1/5'), 'issues');
  expect(issue).toContain('Side by side');
  // Russia's and Ukraine's positions in two columns on one row.
  expect(issue).toMatch(/Russia {10,}Ukraine/);
  // The reading column keeps its measure: no line of text is wider than 80 columns.
  const reader = body(issue).map((line) => line.slice(49, 129).trimEnd());
  expect(Math.max(...reader.map((line) => stringWidth(line)))).toBeLessThanOrEqual(80);
  // An issue with no positions says so under the pane's heading; the overview's pane stays empty.
  const none = await press(r, DOWN, (f) => f.includes('Issue · The Zaporizhzhia nuclear plant'), 'issue 2');
  expect(body(none).some((line) => /Positions\s*$/.test(line))).toBe(true);
  expect(none).toContain('None given.');
  const overview = await press(r, '0', (f) => footerStarts(f, 'Overview'), 'the overview');
  expect(overview).not.toContain('None given.');
});

test('too small: one message, even at 20x5', async () => {
  for (const [width, height] of [
    [39, 24],
    [80, 11],
    [20, 5],
  ] as const) {
    const r = renderReader([abuDhabi()], width, height);
    const frame = await waitForFrame(
      r,
      (f) => f.replace(/\s+/g, ' ').includes('terminal too small (40x12 needed)'),
      'the message',
    );
    expectFits(frame, width, height);
    cleanup();
  }
});

test('without colour the selection still shows: inverse video and a marker', async () => {
  const r = await opened(80, 24, monoTheme);
  await press(r, '1', (f) => f.includes('Sections 1/7'), 'the sections list');
  const raw = r.lastFrame() ?? '';
  expect(raw).not.toMatch(/\u001b\[3\dm/);
  expect(raw).toMatch(/\u001b\[7m› Lead/);
  expect(plain(raw)).toContain('› Lead');
});

test('headings: no # marks, bold even without colour, coloured with it', async () => {
  for (const theme of [monoTheme, colourTheme]) {
    const r = await opened(80, 40, theme);
    await press(r, '2', (f) => f.includes('Players 1/14'), 'players');
    const frame = await press(r, '\r', (f) => f.includes('Player 1/14'), 'Rustem Umerov open');
    expect(frame).not.toContain('#');
    const raw = r.lastFrame() ?? '';
    const heading = raw.split('\n').find((line) => plain(line) === 'Mentioned in') ?? '';
    expect(heading).toContain('\u001b[1m');
    if (theme === monoTheme) expect(heading).not.toMatch(/\u001b\[3\dm/);
    else expect(heading).toMatch(/\u001b\[36m/);
    cleanup();
  }
});

test('a timeline entry and a figure say their title once', async () => {
  const r = await opened(80, 24);
  await press(r, '4', (f) => f.includes('Timeline 1/6'), 'the timeline');
  const entry = await press(r, '\r', (f) => f.includes('Timeline 1/6 ·'), 'the first entry open');
  expect(entry.split('\n').filter((line) => line.includes('January'))).toEqual(['Timeline · January']);
  await press(r, '5', (f) => f.includes('Figures 1/6'), 'the figures');
  const figure = await press(r, '\r', (f) => f.includes('Figure 1/6 ·'), 'the first figure open');
  expect(figure.split('\n').filter((line) => line.includes('Ballistic missiles'))).toEqual([
    'Figure · 71 Ballistic missiles',
  ]);
});

describe('the help', () => {
  test('at 80x24: whole descriptions, the keys of where you are first, and it scrolls', async () => {
    const r = await opened(80, 24);
    await press(r, '1', (f) => f.includes('Sections 1/7'), 'the sections list');
    const frame = await press(r, '?', (f) => f.startsWith('Keys'), 'help');
    expectFits(frame, 80, 24);
    expect(frame.split('\n')[1]?.trimEnd()).toBe('Lists');
    expect(frame).not.toContain('…');
    expect(frame).toContain('Back to the library (when several briefings are open)');
    const scrolled = await press(r, 'j', (f) => f !== frame, 'one line down');
    expect(scrolled.split('\n')[1]?.trimEnd()).not.toBe('Lists');
    const end = await press(r, 'G', (f) => f !== scrolled, 'the end');
    expect(end).toContain('Quit, from anywhere');
    expect(await press(r, 'q', (f) => !f.startsWith('Keys'), 'help closed')).toContain('Lead');
  });

  test('/ filters it; Esc clears the filter, then closes', async () => {
    const r = await opened(80, 24);
    await press(r, '?', (f) => f.startsWith('Keys'), 'help');
    const filtered = await press(r, '/history\r', (f) => f.includes('/history'), 'filtered');
    expect(filtered).toContain('Go back to where you were before (history)');
    expect(filtered).not.toContain('Scroll down a line');
    const cleared = await press(r, '\u001b', (f) => !f.includes('/history'), 'filter cleared');
    expect(cleared).toContain('Scroll down a line');
    await press(r, '\u001b', (f) => footerStarts(f, 'Overview') && !f.startsWith('Keys'), 'help closed');
  });

  test('on a wide screen it lists every binding of the keymap, in full, in two columns', async () => {
    const { KEYMAP } = await import('../../source/input/keymap.js');
    const r = await opened(200, 60);
    const frame = await press(r, '?', (f) => f.startsWith('Keys'), 'help');
    for (const binding of KEYMAP.filter((b) => b.scope !== 'picker')) expect(frame).toContain(binding.help);
    expect(frame).toMatchSnapshot();
  });
});
