/** A panel with nothing in it, on a wide screen: the list says so, and no other panel's item stands beside it. */
import { readFileSync } from 'node:fs';
import { cleanup } from 'ink-testing-library';
import { afterEach, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import { press, renderReader, waitForFrame } from './render-at.js';

afterEach(() => cleanup());

test('the Players panel of a README at 200x50 shows no section beside "No players"', async () => {
  const file = 'node_modules/ink/readme.md';
  const parsed = parseBriefing(readFileSync(file, 'utf8'), { file: 'readmes/ink.md', id: 'ink' });
  if (!parsed.ok) throw new Error('the README does not parse');
  const r = renderReader([parsed.briefing], 200, 50);
  const sections = await waitForFrame(r, (f) => f.includes('Section · '), 'a section beside the list');
  expect(sections).toContain('In this section');
  const players = await press(r, '2', (f) => f.includes('No players in this briefing.'), 'the Players panel');
  expect(players).not.toContain('Section · ');
  expect(players).not.toContain('In this section');
});
