import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleParts } from '../../source/domain/article/assemble.js';
import { cacheKey, createArticleCache, MAX_ENTRIES } from '../../source/io/article-cache.js';
import { loadAnyFile } from '../../source/io/load-article.js';
import { tempDir } from '../helpers/temp-dir.js';

const ARTICLE = `Port Talks Collapse
Dock workers walked out on Monday after talks with the port authority collapsed. Union leader Ana Ruiz said 3,000 members would stay out.
What Comes Next
The port authority's chief executive, Ben Cole, said the strike cost $20 million a day.
`;

async function derived(dir: string) {
  const file = join(dir, 'port.txt');
  writeFileSync(file, ARTICLE);
  const cache = createArticleCache(join(dir, 'cache'));
  const first = await loadAnyFile(file, { cache });
  if (!first.ok) throw new Error('the article did not load');
  return {
    file,
    cache,
    first: first.briefing,
    entry: join(dir, 'cache', `${cacheKey('text', ARTICLE)}.json`),
  };
}

describe('the article cache', () => {
  it('gives back the same briefing on a re-open, without deriving it again', async () => {
    const dir = tempDir('cache');
    const { file, cache, first, entry } = await derived(dir);
    expect(first.players.map((p) => p.name)).toContain('Ana Ruiz');
    const saved = JSON.parse(readFileSync(entry, 'utf8'));
    // Prove the second load reads the cache: a marked (but still truthful) role shows up.
    const ruiz = saved.derivation.players.find((p: { name: string }) => p.name === 'Ana Ruiz');
    ruiz.role = 'role from the cache';
    writeFileSync(entry, JSON.stringify(saved));
    const again = await loadAnyFile(file, { cache });
    expect(again.ok && again.briefing.players.find((p) => p.name === 'Ana Ruiz')?.role).toBe(
      'role from the cache',
    );
  });

  it('ignores a corrupt, truncated, oversized or wrongly shaped entry and derives afresh', async () => {
    const dir = tempDir('cache');
    const { file, cache, first, entry } = await derived(dir);
    const good = readFileSync(entry, 'utf8');
    for (const bad of [
      '{not json',
      good.slice(0, good.length / 2),
      JSON.stringify({ ...JSON.parse(good), version: 99 }),
      JSON.stringify({ ...JSON.parse(good), derivation: { players: 'all of them' } }),
      JSON.stringify({ ...JSON.parse(good), key: 'f'.repeat(64) }),
      `{"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`,
      '',
    ]) {
      writeFileSync(entry, bad);
      const result = await loadAnyFile(file, { cache });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.briefing.players).toEqual(first.players);
    }
  });

  it('never shows what a hostile entry adds: escape sequences are removed, invented sentences refused', async () => {
    const dir = tempDir('cache');
    const { file, cache, entry } = await derived(dir);
    const saved = JSON.parse(readFileSync(entry, 'utf8'));
    saved.derivation.players[0].name = 'Evil\u001b[2J\u001b]0;pwned\u0007 Name';
    writeFileSync(entry, JSON.stringify(saved));
    const escaped = await loadAnyFile(file, { cache });
    expect(escaped.ok && escaped.briefing.players[0]?.name).toBe('Evil Name');

    saved.derivation.figures.push({
      value: '1 million',
      label: 'invented',
      context: 'x',
      derived: true,
      source: { section: 'lead', text: 'A sentence the article never had.' },
    });
    writeFileSync(entry, JSON.stringify(saved));
    const invented = await loadAnyFile(file, { cache });
    expect(invented.ok && invented.briefing.figures.map((f) => f.label)).not.toContain('invented');
  });

  it('keeps at most MAX_ENTRIES entries, dropping the least recently used', async () => {
    const dir = join(tempDir('cache'), 'entries');
    const cache = createArticleCache(dir);
    const parts: ArticleParts = {
      shape: 'wire',
      title: undefined,
      body: 'Text.',
      derivation: { players: [], issues: [], timeline: [], figures: [], quotes: [] },
    };
    const keys = Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => cacheKey('text', `article ${i}`));
    for (const [i, key] of keys.entries()) {
      await cache.put(key, parts);
      const when = new Date(Date.UTC(2020, 0, 1, 0, 0, i));
      utimesSync(join(dir, `${key}.json`), when, when);
    }
    await cache.put(cacheKey('text', 'one more'), parts);
    const left = readdirSync(dir);
    expect(left).toHaveLength(MAX_ENTRIES);
    expect(left).not.toContain(`${keys[0]}.json`);
    expect(left).toContain(`${keys.at(-1)}.json`);
  });

  it('an unwritable cache costs nothing but the derivation', async () => {
    const dir = tempDir('cache');
    const file = join(dir, 'port.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    const result = await loadAnyFile(file, { cache: createArticleCache(join(dir, 'not-a-dir', 'cache')) });
    expect(result.ok).toBe(true);
  });
});
