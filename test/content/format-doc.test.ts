import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { deriveIndexes } from '../../source/domain/derive.js';
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
