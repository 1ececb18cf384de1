import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingFile } from '../../source/domain/article/briefing-file.js';
import { deriveIndexes } from '../../source/domain/derive.js';
import { briefingToJson } from '../../source/domain/json.js';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { createArticleCache } from '../../source/io/article-cache.js';
import { loadAnyFile } from '../../source/io/load-article.js';
import { runCli, tempFiles } from '../cli/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const articles = join(import.meta.dirname, '../../bench/eval/articles');
const seed = join(import.meta.dirname, '../../../shared/seed/000_8f453393c0e5582e.txt');

/** The panels as --json shows them, without what only a derived briefing has (provenance). */
function panels(briefing: Briefing) {
  const json = briefingToJson(briefing, deriveIndexes(briefing));
  const strip = <T extends { derived: boolean; source: unknown }>({ derived: _d, source: _s, ...rest }: T) =>
    rest;
  return {
    sections: json.sections.map((s) => ({ id: s.id, title: s.title, markdown: s.markdown })),
    players: json.players.map(strip),
    issues: json.issues.map(strip),
    timeline: json.timeline.map(strip),
    figures: json.figures.map(strip),
    quotes: json.quotes.map(strip),
  };
}

describe('import', () => {
  for (const file of [
    seed,
    join(articles, 'pandemic-treaty.html'),
    join(articles, 'football-takeover.txt'),
  ]) {
    it(`${file.split('/').pop()}: the written briefing loads with the same panels`, async () => {
      const loaded = await loadAnyFile(file, { cache: createArticleCache(tempDir('cache')) });
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const text = briefingFile(loaded.briefing, 'article');
      const back = parseBriefing(text, { file: 'imported.md', id: loaded.briefing.id });
      expect(back.ok ? [] : back.problems).toEqual([]);
      if (!back.ok) return;
      expect(back.warnings).toEqual([]);
      expect(panels(back.briefing)).toEqual(panels(loaded.briefing));
      expect(back.briefing.meta.title).toBe(loaded.briefing.meta.title);
      // Provenance is kept as comments: each derived item's sentence is quoted above it.
      for (const player of loaded.briefing.players)
        expect(text).toContain(`# from ${player.source?.section}: `);
    });
  }

  it('briefing import writes a file that check passes and --json reads back the same', () => {
    const dir = tempFiles({ 'talks.txt': readFileSync(seed, 'utf8') });
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const out = join(dir, 'talks.md');
    const result = runCli(['import', join(dir, 'talks.txt'), '-o', out], env);
    expect(result.stderr).toContain('written');
    expect(result.status).toBe(0);
    const check = runCli(['check', out], env);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/ok \(7 sections, \d+ players, \d+ issues\)/);
    const article = JSON.parse(runCli([join(dir, 'talks.txt'), '--json'], env).stdout);
    const imported = JSON.parse(runCli([out, '--json'], env).stdout);
    for (const key of ['players', 'issues', 'timeline', 'figures'] as const) {
      const strip = (items: { derived: boolean; source: unknown; mentions?: unknown }[]) =>
        items.map(({ derived: _d, source: _s, ...rest }) => rest);
      expect(strip(imported[key])).toEqual(strip(article[key]));
    }
    expect(article.players.every((p: { derived: boolean }) => p.derived)).toBe(true);
    expect(imported.players.every((p: { derived: boolean }) => !p.derived)).toBe(true);
  });

  it('never overwrites a file, and refuses a briefing that already has front matter', () => {
    const dir = tempFiles({
      'a.txt': 'Talks began on Monday. Mayor Jane Smith said 40 people came.\n',
      'b.md': 'keep me',
    });
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const exists = runCli(['import', join(dir, 'a.txt'), '-o', join(dir, 'b.md')], env);
    expect(exists.status).toBe(2);
    expect(exists.stderr).toMatch(/b\.md: already exists; choose another name/);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('keep me');
    const curated = runCli(['import', join(import.meta.dirname, '../../content/abu-dhabi-talks.md')], env);
    expect(curated.status).toBe(2);
    expect(curated.stderr).toMatch(/already a briefing/);
    const missing = runCli(['import', join(dir, 'nope.txt')], env);
    expect(missing.status).toBe(3);
  });
});

describe('opening an article', () => {
  it('briefing ARTICLE --json shows the derived panels, marked derived with their sentence', () => {
    const dir = tempDir('cache');
    const json = JSON.parse(runCli([seed, '--json'], { XDG_CACHE_HOME: dir }).stdout);
    expect(json.sections).toHaveLength(7);
    expect(json.title).toBe('Talks began in Abu Dhabi');
    const umerov = json.players.find((p: { name: string }) => p.name === 'Rustem Umerov');
    expect(umerov).toMatchObject({ kind: 'person', side: 'Ukraine', derived: true });
    expect(umerov.source.text).toBe('Ukraine’s delegation is led by Rustem Umerov.');
    expect(umerov.mentions.length).toBeGreaterThan(1);
    expect(json.figures.map((f: { value: string }) => f.value)).toContain('450');
    const print = runCli([seed, '--print'], { XDG_CACHE_HOME: dir });
    expect(print.stdout).toContain('KEY PLAYERS');
    expect(print.stdout).toContain('Rustem Umerov');
  });

  it('a curated briefing is unchanged: nothing is derived, every item is the editor’s', () => {
    const json = JSON.parse(
      runCli([join(import.meta.dirname, '../../content/abu-dhabi-talks.md'), '--json']).stdout,
    );
    expect(json.players.find((p: { id: string }) => p.id === 'rustem-umerov')).toMatchObject({
      derived: false,
      source: null,
      kind: null,
    });
    expect(json.quotes).toEqual([]);
  });
});
