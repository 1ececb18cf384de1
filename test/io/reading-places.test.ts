import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultPlacesLocation, loadPlaces } from '../../source/io/reading-places.js';
import { tempDir } from '../helpers/temp-dir.js';

const place = { briefingId: 'talks', anchor: 42, itemKind: 'section', itemId: 'deep-divisions' } as const;
const temp = () => tempDir('briefing-places');

describe('reading places', () => {
  test('a missing file is an empty store; a saved place comes back, keyed by the absolute file', async () => {
    const file = join(temp(), 'state', 'places.json');
    const { store, warning } = await loadPlaces(file);
    expect(warning).toBeUndefined();
    expect(store.get('content/talks.md')).toBeUndefined();
    store.set('content/talks.md', place);
    expect(await store.save()).toBeUndefined();
    const again = await loadPlaces(file);
    expect(again.store.get(join(process.cwd(), 'content/talks.md'))).toEqual(place);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
  });

  test.each([
    ['not JSON', '{"version": 1, "places": '],
    ['the wrong shape', '{"version": 1, "places": {"/a.md": {"briefingId": 3}}}'],
    ['another version', '{"version": 9, "places": {}}'],
  ])('a corrupt file (%s) is ignored with a one-line warning naming it', async (_, text) => {
    const file = join(temp(), 'places.json');
    writeFileSync(file, text);
    const { store, warning } = await loadPlaces(file);
    expect(store.get('/a.md')).toBeUndefined();
    expect(warning).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*ignored`));
    expect(warning).not.toContain('\n');
    // And it is replaced by a good one on the next save.
    store.set('/a.md', place);
    expect(await store.save()).toBeUndefined();
    expect((await loadPlaces(file)).warning).toBeUndefined();
  });

  test.skipIf(process.getuid?.() === 0)(
    'an unwritable directory gives a warning, never a throw',
    async () => {
      const dir = temp();
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o500);
      const { store } = await loadPlaces(join(dir, 'locked', 'places.json'));
      store.set('/a.md', place);
      expect(await store.save()).toMatch(/could not save the reading place \(EACCES\)/);
    },
  );

  test('a path that cannot be a directory gives a warning, never a throw (also as root)', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'file'), 'x');
    const { store } = await loadPlaces(join(dir, 'file', 'places.json'));
    store.set('/a.md', place);
    expect(await store.save()).toMatch(/could not save the reading place \((ENOTDIR|EEXIST)\); check/);
  });
});

describe('where reading places are kept', () => {
  const withPlatform = <T>(platform: NodeJS.Platform, run: () => T): T => {
    const original = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: platform, configurable: true });
    try {
      return run();
    } finally {
      if (original) Object.defineProperty(process, 'platform', original);
    }
  };

  test('Linux: the XDG state directory, $XDG_STATE_HOME when set; nothing to migrate', () => {
    const saved = process.env.XDG_STATE_HOME;
    try {
      process.env.XDG_STATE_HOME = '/tmp/some-state';
      expect(withPlatform('linux', defaultPlacesLocation)).toEqual({
        file: join('/tmp/some-state', 'briefing', 'places.json'),
      });
      delete process.env.XDG_STATE_HOME;
      expect(withPlatform('linux', defaultPlacesLocation).file).toBe(
        join(homedir(), '.local', 'state', 'briefing', 'places.json'),
      );
    } finally {
      if (saved === undefined) delete process.env.XDG_STATE_HOME;
      else process.env.XDG_STATE_HOME = saved;
    }
  });

  test('macOS: Application Support, not Logs; the old file in Logs is read once', () => {
    expect(withPlatform('darwin', defaultPlacesLocation)).toEqual({
      file: join(homedir(), 'Library', 'Application Support', 'briefing', 'places.json'),
      legacy: join(homedir(), 'Library', 'Logs', 'briefing', 'places.json'),
    });
  });

  test('Windows: the Data folder, not Log', () => {
    const location = withPlatform('win32', defaultPlacesLocation);
    expect(location.file).toMatch(/briefing[\\/]Data[\\/]places\.json$/);
    expect(location.legacy).toMatch(/briefing[\\/]Log[\\/]places\.json$/);
  });

  test('migration: with no file yet, the places come from the old one and are saved to the new', async () => {
    const dir = temp();
    const legacy = join(dir, 'Logs', 'places.json');
    const file = join(dir, 'Application Support', 'places.json');
    mkdirSync(join(dir, 'Logs'));
    writeFileSync(legacy, JSON.stringify({ version: 1, places: { '/a.md': place } }));
    const { store, warning } = await loadPlaces({ file, legacy });
    expect(warning).toBeUndefined();
    expect(store.get('/a.md')).toEqual(place);
    expect(await store.save()).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8')).places['/a.md']).toEqual(place);

    // Once the new file exists, the old one is no longer read, even when it changes.
    writeFileSync(legacy, JSON.stringify({ version: 1, places: { '/b.md': place } }));
    const again = await loadPlaces({ file, legacy });
    expect(again.store.get('/a.md')).toEqual(place);
    expect(again.store.get('/b.md')).toBeUndefined();
  });

  test('a corrupt old file is ignored with a warning that says where the places go now', async () => {
    const dir = temp();
    const legacy = join(dir, 'old.json');
    const file = join(dir, 'new', 'places.json');
    writeFileSync(legacy, '{"version": 1');
    const { store, warning } = await loadPlaces({ file, legacy });
    expect(store.get('/a.md')).toBeUndefined();
    expect(warning).toBe(
      `${legacy}: reading places are unreadable (not JSON) and were ignored; they will be kept in ${file} from now on`,
    );
  });
});
