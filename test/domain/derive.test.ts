import { describe, expect, test } from 'vitest';
import { generateLargeBriefingModel } from '../../bench/generate-large.js';
import { deriveIndexes } from '../../source/domain/derive.js';
import type { Mention } from '../../source/domain/types.js';
import { makeBriefing } from './make-briefing.js';

const where = (mentions: readonly Mention[] | undefined): string[] =>
  (mentions ?? []).map((mention) => `${mention.playerId}@${mention.sectionId}:${mention.offset}`);

describe('deriveIndexes', () => {
  const briefing = makeBriefing({
    sections: [
      { id: 'talks', markdown: 'Berg met Olsen. Later Berg left.' },
      { id: 'quiet', markdown: 'Nobody here.' },
      { id: 'vote', markdown: 'Olsen and Anna Berg voted.' },
    ],
    players: [
      { id: 'berg', name: 'Anna Berg', aliases: ['Berg'] },
      { id: 'olsen', name: 'Per Olsen', aliases: ['Olsen'] },
      { id: 'silent', name: 'Silent Sam' },
    ],
    issues: [
      { id: 'budget', sections: ['talks', 'vote', 'talks', 'missing'], players: ['berg', 'nobody'] },
      { id: 'border', sections: ['vote'], players: ['berg', 'olsen'] },
    ],
  });
  const derived = deriveIndexes(briefing);

  test('mentions per player run in section order, then offset order', () => {
    expect(where(derived.mentions.get('berg'))).toEqual(['berg@talks:0', 'berg@talks:22', 'berg@vote:10']);
    expect(where(derived.mentions.get('olsen'))).toEqual(['olsen@talks:9', 'olsen@vote:0']);
  });

  test('every player and section has an entry, empty when nothing refers to it', () => {
    expect([...derived.mentions.keys()]).toEqual(['berg', 'olsen', 'silent']);
    expect(derived.mentions.get('silent')).toEqual([]);
    expect([...derived.mentionsBySection.keys()]).toEqual(['talks', 'quiet', 'vote']);
    expect(derived.mentionsBySection.get('quiet')).toEqual([]);
  });

  test('mentions per section run by offset across players', () => {
    expect(where(derived.mentionsBySection.get('talks'))).toEqual([
      'berg@talks:0',
      'olsen@talks:9',
      'berg@talks:22',
    ]);
    expect(derived.mentionsBySection.get('vote')?.map((mention) => mention.text)).toEqual([
      'Olsen',
      'Anna Berg',
    ]);
  });

  test('issues by section and by player, once each, unknown ids left out', () => {
    expect(Object.fromEntries(derived.issuesBySection)).toEqual({
      talks: ['budget'],
      quiet: [],
      vote: ['budget', 'border'],
    });
    expect(Object.fromEntries(derived.issuesByPlayer)).toEqual({
      berg: ['budget', 'border'],
      olsen: ['border'],
      silent: [],
    });
  });

  test('sentences are read from the mention', () => {
    expect(derived.mentionsBySection.get('talks')?.map((mention) => mention.sentence)).toEqual([
      'Berg met Olsen.',
      'Berg met Olsen.',
      'Later Berg left.',
    ]);
  });
});

describe('deriveIndexes at scale', () => {
  const briefing = generateLargeBriefingModel();

  // How long this takes is the benchmark's to measure (docs/search.md, npm run bench), not a test's:
  // a timed assertion fails on a loaded machine and proves nothing on an idle one.

  test('5,000 sections, 100,000 lines and 500 players: every mention exactly placed', () => {
    const derived = deriveIndexes(briefing);
    const markdownOf = new Map(briefing.sections.map((section) => [section.id, section.markdown]));
    let count = 0;
    for (const [playerId, mentions] of derived.mentions) {
      for (const mention of mentions) {
        count += 1;
        expect(mention.playerId).toBe(playerId);
        const markdown = markdownOf.get(mention.sectionId) ?? '';
        if (markdown.slice(mention.offset, mention.offset + mention.text.length) !== mention.text) {
          expect.fail(`mention ${mention.text} at ${mention.sectionId}:${mention.offset} is misplaced`);
        }
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(derived.mentions.get('player-1')?.[0]?.sentence).toMatch(/[.?]$/);
  });
});
