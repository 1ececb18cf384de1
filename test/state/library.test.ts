import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../source/domain/types.js';
import { createLibraryContext } from '../../source/state/library.js';
import { makeBriefing } from '../domain/make-briefing.js';

describe('createLibraryContext', () => {
  // Over SSH every session shares one context: what it derives must be derived once, whoever asks.
  test('mentions and the search index are built when first needed, then kept', () => {
    let reads = 0;
    const plain = makeBriefing({
      sections: [
        { id: 'a', markdown: 'Berg met Olsen.' },
        { id: 'b', markdown: 'Olsen left.' },
      ],
      players: [
        { id: 'berg', name: 'Berg' },
        { id: 'olsen', name: 'Olsen' },
      ],
    });
    const watched: Briefing = {
      ...plain,
      sections: plain.sections.map((section) => ({
        ...section,
        get markdown() {
          reads += 1;
          return section.markdown;
        },
      })),
    };
    const entry = createLibraryContext([watched]).library[0];
    if (entry === undefined) throw new Error('no briefing');
    // Creating it measures the text (a length per field, to choose how search counts), nothing more.
    const created = reads;
    expect(created).toBeLessThanOrEqual(watched.sections.length);

    expect(entry.search('Olsen').map((hit) => 'id' in hit.item && hit.item.id)).toEqual(['a', 'b', 'olsen']);
    const indexed = reads;
    expect(indexed).toBeGreaterThan(created);
    expect(entry.search('Berg')).toHaveLength(2);
    expect(reads).toBe(indexed);

    expect(entry.derived.mentions.get('olsen')?.map((m) => m.sectionId)).toEqual(['a', 'b']);
    const derived = reads;
    expect(entry.derived.mentionsBySection.get('a')).toHaveLength(2);
    expect(entry.derived.mentions.get('berg')).toHaveLength(1);
    expect(reads).toBe(derived);
  });
});
