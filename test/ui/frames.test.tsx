import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { abuDhabi, colourTheme, monoTheme, plain, press, renderReader, waitForFrame } from './render-at.js';

afterEach(() => cleanup());

const DOWN = '\u001b[B';
const sizes = [
  [80, 24],
  [120, 40],
] as const;

/** Every frame fills the terminal exactly: never taller, never a line wider. */
function expectFits(frame: string, width: number, height: number) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
}

describe.each(sizes)('at %ix%i', (width, height) => {
  test('sections: the list and the lead; the footer shows the position and key hints', async () => {
    const r = renderReader([abuDhabi()], width, height);
    const frame = await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    expectFits(frame, width, height);
    expect(frame).toContain('Talks in Abu Dhabi');
    expect(frame).toContain('Escalating Strikes Shadow Diplo');
    expect(frame).toMatch(/q quit/);
    if (width >= 100) expect(frame).toContain('Talks began in Abu Dhabi.');
    expect(frame).toMatchSnapshot();
  });

  test('a section in the reader, with its position and percentage', async () => {
    const r = renderReader([abuDhabi()], width, height);
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    await press(r, DOWN, (f) => f.includes('Sections 2/7'), 'the second section selected');
    const frame = await press(r, '\r', (f) => /Section 2\/7 · \d+%/.test(f), 'the second section open');
    expectFits(frame, width, height);
    expect(frame).toContain('Massive Russian strikes preceded the talks.');
    expect(frame).toMatchSnapshot();
  });

  test.each([
    ['2', 'Players 1/14', 'Rustem Umerov', 'Player · Rustem Umerov'],
    ['3', 'Issues 1/5', 'Territory', 'Issue · Territory'],
    ['4', 'Timeline 1/6', 'January', 'Timeline · January'],
    ['5', 'Figures 1/6', '71', 'Figure · 71 Ballistic missiles'],
  ])('panel %s', async (key, position, text, reader) => {
    const r = renderReader([abuDhabi()], width, height);
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    const frame = await press(r, key, (f) => f.includes(position), position);
    expectFits(frame, width, height);
    expect(frame).toContain(text);
    // Beside the list, the reader shows the panel's selected item in the same frame.
    if (width >= 100) expect(frame.split('\n')[1]).toContain(reader);
    else expect(frame).not.toContain(reader);
    expect(frame).toMatchSnapshot();
  });

  test('a player opened: role, side, description and every mention', async () => {
    const r = renderReader([abuDhabi()], width, height);
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    await press(r, '2', (f) => f.includes('Players 1/14'), 'players');
    const frame = await press(r, '\r', (f) => f.includes('Player 1/14'), 'Rustem Umerov open');
    expect(frame).toContain('Side: Ukraine');
    expect(frame).toContain('Mentioned in');
    expect(frame).toContain('Ukraine’s delegation is led by Rustem Umerov.');
    expectFits(frame, width, height);
  });

  test('an issue opened: each party’s position', async () => {
    const r = renderReader([abuDhabi()], width, height);
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    await press(r, '3', (f) => f.includes('Issues 1/5'), 'issues');
    const frame = await press(r, '\r', (f) => f.includes('Issue 1/5'), 'territory open');
    expect(frame).toMatch(/Russia:.*eastern Donetsk/s);
    expect(frame).toMatch(/Ukraine:.*freez/s);
    expectFits(frame, width, height);
  });

  test('the help overlay, generated from the keymap', async () => {
    const r = renderReader([abuDhabi()], width, height);
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
    const frame = await press(r, '?', (f) => f.includes('any key closes this help'), 'help');
    expectFits(frame, width, height);
    expect(frame).toMatchSnapshot();
    await press(r, 'x', (f) => !f.includes('any key closes this help'), 'help closed');
  });
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
  const r = renderReader([abuDhabi()], 80, 24, monoTheme);
  await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
  const raw = r.lastFrame() ?? '';
  expect(raw).not.toMatch(/\u001b\[3\dm/);
  expect(raw).toMatch(/\u001b\[7m› Lead/);
  expect(plain(raw)).toContain('› Lead');
});

test('headings: no # marks, bold even without colour, coloured with it', async () => {
  for (const theme of [monoTheme, colourTheme]) {
    const r = renderReader([abuDhabi()], 80, 40, theme);
    await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
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
  const r = renderReader([abuDhabi()], 80, 24);
  await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
  await press(r, '4', (f) => f.includes('Timeline 1/6'), 'the timeline');
  const entry = await press(r, '\r', (f) => f.includes('Timeline 1/6 ·'), 'the first entry open');
  expect(entry.split('\n').filter((line) => line.includes('January'))).toEqual(['Timeline · January']);
  await press(r, '5', (f) => f.includes('Figures 1/6'), 'the figures');
  const figure = await press(r, '\r', (f) => f.includes('Figure 1/6 ·'), 'the first figure open');
  expect(figure.split('\n').filter((line) => line.includes('Ballistic missiles'))).toEqual([
    'Figure · 71 Ballistic missiles',
  ]);
});

test('the help overlay lists every binding of the keymap, in full, on a wide screen', async () => {
  const { KEYMAP } = await import('../../source/input/keymap.js');
  const r = renderReader([abuDhabi()], 200, 60);
  await waitForFrame(r, (f) => f.includes('Sections 1/7'), 'the sections list');
  const frame = await press(r, '?', (f) => f.includes('any key closes this help'), 'help');
  for (const binding of KEYMAP.filter((b) => b.scope !== 'picker')) expect(frame).toContain(binding.help);
});
