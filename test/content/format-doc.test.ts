import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { deriveIndexes } from '../../source/domain/derive.js';
import { LIMITS, MENTION_LIMITS } from '../../source/domain/limits.js';
import { parseBriefing } from '../../source/domain/parse.js';

/** The complete example in docs/format.md is the one authors copy: it must stay a valid briefing. */
test('the complete example in docs/format.md parses, with every panel filled', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/format.md'), 'utf8');
  const start = doc.indexOf('## A complete example');
  const end = doc.indexOf('\n## ', start + 1);
  const block = doc
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('    ') || line === '')
    .map((line) => line.slice(4))
    .join('\n')
    .trim();
  expect(block.startsWith('---')).toBe(true);
  const result = parseBriefing(`${block}\n`, { file: 'docs/format.md', id: 'example' });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const { briefing } = result;
  expect(result.warnings).toEqual([]);
  expect(briefing.players.length).toBeGreaterThan(0);
  expect(briefing.issues.length).toBeGreaterThan(0);
  expect(briefing.timeline.length).toBeGreaterThan(0);
  expect(briefing.figures.length).toBeGreaterThan(0);
  const mentions = deriveIndexes(briefing).mentions;
  for (const player of briefing.players) expect(mentions.get(player.id)?.length ?? 0).toBeGreaterThan(0);
});

test('docs/format.md states every limit the loader enforces, with its value', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/format.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Limits'), doc.indexOf('## A complete example'));
  // As a whole number: 100 must not be found inside 100,000, nor 242,880 inside 5,242,880.
  const numbers = new Set(section.match(/\d{1,3}(?:,\d{3})+|\d+/g) ?? []);
  const n = (value: number) => value.toLocaleString('en-US');
  for (const value of Object.values(LIMITS)) expect(numbers, `the limit ${n(value)}`).toContain(n(value));
  for (const value of Object.values(MENTION_LIMITS))
    expect(numbers, `the limit ${n(value)}`).toContain(n(value));
});
