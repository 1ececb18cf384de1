import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPlaces } from '../../source/io/reading-places.js';
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
