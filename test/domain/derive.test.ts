import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deriveIndexes, deriveOnDemand } from '../../source/domain/derive.js';
import { MENTION_LIMITS } from '../../source/domain/limits.js';
import type { Briefing, Derived, Mention } from '../../source/domain/types.js';
import { generateLargeBriefingModel } from '../harness/generate-large.js';
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

/** Every entry of every index, in order, with each mention as where it is (and its sentence, unless `lean`). */
function snapshot(derived: Derived, lean = false) {
  const mentions = (map: ReadonlyMap<string, readonly Mention[]>) =>
    [...map].map(([id, list]) => [id, list.map((m) => [where([m])[0], m.text, lean ? '' : m.sentence])]);
  return {
    mentions: mentions(derived.mentions),
    mentionsBySection: mentions(derived.mentionsBySection),
    issuesBySection: [...derived.issuesBySection],
    issuesByPlayer: [...derived.issuesByPlayer],
  };
}

describe('deriveOnDemand', () => {
  const briefing = makeBriefing({
    sections: [
      { id: 'a', markdown: 'Berg met Olsen. Berg left.' },
      { id: 'b', markdown: 'Nobody.' },
      { id: 'c', markdown: 'Olsen, Anna Berg and Berg again.' },
      { id: 'd', markdown: 'Per Olsen.' },
    ],
    players: [
      { id: 'berg', name: 'Anna Berg', aliases: ['Berg'] },
      { id: 'olsen', name: 'Per Olsen', aliases: ['Olsen'] },
      { id: 'silent', name: 'Silent Sam' },
    ],
    issues: [{ id: 'budget', sections: ['a', 'c'], players: ['berg'] }],
  });

  test('property: whatever is read first, in whatever order, every entry is what deriveIndexes gives', () => {
    const reads = fc.array(
      fc.oneof(
        fc.constantFrom('a', 'b', 'c', 'd', 'missing').map((id) => ['section', id] as const),
        fc.constantFrom('berg', 'olsen', 'silent', 'missing').map((id) => ['player', id] as const),
        fc.constantFrom('size', 'keys', 'has').map((how) => [how, 'b'] as const),
      ),
      { maxLength: 8 },
    );
    const expected = deriveIndexes(briefing);
    fc.assert(
      fc.property(reads, (sequence) => {
        const derived = deriveOnDemand(briefing);
        for (const [how, id] of sequence) {
          if (how === 'section')
            expect(where(derived.mentionsBySection.get(id))).toEqual(
              where(expected.mentionsBySection.get(id)),
            );
          else if (how === 'player')
            expect(where(derived.mentions.get(id))).toEqual(where(expected.mentions.get(id)));
          else if (how === 'size') expect(derived.mentionsBySection.size).toBe(4);
          else if (how === 'keys')
            expect([...derived.mentionsBySection.keys()]).toEqual(['a', 'b', 'c', 'd']);
          else expect(derived.mentionsBySection.has(id)).toBe(true);
        }
        expect(snapshot(derived)).toEqual(snapshot(expected));
      }),
    );
  });

  test('a section’s mentions are found without reading the sections after it', () => {
    const read: string[] = [];
    const watched: Briefing = {
      ...briefing,
      sections: briefing.sections.map((section) => ({
        ...section,
        get markdown() {
          read.push(section.id);
          return section.markdown;
        },
      })),
    };
    const derived = deriveOnDemand(watched);
    expect(where(derived.mentionsBySection.get('b'))).toEqual([]);
    expect(new Set(read)).toEqual(new Set(['a', 'b']));
    expect(where(derived.mentions.get('olsen'))).toEqual(['olsen@a:9', 'olsen@c:0', 'olsen@d:0']);
    expect(new Set(read)).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  test('the caps count in section order whatever is read first', () => {
    const many = makeBriefing({
      sections: Array.from({ length: 3 }, (_, i) => ({
        id: `s${i}`,
        markdown: 'Ann '.repeat(MENTION_LIMITS.perPlayer),
      })),
      players: [{ id: 'ann', name: 'Ann' }],
    });
    const derived = deriveOnDemand(many);
    expect(derived.mentionsBySection.get('s2')).toEqual([]);
    expect(derived.mentionsBySection.get('s0')).toHaveLength(MENTION_LIMITS.perPlayer);
    expect(snapshot(derived)).toEqual(snapshot(deriveIndexes(many)));
  });

  test('on the benchmark’s large briefing, the same as deriveIndexes', () => {
    const large = generateLargeBriefingModel();
    const derived = deriveOnDemand(large);
    expect(derived.mentionsBySection.get(large.sections[2]?.id ?? '')?.length).toBeGreaterThan(0);
    expect(snapshot(derived, true)).toEqual(snapshot(deriveIndexes(large), true));
  });
});
