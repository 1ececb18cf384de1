import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as z from 'zod';
import type { Place } from '../domain/types.js';
import { placeSchema } from './reading-places.js';
import type { LoadedRecord, ReaderRecord, ReaderStore, RecordUpdate, SeenItem } from './store.js';

/**
 * The reader-state store as files: `<dir>/readers/<reader>/<briefing>.json`, one small file per reader
 * and briefing (both names hashed, the keys kept inside). Each save takes the file's lock (an
 * exclusive create), reads what is there, merges its update and renames a new file over it, so
 * concurrent writers, in this process or others, never lose each other's state, and a crash midway
 * leaves the previous file whole. Why files and not SQLite: docs/read-state.md.
 */

const seenSchema = z.object({ h: z.string().max(64), s: z.array(z.string().max(64)).max(10_000).optional() });
const recordSchema = z.object({
  version: z.literal(1),
  reader: z.string(),
  briefing: z.string(),
  savedAt: z.number(),
  readAt: z.number().optional(),
  place: placeSchema.optional(),
  seen: z.record(z.string(), seenSchema),
});

/** Settings of {@link openFileStore}. */
export interface FileStoreOptions {
  /** Records kept per reader; the least recently saved are dropped past it. */
  readonly maxBriefings?: number;
  /** A lock older than this is taken to be left by a crashed writer. */
  readonly staleLockMs?: number;
}

const DEFAULT_MAX_BRIEFINGS = 200;

/** A short, file-name-safe name for a key. */
function nameOf(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'error');
}

/** The store kept in `dir`. Nothing is created until the first save. */
export function openFileStore(dir: string, options: FileStoreOptions = {}): ReaderStore {
  const maxBriefings = options.maxBriefings ?? DEFAULT_MAX_BRIEFINGS;
  const staleLockMs = options.staleLockMs ?? 10_000;
  const fileOf = (reader: string, briefing: string) =>
    join(dir, 'readers', nameOf(reader), `${nameOf(briefing)}.json`);
  // One save at a time per file in this process; the lock file orders them across processes.
  const queues = new Map<string, Promise<unknown>>();

  async function read(file: string, reader: string, briefing: string): Promise<LoadedRecord> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { record: undefined };
      return {
        record: undefined,
        warning: `${file}: reading state is unreadable (${codeOf(error)}) and was ignored`,
      };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return {
        record: undefined,
        warning: `${file}: reading state is not JSON and was ignored; it will be rewritten`,
      };
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success || parsed.data.reader !== reader || parsed.data.briefing !== briefing) {
      return {
        record: undefined,
        warning: `${file}: reading state is unreadable and was ignored; it will be rewritten`,
      };
    }
    const { place, seen, readAt } = parsed.data;
    const record: ReaderRecord = {
      seen: seen as Record<string, SeenItem>,
      ...(place === undefined ? {} : { place: place as Place }),
      ...(readAt === undefined ? {} : { readAt }),
    };
    return { record };
  }

  async function lock(file: string): Promise<() => Promise<void>> {
    const path = `${file}.lock`;
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(path, 'wx', 0o600);
        await handle.close();
        return () => unlink(path).catch(() => undefined);
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw error;
        const age = await stat(path).then(
          (info) => Date.now() - info.mtimeMs,
          () => 0,
        );
        if (age > staleLockMs) await unlink(path).catch(() => undefined);
        else await sleep(Math.min(50, 2 + attempt));
      }
    }
  }

  async function prune(readerDir: string): Promise<void> {
    const names = (await readdir(readerDir)).filter((name) => name.endsWith('.json'));
    if (names.length <= maxBriefings) return;
    const dated = await Promise.all(
      names.map(async (name) => ({
        name,
        time: await stat(join(readerDir, name)).then(
          (info) => info.mtimeMs,
          () => 0,
        ),
      })),
    );
    dated.sort((a, b) => a.time - b.time);
    for (const { name } of dated.slice(0, dated.length - maxBriefings)) {
      await rm(join(readerDir, name), { force: true });
    }
  }

  async function write(reader: string, briefing: string, update: RecordUpdate): Promise<string | undefined> {
    const file = fileOf(reader, briefing);
    const readerDir = join(dir, 'readers', nameOf(reader));
    try {
      await mkdir(readerDir, { recursive: true, mode: 0o700 });
      const unlock = await lock(file);
      try {
        const { record } = await read(file, reader, briefing);
        const keep = update.keep === undefined ? undefined : new Set(update.keep);
        const seen: Record<string, SeenItem> = {};
        for (const [key, value] of Object.entries({ ...record?.seen, ...update.seen })) {
          if (keep === undefined || keep.has(key)) seen[key] = value;
        }
        const place = update.place === null ? undefined : (update.place ?? record?.place);
        const readAt = update.readAt ?? record?.readAt;
        const out = { version: 1, reader, briefing, savedAt: Date.now(), readAt, place, seen };
        const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        await writeFile(temp, `${JSON.stringify(out)}\n`, { mode: 0o600 });
        await rename(temp, file);
      } finally {
        await unlock();
      }
      await prune(readerDir);
      return undefined;
    } catch (error) {
      return `${file}: could not save the reading state (${codeOf(error)}); check that the directory is writable`;
    }
  }

  return {
    dir,
    load: (reader, briefing) => read(fileOf(reader, briefing), reader, briefing),
    save(reader, briefing, update) {
      const file = fileOf(reader, briefing);
      const before = queues.get(file) ?? Promise.resolve();
      const done = before.then(() => write(reader, briefing, update));
      queues.set(file, done);
      void done.finally(() => {
        if (queues.get(file) === done) queues.delete(file);
      });
      return done;
    },
  };
}
