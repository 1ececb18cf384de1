/**
 * The built program's parsed-briefing cache (source/io/parse-cache.ts): written on a first run in the
 * user's cache directory, used on the next, and a damaged one changes nothing but the time taken.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { runCli } from './run-cli.js';

const bundled = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');

function withCache() {
  const cache = tempDir('briefing-cache-home');
  return {
    cache,
    run: (args: string[]) => runCli(args, { XDG_CACHE_HOME: cache, BRIEFING_DEBUG: undefined }),
  };
}

describe('caches between runs', () => {
  test('the first run fills the cache, the second gives the same output from it', () => {
    const { cache, run } = withCache();
    const first = run([bundled, '--json']);
    expect(first.status).toBe(0);
    expect(readdirSync(join(cache, 'briefing', 'briefings'))).toHaveLength(1);
    const second = run([bundled, '--json']);
    expect(second).toEqual(first);
    expect(run([bundled, '--print', '-w', '70'])).toEqual(run([bundled, '--print', '-w', '70']));
  });

  test('a damaged entry is ignored and written again', () => {
    const { cache, run } = withCache();
    const first = run([bundled, '--json']);
    const dir = join(cache, 'briefing', 'briefings');
    const [name] = readdirSync(dir);
    if (name === undefined) throw new Error('no parsed briefing written');
    const good = readFileSync(join(dir, name));
    writeFileSync(join(dir, name), Buffer.from(good).fill(0x5a, 60, 400), { mode: 0o600 });
    expect(run([bundled, '--json'])).toEqual(first);
    expect(readFileSync(join(dir, name)).equals(good)).toBe(true);
  });

  test('a cache directory that cannot be written is no error', () => {
    const file = join(tempDir('briefing-cache-file'), 'not-a-directory');
    writeFileSync(file, '');
    const result = runCli([bundled, '--json'], { XDG_CACHE_HOME: file });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).id).toBe('abu-dhabi-talks');
  });
});
