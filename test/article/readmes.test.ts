import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureProse, readsAsArticle } from '../../source/domain/article/reads-as-article.js';
import { createArticleCache } from '../../source/io/article-cache.js';
import { loadAnyFile } from '../../source/io/load-article.js';
import { tempDir } from '../helpers/temp-dir.js';

const modules = join(import.meta.dirname, '../../node_modules');
const READMES = [
  'commander',
  'yaml',
  'zod',
  'marked',
  'ink',
  'chalk',
  'fast-check',
  'compromise',
  'linkedom',
  'turndown',
  'ssh2',
  'env-paths',
]
  .map((name) =>
    ['README.md', 'readme.md', 'Readme.md'].map((f) => join(modules, name, f)).find((f) => existsSync(f)),
  )
  .filter((f): f is string => f !== undefined);

/** The README without its code: fenced and indented blocks, and inline code spans. */
const prose = (markdown: string) =>
  markdown
    .replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]+`/g, ' ')
    .replace(/<[^>]+>/g, ' ');

describe('READMEs are not articles', () => {
  it('has READMEs to read', () => {
    expect(READMES.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of READMES) {
    it(`${file.split('node_modules/')[1]}: not read as an article, so no players`, async () => {
      const text = readFileSync(file, 'utf8');
      expect(readsAsArticle(text), JSON.stringify(measureProse(text))).toBe(false);
      const result = await loadAnyFile(file, { cache: createArticleCache(tempDir('cache')) });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.briefing.players).toEqual([]);
    });
  }

  it('with --derive, no player is taken from code or an API name', async () => {
    const cache = createArticleCache(tempDir('cache'));
    for (const file of READMES) {
      const result = await loadAnyFile(file, { derive: true, cache });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const text = prose(readFileSync(file, 'utf8'));
      for (const player of result.briefing.players) {
        expect(player.name, file).not.toMatch(/[_/(){}<>=;]|\.\w|^[a-z]/);
        // A country may be named by its demonym (`English`): some form of the name is in the prose.
        expect(
          [player.name, ...player.aliases].some((form) => text.includes(form)),
          `${player.name} in ${file}`,
        ).toBe(true);
      }
    }
  });

  it('an article saved as Markdown is read as one', () => {
    const article = readFileSync(
      join(import.meta.dirname, '../../bench/eval/articles/transit-strike.txt'),
      'utf8',
    )
      .split('\n\n')
      .map((block) => (/[.!?"”]$/.test(block.trim()) ? block : `## ${block}`))
      .join('\n\n');
    expect(readsAsArticle(article)).toBe(true);
  });
});
