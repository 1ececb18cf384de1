import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../source/io/load-library.js';
import { LOCAL_READER } from '../../source/io/store.js';
import { openFileStore } from '../../source/io/store-files.js';
import { createLibraryContext } from '../../source/state/library.js';
import { allItems, readKey, seenItemOf } from '../../source/state/read-hashes.js';
import { tempDir } from '../helpers/temp-dir.js';
import { runCli } from './run-cli.js';

const original = readFileSync(join(import.meta.dirname, '../../content/abu-dhabi-talks.md'), 'utf8');

describe('briefing changes, --print --since-last', () => {
  test('what changed since the last reading, with the new sentences; reading it changes nothing', async () => {
    const dir = tempDir('briefing-changes');
    const file = join(dir, 'talks.md');
    writeFileSync(file, original);
    const env = { XDG_STATE_HOME: join(dir, 'state') };
    expect(runCli(['changes', file], env).stdout).toBe(
      'Talks in Abu Dhabi: not read before; every item is new to you.\n',
    );
    // As the reader leaves it after reading every item: their hashes with their sentences', two days ago.
    const entry = createLibraryContext((await loadLibrary(file)).briefings).library[0];
    if (entry === undefined) throw new Error('no briefing');
    const store = openFileStore(join(dir, 'state', 'briefing'));
    const seen = Object.fromEntries(allItems(entry).map((item) => [readKey(item), seenItemOf(entry, item)]));
    const readAt = Date.now() - 2 * 24 * 60 * 60 * 1000;
    await store.save(LOCAL_READER, resolve(file), { seen, keep: Object.keys(seen), readAt });
    expect(runCli(['changes', file], env).stdout).toBe(
      'Talks in Abu Dhabi: nothing changed since you last read (2 days ago).\n',
    );

    writeFileSync(
      file,
      original.replace(
        'Negotiations are complex. Progress is slow.',
        'Negotiations are complex. Progress is glacial.',
      ),
    );
    const expected = [
      'Talks in Abu Dhabi: 1 section updated since you last read (2 days ago)',
      '',
      'Sections',
      '  Deep Divisions Remain (updated)',
      '    + Progress is glacial.',
      '',
    ].join('\n');
    const result = runCli(['changes', file], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected);
    expect(runCli([file, '--print', '--since-last'], env).stdout).toBe(expected);
    // Printing is not reading: the same again.
    expect(runCli(['changes', file], env).stdout).toBe(expected);
    expect(runCli(['changes', join(dir, 'missing.md')], env).status).toBe(3);
  });
});
