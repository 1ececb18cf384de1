import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { containsUnsafe } from '../domain/sanitize.js';
import type { Briefing, Problem } from '../domain/types.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';

/**
 * Parsed and validated briefings, kept between runs so that opening a briefing again skips its YAML
 * and its schema (the largest part of the start on a big briefing: docs/performance.md). An entry is
 * keyed by the SHA-256 of the program's build, the path and id as given, and the file's text: any
 * change to the file or the program misses. Only briefings without problems are kept.
 *
 * What is read back is checked before it is used: the file as every cache file (./cache-file.ts:
 * ours, not writable by others, digest intact), then its shape, and no string in it may hold a
 * character the sanitiser removes, so a cache can never put an escape sequence on a terminal. Any
 * failure is a miss. At most {@link MAX_ENTRIES} entries are kept, the least recently used go first.
 */
export interface ParseCache {
  get(key: string): { briefing: Briefing; warnings: readonly Problem[] } | undefined;
  put(key: string, value: { briefing: Briefing; warnings: readonly Problem[] }): void;
  /** The key of a file's text, as loaded from `file` with the id `id`. */
  keyOf(file: string, id: string, text: string): string;
}

export const MAX_ENTRIES = 32;

const safe = z.string().refine((s) => !containsUnsafe(s));
const strings = z.array(safe);
const maybe = safe.optional();
const provenance = {
  derived: z.literal(true).optional(),
  source: z.object({ section: safe, text: safe }).optional(),
};

const briefingShape = z.object({
  id: safe,
  file: safe,
  meta: z.object({
    title: safe,
    dateline: safe,
    date: maybe,
    importance: z.enum(['top', 'high', 'normal']),
    summary: safe,
    sources: strings,
  }),
  sections: z.array(
    z.object({
      id: safe,
      title: safe,
      depth: z.number().int(),
      markdown: safe,
      line: z.number().int(),
      parent: maybe,
      anchor: maybe,
    }),
  ),
  players: z.array(
    z.object({
      id: safe,
      name: safe,
      aliases: strings,
      role: safe,
      side: safe,
      description: safe,
      kind: z.enum(['person', 'organisation', 'country', 'group']).optional(),
      ...provenance,
    }),
  ),
  issues: z.array(
    z.object({
      id: safe,
      title: safe,
      status: z.enum(['open', 'stalled', 'resolved']),
      summary: safe,
      positions: z.array(z.object({ party: safe, position: safe })),
      sections: strings,
      players: strings,
      ...provenance,
    }),
  ),
  timeline: z.array(z.object({ when: safe, date: maybe, what: safe, section: maybe, ...provenance })),
  figures: z.array(z.object({ value: safe, label: safe, context: safe, section: maybe, ...provenance })),
  quotes: z
    .array(z.object({ text: safe, speaker: safe, player: maybe, section: maybe, ...provenance }))
    .optional(),
});

const problemShape = z.object({
  file: safe,
  line: z.number().int(),
  column: z.number().int(),
  message: safe,
  hint: safe,
  more: z.number().int().optional(),
});

const entryShape = z.object({ key: z.string(), briefing: briefingShape, warnings: z.array(problemShape) });

/** The cache in `dir`, for the program build `build` (its content hash). */
export function createParseCache(dir: string, build: string): ParseCache {
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    keyOf(file, id, text) {
      return createHash('sha256')
        .update(`${build}\0${file}\0${id}\0`)
        .update(text)
        .digest('hex')
        .slice(0, 40);
    },
    get(key) {
      const bytes = readCacheFile(pathOf(key));
      if (bytes === undefined) return undefined;
      let entry: z.infer<typeof entryShape>;
      try {
        const parsed = entryShape.safeParse(JSON.parse(bytes.toString('utf8')));
        if (!parsed.success || parsed.data.key !== key) return undefined;
        entry = parsed.data;
      } catch {
        return undefined;
      }
      touch(pathOf(key));
      return { briefing: withUndefined(entry.briefing), warnings: entry.warnings };
    },
    put(key, value) {
      const json = JSON.stringify({ key, briefing: value.briefing, warnings: value.warnings });
      if (writeCacheFile(pathOf(key), Buffer.from(json, 'utf8'))) evict(dir, MAX_ENTRIES);
    },
  };
}

/**
 * Fields typed `T | undefined` (not optional) that JSON leaves out, back in place, so the model reads
 * as the parser made it. Optional fields (provenance, a section's parent) stay absent when absent.
 */
function withUndefined(b: z.infer<typeof briefingShape>): Briefing {
  const { quotes, ...rest } = b;
  return {
    ...rest,
    meta: { ...inOrder(b.meta, ['title', 'dateline', 'date']), date: b.meta.date },
    timeline: b.timeline.map((t) => ({ ...inOrder(t, ['when', 'date']), date: t.date, section: t.section })),
    figures: b.figures.map((f) => ({ ...f, section: f.section })),
    ...(quotes === undefined
      ? {}
      : {
          quotes: quotes.map((q) => ({
            ...inOrder(q, ['text', 'speaker', 'player']),
            player: q.player,
            section: q.section,
          })),
        }),
  };
}

/** `value` with the keys `first` leading, in that order (those JSON left out, as undefined). */
function inOrder<T extends object>(value: T, first: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of first) out[key] = (value as Record<string, unknown>)[key];
  return Object.assign(out, value) as T;
}

/** Marks an entry as used now, for {@link evict}. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Only the eviction order suffers.
  }
}

/** Keeps the `keep` most recently used entries. */
function evict(dir: string, keep: number): void {
  try {
    const entries = readdirSync(dir)
      .filter((name) => /^[0-9a-f]{40}\.json$/.test(name))
      .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of entries.slice(keep)) rmSync(join(dir, old.name), { force: true });
  } catch {
    // Left for the next write.
  }
}
