/**
 * An article not yet derived opens at once with its sections, and its derived briefing follows with
 * the same sections (ids, text, lines), so the reader keeps its place when it takes it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createArticleCache } from '../../source/io/article-cache.js';
import { loadAnyFile } from '../../source/io/load-article.js';
import { loadLibrary } from '../../source/io/load-library.js';
import { tempDir } from '../helpers/temp-dir.js';

const seedFile = join(import.meta.dirname, '../../../shared/seed/000_8f453393c0e5582e.txt');
const dir = tempDir('briefing-progressive');

describe('progressive load of a plain-text article', () => {
  test('gives the sections first, marked deriving, then the derived briefing with the same sections', async () => {
    const cache = createArticleCache(join(dir, 'cache-a'));
    const first = await loadAnyFile(seedFile, { progressive: true, cache });
    if (!first.ok) throw new Error('the seed did not load');
    expect(first.briefing.deriving).toBe(true);
    expect(first.briefing.players).toEqual([]);
    expect(first.later).toBeDefined();
    const done = await first.later;
    if (done === undefined || !done.ok) throw new Error('the derivation failed');
    expect(done.briefing.deriving).toBeUndefined();
    expect(done.briefing.players.length).toBeGreaterThan(0);
    expect(done.briefing.meta.title).toBe(first.briefing.meta.title);
    expect(done.briefing.sections).toEqual(first.briefing.sections);
  });

  test('a cached article comes whole, with nothing to wait for', async () => {
    const cache = createArticleCache(join(dir, 'cache-b'));
    const warm = await loadAnyFile(seedFile, { cache });
    expect(warm.ok).toBe(true);
    const again = await loadAnyFile(seedFile, { progressive: true, cache });
    expect(again.ok && again.later === undefined && again.briefing.deriving === undefined).toBe(true);
  });

  test('without progressive (print, JSON) the article comes whole', async () => {
    const cache = createArticleCache(join(dir, 'cache-c'));
    const whole = await loadAnyFile(seedFile, { cache });
    expect(whole.ok && whole.later === undefined && whole.briefing.players.length > 0).toBe(true);
  });

  test('a library of one article passes the derived library on', async () => {
    const file = join(dir, 'short.txt');
    writeFileSync(file, 'Talks resumed in Geneva on Monday. Minister Ana Ruiz said 40 delegates attended.\n');
    const library = await loadLibrary(file, {
      progressive: true,
      cache: createArticleCache(join(dir, 'cache-d')),
    });
    expect(library.briefings[0]?.deriving).toBe(true);
    const later = await library.later;
    expect(later?.briefings[0]?.deriving).toBeUndefined();
    expect(later?.briefings[0]?.sections).toEqual(library.briefings[0]?.sections);
  });
});
