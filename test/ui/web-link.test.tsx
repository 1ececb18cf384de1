/** Frames of `o` on a web link over SSH (the default host): the address shown whole to copy. */
import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import { press, renderReader, waitForFrame } from './render-at.js';

afterEach(() => cleanup());

const URL =
  'https://tool.example.org/a/rather/long/path/to/the/documentation/of/this/tool?with=query&and=more';

function tool() {
  const result = parseBriefing(`# Tool\n\nSee [the site](${URL}) for more.\n\n## Setup\n\nRun it.\n`, {
    file: 'tool.md',
    id: 'tool',
  });
  if (!result.ok) throw new Error('the fixture does not parse');
  return result.briefing;
}

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';

describe.each([
  [40, 12],
  [80, 24],
  [120, 40],
] as const)('at %ix%i', (width, height) => {
  test('o copies the highlighted link and shows it whole until the next key', async () => {
    const r = renderReader([tool()], width, height);
    await waitForFrame(r, (f) => footer(f).startsWith('Sections 1/2'), 'the sections list');
    await press(r, '\r', (f) => footer(f).startsWith('Section 1/2'), 'reading');
    await press(r, '.', (f) => footer(f).includes('1/2'), 'the link highlighted');
    const frame = await press(
      r,
      'o',
      (f) => f.includes('copied if your terminal allows') || f.includes('Link sent to your clipboard'),
      'the banner',
    );
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(height);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    // The rows after the banner's title are the address, broken at the width with nothing added.
    const start = lines.findIndex((line) => line.startsWith('Link '));
    const rows = lines.slice(start + 1, -1);
    expect(rows.join('')).toBe(URL);
    expect(frame).toMatchSnapshot();
    const after = await press(r, 'j', (f) => !f.includes('your terminal allows'), 'the next key');
    expect(after).not.toContain(URL.slice(0, width));
  });
});
