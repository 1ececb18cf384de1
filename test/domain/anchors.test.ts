import fc from 'fast-check';
import GithubSlugger, { slug as packageSlug } from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { createAnchorAllocator, githubSlug, resolveAnchor } from '../../source/domain/anchors.js';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';

function readme(text: string, file = 'README.md'): Briefing {
  const result = parseBriefing(text, { file, id: 'readme' });
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.briefing;
}

describe('GitHub anchors', () => {
  test("the ASCII fast path gives github-slugger's slug for every printable ASCII text", () => {
    for (let c = 0x20; c < 0x7f; c++) {
      const text = `a${String.fromCharCode(c)}B c`;
      expect(githubSlug(text)).toBe(packageSlug(text));
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' aZ09-_.()`\'"!?&:/#[]*~'.split('')) }), (text) => {
        expect(githubSlug(text)).toBe(packageSlug(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('repeats are numbered as GitHubSlugger numbers them', () => {
    const titles = ['Notes', 'Notes', 'Notes 1', 'Notes', 'Café Zürich', 'Café Zürich', '', ''];
    const ours = createAnchorAllocator();
    const theirs = new GithubSlugger();
    expect(titles.map(ours)).toEqual(titles.map((t) => theirs.slug(t)));
    expect(titles.map(createAnchorAllocator())).toEqual([
      'notes',
      'notes-1',
      'notes-1-1',
      'notes-2',
      'café-zürich',
      'café-zürich-1',
      '',
      '-1',
    ]);
  });
});

describe('resolveAnchor', () => {
  const briefing = readme(
    [
      '# Tool',
      'Intro, [requirements](#requirements).',
      '## Requirements',
      'x',
      '## Make HTTP(S) connections',
      'y',
      '## Notes',
      '## Notes',
      '## Café',
      '<a name="old-anchor"></a>',
      'z',
    ].join('\n'),
  );

  test('finds a heading by its GitHub anchor, its id, any case and the forms GitHub accepts', () => {
    expect(resolveAnchor(briefing, 'requirements')).toBe('requirements');
    expect(resolveAnchor(briefing, '#requirements')).toBe('requirements');
    expect(resolveAnchor(briefing, 'Requirements')).toBe('requirements');
    expect(resolveAnchor(briefing, 'user-content-requirements')).toBe('requirements');
    // GitHub's slug drops the parentheses; this project's id turns them into hyphens: both lead there.
    expect(resolveAnchor(briefing, 'make-https-connections')).toBe('make-http-s-connections');
    expect(resolveAnchor(briefing, 'make-http-s-connections')).toBe('make-http-s-connections');
    // The second "Notes": GitHub's -1, this project's -2.
    expect(resolveAnchor(briefing, 'notes-1')).toBe('notes-2');
    expect(resolveAnchor(briefing, 'caf%C3%A9')).toBe('cafe');
    expect(resolveAnchor(briefing, 'Café')).toBe('cafe');
  });

  test('the title heading leads to the opening; an HTML anchor to the section holding it', () => {
    expect(resolveAnchor(briefing, 'tool')).toBe('lead');
    expect(resolveAnchor(briefing, 'old-anchor')).toBe('cafe');
  });

  test('an anchor no heading has is undefined', () => {
    expect(resolveAnchor(briefing, 'nowhere')).toBeUndefined();
    expect(resolveAnchor(briefing, '')).toBeUndefined();
    expect(resolveAnchor(briefing, '%E0%A4%A')).toBeUndefined();
  });
});
