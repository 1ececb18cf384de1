import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepGood, reloadOnChange, watchPath } from '../../source/io/live-library.js';
import { loadLibrary } from '../../source/io/load-library.js';
import { tempDir } from '../helpers/temp-dir.js';

const good = (title: string) => `---\ntitle: ${title}\n---\n## One\nText.\n`;

describe('taking a new version of a library', () => {
  test('in a directory, only the broken file keeps its last good version; the problem is check’s first line', async () => {
    const dir = tempDir('briefing-live');
    writeFileSync(join(dir, 'a.md'), good('A'));
    writeFileSync(join(dir, 'b.md'), good('B'));
    const first = await loadLibrary(dir);
    writeFileSync(join(dir, 'a.md'), good('A two'));
    writeFileSync(join(dir, 'b.md'), '---\ntitle: [broken\n---\n');
    writeFileSync(join(dir, 'c.md'), good('C'));
    const { briefings, problem } = keepGood(first.briefings, await loadLibrary(dir));
    expect(briefings.map((b) => b.meta.title)).toEqual(['A two', 'B', 'C']);
    expect(problem).toMatch(/b\.md:3:1: YAML error/);
  });

  test('a file that cannot be read at all keeps everything; a good one replaces everything', async () => {
    const dir = tempDir('briefing-live');
    const file = join(dir, 'a.md');
    writeFileSync(file, good('A'));
    const first = await loadLibrary(file);
    writeFileSync(file, '');
    const kept = keepGood(first.briefings, await loadLibrary(file));
    expect(kept.briefings).toBe(first.briefings);
    expect(kept.problem).toContain('a.md');
    writeFileSync(file, good('A two'));
    const next = keepGood(first.briefings, await loadLibrary(file));
    expect(next.problem).toBeUndefined();
    expect(next.briefings.map((b) => b.meta.title)).toEqual(['A two']);
  });

  test('a burst of saves is one change, after the quiet time', async () => {
    const dir = tempDir('briefing-live');
    const file = join(dir, 'a.md');
    writeFileSync(file, good('A'));
    let changes = 0;
    let resolveChange: () => void = () => {};
    const changed = new Promise<void>((resolve) => {
      resolveChange = resolve;
    });
    const stop = await watchPath(
      file,
      () => {
        changes++;
        resolveChange();
      },
      () => {},
      { debounceMs: 200 },
    );
    try {
      for (let i = 0; i < 20; i++) writeFileSync(file, good(`A ${i}`));
      // Another file in the folder is not a change of this one.
      writeFileSync(join(dir, 'other.md'), good('O'));
      const lastSave = performance.now();
      await changed;
      expect(changes).toBe(1);
      // The change came after the quiet time, not with the first save (1 ms of timer slack).
      expect(performance.now() - lastSave).toBeGreaterThanOrEqual(199);
    } finally {
      stop();
    }
  });

  test('loads run one at a time; a change during a load loads once more after it', async () => {
    const delivered: number[] = [];
    let loads = 0;
    let release: () => void = () => {};
    const onChange = reloadOnChange(
      () =>
        new Promise<number>((resolve) => {
          loads++;
          release = () => resolve(loads);
        }),
      (n) => delivered.push(n),
    );
    onChange();
    onChange();
    onChange();
    expect(loads).toBe(1);
    release();
    await new Promise((r) => setImmediate(r));
    expect(loads).toBe(2);
    release();
    await new Promise((r) => setImmediate(r));
    expect(delivered).toEqual([1, 2]);
  });
});
