import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { ArticleParts } from '../domain/article/assemble.js';
import { markdownToPlain } from '../domain/article/markdown-plain.js';
import { ENGINE_VERSION } from '../domain/article/version.js';
import { sanitizeText } from '../domain/sanitize.js';
import { cacheDirectory } from './cache-file.js';

/**
 * Derivations of articles, kept between runs so that re-opening an unchanged article neither reads
 * nor derives it again. One file per article in the user's cache directory
 * (`$XDG_CACHE_HOME/briefing/articles/`), named by the SHA-256 of the engine's version, the format
 * and the article's text: an edited article, or a newer engine, is a new key. Bounded: at most
 * MAX_ENTRIES files of MAX_ENTRY_BYTES each, the least recently used removed first. Never trusted:
 * a file that does not parse, does not fit the schema, is too large, or quotes a sentence its own
 * article does not hold is ignored (and overwritten), and every string is cleaned again on the way
 * in. Failing to read or write the cache is never an error: the article is derived afresh.
 */

export const MAX_ENTRIES = 200;
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const FILE_VERSION = 1;

function defaultCacheDir(): string {
  return join(cacheDirectory(), 'articles');
}

export function cacheKey(format: string, text: string): string {
  return createHash('sha256').update(`${ENGINE_VERSION}\0${format}\0${text}`).digest('hex');
}

const text = z.string().max(100_000);
const source = z.strictObject({ section: text, text }).optional();
const provenance = { derived: z.literal(true).optional(), source };
const derivationSchema = z.strictObject({
  players: z
    .array(
      z.strictObject({
        id: text,
        name: text,
        aliases: z.array(text).max(1000),
        role: text,
        side: text,
        description: text,
        kind: z.enum(['person', 'organisation', 'country', 'group']).optional(),
        ...provenance,
      }),
    )
    .max(5000),
  issues: z
    .array(
      z.strictObject({
        id: text,
        title: text,
        status: z.enum(['open', 'stalled', 'resolved']),
        summary: text,
        positions: z.array(z.strictObject({ party: text, position: text })).max(1000),
        sections: z.array(text).max(1000),
        players: z.array(text).max(1000),
        ...provenance,
      }),
    )
    .max(5000),
  timeline: z
    .array(
      z.strictObject({
        when: text,
        date: text.optional(),
        what: text,
        section: text.optional(),
        ...provenance,
      }),
    )
    .max(5000),
  figures: z
    .array(
      z.strictObject({ value: text, label: text, context: text, section: text.optional(), ...provenance }),
    )
    .max(5000),
  quotes: z
    .array(
      z.strictObject({
        text,
        speaker: text,
        player: text.optional(),
        section: text.optional(),
        ...provenance,
      }),
    )
    .max(5000),
});
const entrySchema = z.strictObject({
  version: z.literal(FILE_VERSION),
  engine: z.literal(ENGINE_VERSION),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  shape: z.enum(['headed', 'wire', 'html', 'markdown']),
  title: z.string().max(10_000).optional(),
  body: z.string().max(MAX_ENTRY_BYTES),
  derivation: derivationSchema,
});

/** Every string of a value cleaned as content is (the cache is a file anyone with the account can edit). */
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return sanitizeText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether every derived item quotes a sentence of the cached body (so the cache cannot put words in its mouth). */
function quotesItsBody(parts: ArticleParts): boolean {
  const plain = collapse(markdownToPlain(parts.body).text);
  const { players, issues, timeline, figures, quotes } = parts.derivation;
  return [...players, ...issues, ...timeline, ...figures, ...quotes].every(
    (item) => item.source === undefined || plain.includes(collapse(item.source.text)),
  );
}

export interface ArticleCache {
  get(key: string): Promise<ArticleParts | undefined>;
  put(key: string, parts: ArticleParts): Promise<void>;
}

export function createArticleCache(dir = defaultCacheDir()): ArticleCache {
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        const file = fileOf(key);
        const info = await stat(file);
        if (!info.isFile() || info.size > MAX_ENTRY_BYTES) return undefined;
        const parsed = entrySchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (!parsed.success || parsed.data.key !== key) return undefined;
        const { shape, title, body, derivation } = cleanStrings(parsed.data);
        const parts: ArticleParts = {
          shape,
          title,
          body,
          derivation: derivation as ArticleParts['derivation'],
        };
        if (!quotesItsBody(parts)) return undefined;
        // Least recently used goes first when the cache is pruned: a hit counts as a use.
        const now = new Date();
        await utimes(file, now, now).catch(() => {});
        return parts;
      } catch {
        return undefined;
      }
    },
    async put(key, parts) {
      try {
        const json = JSON.stringify({ version: FILE_VERSION, engine: ENGINE_VERSION, key, ...parts });
        if (json.length > MAX_ENTRY_BYTES) return;
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const file = fileOf(key);
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, json, { mode: 0o600 });
        await rename(temporary, file);
        await prune(dir);
      } catch {
        // A cache that cannot be written costs a derivation next time, nothing else.
      }
    },
  };
}

/** Removes the least recently used entries past MAX_ENTRIES. */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
  if (names.length <= MAX_ENTRIES) return;
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      time: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
    })),
  );
  dated.sort((a, b) => a.time - b.time);
  for (const { name } of dated.slice(0, dated.length - MAX_ENTRIES))
    await unlink(join(dir, name)).catch(() => {});
}
