import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCAL_READER, sshReader } from '../../source/io/store.js';
import { openFileStore } from '../../source/io/store-files.js';
import { migratePlaces } from '../../source/io/store-migrate.js';
import { bundleFixture } from '../helpers/bundle-fixture.js';
import { tempDir } from '../helpers/temp-dir.js';

const place = (id: string, anchor = 0) =>
  ({ briefingId: 'talks', anchor, itemKind: 'section', itemId: id }) as const;

function runChild(script: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

describe('the reader-state store', () => {
  test('a record saved comes back; updates merge item by item; keep drops items gone', async () => {
    const store = openFileStore(tempDir('briefing-store'));
    expect((await store.load(LOCAL_READER, '/a.md')).record).toBeUndefined();
    await store.save(LOCAL_READER, '/a.md', {
      place: place('one'),
      seen: { 'section:one': { h: '1', s: ['a'] } },
    });
    await store.save(LOCAL_READER, '/a.md', { seen: { 'section:two': { h: '2', s: [] } }, readAt: 5 });
    const { record } = await store.load(LOCAL_READER, '/a.md');
    expect(record?.place).toEqual(place('one'));
    expect(Object.keys(record?.seen ?? {}).sort()).toEqual(['section:one', 'section:two']);
    expect(record?.readAt).toBe(5);
    await store.save(LOCAL_READER, '/a.md', { keep: ['section:two'], place: null });
    const again = (await store.load(LOCAL_READER, '/a.md')).record;
    expect(Object.keys(again?.seen ?? {})).toEqual(['section:two']);
    expect(again?.place).toBeUndefined();
  });

  test('2 local readers and 50 SSH sessions saving at once, in this process and in 4 others: every state is kept', async () => {
    const dir = tempDir('briefing-store');
    const script = await bundleFixture(join(import.meta.dirname, 'store-writer.ts'));
    const store = openFileStore(dir);
    // Two local readers of two files and of one shared file; 50 SSH readers of one briefing id, half
    // in this process, half in four child processes, all started together.
    const sshKeys = Array.from({ length: 50 }, (_, i) =>
      sshReader({ fingerprint: `SHA256:k${i}`, user: 'x' }),
    );
    const inProcess = sshKeys.slice(0, 26);
    const groups = [0, 1, 2, 3].map((g) => sshKeys.slice(26 + g * 6, 32 + g * 6));
    const children = groups.map((readers) => runChild(script, [dir, 'abu-dhabi-talks', ...readers]));
    const local = [
      store.save(LOCAL_READER, '/a.md', { place: place('a'), seen: { 'section:a': { h: 'a', s: [] } } }),
      store.save(LOCAL_READER, '/b.md', { place: place('b'), seen: { 'section:b': { h: 'b', s: [] } } }),
      store.save(LOCAL_READER, '/both.md', { seen: { 'section:from-a': { h: 'a', s: [] } } }),
      store.save(LOCAL_READER, '/both.md', { seen: { 'section:from-b': { h: 'b', s: [] } } }),
    ];
    const ssh = inProcess.map((reader, i) =>
      store.save(reader, 'abu-dhabi-talks', {
        place: place(reader, i),
        seen: { [`section:${reader}`]: { h: 'a', s: ['x'] } },
      }),
    );
    expect(await Promise.all([...local, ...ssh])).toEqual(Array(local.length + ssh.length).fill(undefined));
    expect(await Promise.all(children)).toEqual(['done', 'done', 'done', 'done']);

    expect((await store.load(LOCAL_READER, '/a.md')).record?.place).toEqual(place('a'));
    expect((await store.load(LOCAL_READER, '/b.md')).record?.place).toEqual(place('b'));
    const both = (await store.load(LOCAL_READER, '/both.md')).record;
    expect(Object.keys(both?.seen ?? {}).sort()).toEqual(['section:from-a', 'section:from-b']);
    for (const reader of sshKeys) {
      const { record, warning } = await store.load(reader, 'abu-dhabi-talks');
      expect(warning).toBeUndefined();
      expect(record?.place?.briefingId, reader).toBe('talks');
      expect(record?.seen[`section:${reader}`], reader).toBeDefined();
    }
    // The children's second updates merged with their first.
    for (const reader of groups.flat()) {
      expect(Object.keys((await store.load(reader, 'abu-dhabi-talks')).record?.seen ?? {}).sort()).toEqual([
        'player:p',
        `section:${reader}`,
      ]);
    }
    // No lock or temporary file left behind.
    const leftovers = readdirSync(join(dir, 'readers'), { recursive: true }).filter((name) =>
      /\.(lock|tmp)$/.test(String(name)),
    );
    expect(leftovers).toEqual([]);
  }, 60_000);

  test('a corrupt record is a one-line warning and a fresh start, and is replaced by the next save', async () => {
    const dir = tempDir('briefing-store');
    const store = openFileStore(dir);
    await store.save(LOCAL_READER, '/a.md', { place: place('a') });
    const readerDir = join(dir, 'readers', readdirSync(join(dir, 'readers'))[0] ?? '');
    const file = join(readerDir, readdirSync(readerDir)[0] ?? '');
    for (const text of ['{"version": 1, "rea', '{"version": 2}', '\u0000\u0001', '[]']) {
      writeFileSync(file, text);
      const loaded = await store.load(LOCAL_READER, '/a.md');
      expect(loaded.record).toBeUndefined();
      expect(loaded.warning).toMatch(/reading state is .*ignored/);
      expect(loaded.warning).not.toContain('\n');
    }
    expect(await store.save(LOCAL_READER, '/a.md', { place: place('b') })).toBeUndefined();
    expect((await store.load(LOCAL_READER, '/a.md')).record?.place).toEqual(place('b'));
  });

  test('an unwritable directory is a warning, not a crash', async () => {
    const dir = tempDir('briefing-store');
    writeFileSync(join(dir, 'readers'), 'a file where the directory should be');
    const warning = await openFileStore(dir).save(LOCAL_READER, '/a.md', { place: place('a') });
    expect(warning).toMatch(/could not save the reading state \(E[A-Z]+\)/);
  });

  test('past the limit, the least recently saved briefings are dropped', async () => {
    const dir = tempDir('briefing-store');
    const store = openFileStore(dir, { maxBriefings: 3 });
    for (const name of ['1', '2', '3', '4', '5']) {
      await store.save(LOCAL_READER, `/${name}.md`, { place: place(name) });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const kept = [];
    for (const name of ['1', '2', '3', '4', '5']) {
      if ((await store.load(LOCAL_READER, `/${name}.md`)).record !== undefined) kept.push(name);
    }
    expect(kept).toHaveLength(3);
    expect(kept).toContain('5');
  });

  test('a stale lock left by a crashed writer is taken over', async () => {
    const dir = tempDir('briefing-store');
    const store = openFileStore(dir, { staleLockMs: 0 });
    await store.save(LOCAL_READER, '/a.md', { place: place('a') });
    const readerDir = join(dir, 'readers', readdirSync(join(dir, 'readers'))[0] ?? '');
    const file = join(readerDir, readdirSync(readerDir)[0] ?? '');
    writeFileSync(`${file}.lock`, '');
    expect(await store.save(LOCAL_READER, '/a.md', { place: place('b') })).toBeUndefined();
  });

  test('places.json of an earlier version is migrated once', async () => {
    const dir = tempDir('briefing-store');
    const placesFile = join(dir, 'places.json');
    mkdirSync(dir, { recursive: true });
    writeFileSync(placesFile, JSON.stringify({ version: 1, places: { '/a.md': place('old', 7) } }));
    const store = openFileStore(dir);
    expect(await migratePlaces(store, placesFile)).toEqual([]);
    expect((await store.load(LOCAL_READER, '/a.md')).record?.place).toEqual(place('old', 7));
    expect(readdirSync(dir)).toContain('places.json.migrated');
    // A second run finds nothing to migrate, and a newer place is never overwritten.
    await store.save(LOCAL_READER, '/a.md', { place: place('new') });
    writeFileSync(placesFile, JSON.stringify({ version: 1, places: { '/a.md': place('old', 7) } }));
    await migratePlaces(store, placesFile);
    expect((await store.load(LOCAL_READER, '/a.md')).record?.place).toEqual(place('new'));
    expect(readFileSync(`${placesFile}.migrated`, 'utf8')).toContain('old');
  });
});
