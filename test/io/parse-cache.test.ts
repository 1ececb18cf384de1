import { chmodSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import { readCacheFile, writeCacheFile } from '../../source/io/cache-file.js';
import { loadAnyFile } from '../../source/io/load-article.js';
import { createParseCache, MAX_ENTRIES, type ParseCache } from '../../source/io/parse-cache.js';
import { tempDir } from '../helpers/temp-dir.js';

const bundled = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
const text = readFileSync(bundled, 'utf8');
const parsed = parseBriefing(text, { file: bundled, id: 'abu-dhabi-talks' });
if (!parsed.ok) throw new Error('the bundled briefing must parse');

/** Loads a file with the parse cache given. */
const load = (file: string, parseCache: ParseCache) => loadAnyFile(file, { parseCache });

/** The one entry file of a cache directory holding one entry. */
function onlyEntry(dir: string): string {
  const [name, ...more] = readdirSync(dir).filter((n) => n.endsWith('.json'));
  if (name === undefined || more.length > 0) throw new Error(`expected one entry in ${dir}`);
  return join(dir, name);
}

/** A cache that counts what it was asked. */
function counting(cache: ParseCache) {
  const counts = { hits: 0, misses: 0, puts: 0 };
  return {
    counts,
    cache: {
      keyOf: cache.keyOf,
      get(key: string) {
        const value = cache.get(key);
        counts[value === undefined ? 'misses' : 'hits']++;
        return value;
      },
      put(key, value) {
        counts.puts++;
        cache.put(key, value);
      },
    } satisfies ParseCache,
  };
}

describe('the parsed-briefing cache', () => {
  test('a re-open comes from the cache and equals what the parser made', async () => {
    const dir = tempDir('briefing-cache');
    const { cache, counts } = counting(createParseCache(dir, 'build-1'));
    const first = await load(bundled, cache);
    const second = await load(bundled, cache);
    expect(counts).toEqual({ hits: 1, misses: 1, puts: 1 });
    expect(second).toEqual(first);
    expect(second).toEqual(parsed);
    // Fields that are undefined are there as undefined, in the parser's key order.
    if (!second.ok) throw new Error('unreachable');
    expect(Object.keys(second.briefing.meta)).toEqual(Object.keys(parsed.briefing.meta));
    expect(second.briefing.timeline.map((t) => Object.keys(t))).toEqual(
      parsed.briefing.timeline.map((t) => Object.keys(t)),
    );
  });

  test('another build, path, id or text is another key', () => {
    const a = createParseCache('/nowhere', 'build-1');
    const b = createParseCache('/nowhere', 'build-2');
    const key = a.keyOf('f.md', 'f', 'text');
    expect(b.keyOf('f.md', 'f', 'text')).not.toBe(key);
    expect(a.keyOf('g.md', 'f', 'text')).not.toBe(key);
    expect(a.keyOf('f.md', 'g', 'text')).not.toBe(key);
    expect(a.keyOf('f.md', 'f', 'text ')).not.toBe(key);
    expect(a.keyOf('f.md', 'f', 'text')).toBe(key);
  });

  test('a briefing with problems is not kept', async () => {
    const dir = tempDir('briefing-cache');
    const file = join(tempDir('briefing-files'), 'bad.md');
    writeFileSync(file, '---\ntitle: [unclosed\n---\n# A\n');
    const { cache, counts } = counting(createParseCache(dir, 'b'));
    const result = await load(file, cache);
    expect(result.ok).toBe(false);
    expect(counts.puts).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a damaged entry (cut short, a byte changed) is a miss, and the file is parsed again', async () => {
    const dir = tempDir('briefing-cache');
    await load(bundled, createParseCache(dir, 'b'));
    const entry = onlyEntry(dir);
    const bytes = readFileSync(entry);
    for (const damaged of [bytes.subarray(0, bytes.length - 10), Buffer.from(bytes).fill(0x41, 200, 201)]) {
      writeFileSync(entry, damaged);
      const { cache, counts } = counting(createParseCache(dir, 'b'));
      expect(await load(bundled, cache)).toEqual(parsed);
      expect(counts).toEqual({ hits: 0, misses: 1, puts: 1 });
    }
  });

  test('an entry others may write, or a symbolic link, is not trusted', async () => {
    const dir = tempDir('briefing-cache');
    const cache = createParseCache(dir, 'b');
    await load(bundled, cache);
    const entry = onlyEntry(dir);
    chmodSync(entry, 0o620);
    expect(readCacheFile(entry)).toBeUndefined();
    chmodSync(entry, 0o600);
    expect(readCacheFile(entry)).toBeDefined();
    const link = join(dir, 'link.json');
    symlinkSync(entry, link);
    expect(readCacheFile(link)).toBeUndefined();
  });

  test('a well-formed entry holding an escape sequence, or the wrong shape, is a miss', () => {
    const dir = tempDir('briefing-cache');
    const cache = createParseCache(dir, 'b');
    const key = cache.keyOf(bundled, 'abu-dhabi-talks', text);
    const write = (value: unknown) =>
      writeCacheFile(join(dir, `${key}.json`), Buffer.from(JSON.stringify(value)));
    const entry = { key, briefing: parsed.briefing, warnings: parsed.warnings };
    write(entry);
    expect(cache.get(key)).toEqual({ briefing: parsed.briefing, warnings: parsed.warnings });
    write({
      ...entry,
      briefing: { ...parsed.briefing, meta: { ...parsed.briefing.meta, title: 'x\u001b]0;owned\u0007' } },
    });
    expect(cache.get(key)).toBeUndefined();
    write({ ...entry, briefing: { ...parsed.briefing, sections: [{ id: 1 }] } });
    expect(cache.get(key)).toBeUndefined();
    write({ ...entry, key: 'another' });
    expect(cache.get(key)).toBeUndefined();
    writeCacheFile(join(dir, `${key}.json`), Buffer.from('{"key": '));
    expect(cache.get(key)).toBeUndefined();
  });

  test(`at most ${MAX_ENTRIES} entries are kept`, () => {
    const dir = tempDir('briefing-cache');
    const cache = createParseCache(dir, 'b');
    for (let i = 0; i < MAX_ENTRIES + 8; i++) {
      cache.put(cache.keyOf(`f${i}.md`, 'f', text), { briefing: parsed.briefing, warnings: [] });
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.json'))).toHaveLength(MAX_ENTRIES);
  });
});
