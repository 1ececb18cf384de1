/**
 * Frames of the sections tree and the library picker, on READMEs from node_modules and the bundled
 * briefing, at 40x12, 80x24 and 120x40.
 */
import { readFileSync } from 'node:fs';
import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import type { Theme } from '../../source/render/theme.js';
import { abuDhabi, colourTheme, press, renderReader, waitForFrame } from './render-at.js';

afterEach(() => cleanup());

const SIZES = [
  [40, 12],
  [80, 24],
  [120, 40],
] as const;

const asciiTheme: Theme = { colorLevel: 0, ascii: true, hyperlinks: false };

function readme(path: string, file: string): Briefing {
  const result = parseBriefing(readFileSync(path, 'utf8'), { file, id: file.replace(/\W+/g, '-') });
  if (!result.ok) throw new Error(`${path} does not parse`);
  return result.briefing;
}

const ssh2 = () => readme('node_modules/ssh2/README.md', 'readmes/ssh2.md');
const marked = () => readme('node_modules/marked/README.md', 'readmes/marked.md');
const ink = () => readme('node_modules/ink/readme.md', 'readmes/ink.md');

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';

function expectFits(frame: string, width: number, height: number) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
}

describe.each(SIZES)('the sections tree at %ix%i', (width, height) => {
  test("ssh2's README opens on its top level; → expands API, the footer shows the path", async () => {
    const r = renderReader([ssh2()], width, height);
    const first = await waitForFrame(r, (f) => footer(f).startsWith('Sections 1/50'), 'the sections list');
    expectFits(first, width, height);
    expect(first).toContain('▸ API');
    expect(first).not.toContain('Agent-related');
    expect(first).toMatchSnapshot();
    const api = await press(r, 'G', (f) => /› ▸ API/.test(f), 'API selected');
    expect(footer(api)).toContain('API');
    const open = await press(r, '\u001b[C', (f) => f.includes('▾ API'), 'API expanded');
    expect(open).toContain('Agent-related');
    expect(open).toContain('▸ Client');
    await press(r, 'jj', (f) => /^› +▸ Client/m.test(f), 'Client selected');
    await press(r, 'l', (f) => f.includes('▾ Client'), 'Client expanded');
    const events = await press(r, 'j', (f) => /^› +Client events/m.test(f), 'Client events selected');
    expectFits(events, width, height);
    // The path, cut from the left when narrow: its end is always there.
    expect(footer(events)).toMatch(/Client events/);
    if (width >= 80) expect(footer(events)).toContain('API › Client › Client events');
    expect(events).toMatchSnapshot();
    // ← goes up to Client, then collapses it.
    await press(r, 'h', (f) => /^› +▾ Client/m.test(f), 'back up to Client');
    const closed = await press(r, 'h', (f) => /^› +▸ Client/m.test(f), 'Client collapsed');
    // In the list (the reader beside it may list Client's subsections).
    expect(closed.split('\n').some((line) => /^ {4,}Client events/.test(line))).toBe(false);
  });
});

test('under --ascii the tree and the path are ASCII', async () => {
  const r = renderReader([ssh2()], 80, 24, asciiTheme);
  await waitForFrame(r, (f) => footer(f).startsWith('Sections 1/50'), 'the sections list');
  await press(r, 'Gl', (f) => f.includes('- API'), 'API expanded');
  const frame = await press(r, 'jjlj', (f) => f.includes('Client events'), 'Client events selected');
  expect(footer(frame)).toContain('API > Client > Client events');
  expect(frame).toContain('+ Server');
  for (const ch of frame) expect(ch.charCodeAt(0)).toBeLessThan(0x80);
});

test('] reads the next heading at any level, and the list beside it opens to it (120x40)', async () => {
  const r = renderReader([ssh2()], 120, 40);
  await waitForFrame(r, (f) => footer(f).startsWith('Sections 1/50'), 'the sections list');
  await press(r, 'G', (f) => /› ▸ API/.test(f), 'API selected');
  const frame = await press(r, ']]]', (f) => footer(f).startsWith('Section 24/50'), 'Client events open');
  expect(footer(frame)).toContain('API › Client › Client events');
  expect(frame).toContain('▾ API');
  expect(frame).toContain('▾ Client');
  expect(frame).toMatch(/^› +Client events/m);
});

describe.each(SIZES)('the picker at %ix%i', (width, height) => {
  test('title, file name, sections, importance and summary; / filters by title and file name', async () => {
    const r = renderReader([abuDhabi(), ssh2(), marked(), ink()], width, height, colourTheme);
    const frame = await waitForFrame(r, (f) => f.startsWith('Briefings (4)'), 'the picker');
    expectFits(frame, width, height);
    expect(frame).toContain('Talks in Abu Dhabi');
    for (const name of ['abu-dhabi-talks.md', 'ssh2.md']) expect(frame).toContain(name);
    if (width >= 80) {
      expect(frame).toMatch(/Talks in Abu Dhabi\s+2026-02-04\s+abu-dhabi-talks\.md\s+7 sections\s+TOP/);
      expect(frame).toMatch(/ssh2\.md\s+50 sections/);
      expect(frame).toContain('SSH2 client and server modules written in pure JavaScript');
    }
    expect(frame).toMatchSnapshot();
    const typed = await press(r, '/ssh', (f) => f.includes('/ssh'), 'the filter typed');
    expect(typed).toContain('ssh2.md');
    expect(typed).not.toContain('abu-dhabi-talks.md');
    expect(footer(typed)).toMatch(/^Briefing 1\/1 of 4/);
    // A file name matches too, and Enter keeps the filter and reads the one left.
    await press(r, '\u001b', (f) => f.startsWith('Briefings (4)'), 'the filter cleared');
    const byFile = await press(r, '/marked.md\r', (f) => f.includes('1 of 4'), 'filtered by file name');
    expect(byFile).toContain('Marked');
    expect(byFile).not.toContain('ssh2.md');
    const read = await press(r, '\r', (f) => footer(f).startsWith('Sections 1/'), 'Marked open');
    expect(read.split('\n')[0]).toContain('Marked');
  });
});

test('the picker with no match says so, and Esc brings every briefing back', async () => {
  const r = renderReader([abuDhabi(), ssh2()], 80, 24);
  await waitForFrame(r, (f) => f.startsWith('Briefings (2)'), 'the picker');
  const none = await press(r, '/zzz\r', (f) => f.includes('0 of 2'), 'nothing matches');
  expect(none).toContain('No briefing\'s title or file name holds "zzz"');
  const still = await press(r, '\r', (f) => footer(f).includes('No briefing'), 'Enter with nothing to read');
  expect(still.startsWith('Briefings')).toBe(true);
  const back = await press(r, '\u001b', (f) => f.startsWith('Briefings (2)'), 'cleared');
  expect(back).toContain('ssh2.md');
});
