/**
 * Live updates and read state in a real terminal: the file is edited under an open reader, which
 * takes the new version where it is, marks the changed sentence and says so in one line; a broken
 * save is not taken; the next run shows what changed since.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keys, runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';

const original = readFileSync(join(import.meta.dirname, '../../content/abu-dhabi-talks.md'), 'utf8');
const footer = (screen: string) => screen.split('\n').at(-1) ?? '';

describe('live updates', () => {
  test('an edit reaches the open reader: banner, place kept, changed sentence marked; a broken save is not taken; the next run shows the changes', async () => {
    const dir = tempDir('briefing-live');
    const file = join(dir, 'talks.md');
    writeFileSync(file, original);
    const run = runInPty([file], { cols: 120, rows: 40 });
    await run.waitFor((s) => footer(s).startsWith('Overview'), 'the overview');
    run.write('1');
    run.write(keys.down);
    run.write(keys.enter);
    await run.waitFor((s) => footer(s).startsWith('Section 2/7'), 'the second section');
    expect(run.styleOf('Temperatures plummeted')?.coloured).toBe(false);

    // An editor's save: the file truncated, then written (one update for the burst).
    writeFileSync(file, '');
    writeFileSync(
      file,
      original.replace(
        'Temperatures plummeted well below freezing.',
        'Temperatures fell to minus twenty overnight.',
      ),
    );
    await run.waitFor(
      (s) => footer(s).includes('Briefing updated: 1 section updated · c to see'),
      'the banner of the update',
    );
    expect(footer(run.screen())).toMatch(/^Section 2\/7/);
    expect(run.screen()).toContain('Temperatures fell to minus twenty overnight.');
    expect(run.styleOf('Temperatures fell')?.coloured).toBe(true);
    expect(run.styleOf('Thousands lost power')?.coloured).toBe(false);

    // A broken save: the last good version stays, and the banner names the problem.
    writeFileSync(file, '---\ntitle: [broken\n---\n## A\ntext\n');
    await run.waitFor((s) => footer(s).includes('Briefing not updated:'), 'the problem of the broken save');
    expect(run.screen().replace(/\n/g, '')).toMatch(/talks\.md:3:1: YAML error/);
    expect(run.screen()).toContain('Temperatures fell to minus twenty overnight.');
    // The problem takes the footer's whole row until the next key; the place is kept under it.
    expect(run.screen()).toContain('Section · Escalating Strikes Shadow Diplomacy');
    run.write('k');
    await run.waitFor((s) => footer(s).startsWith('Section 2/7'), 'the place, in the footer again');

    // Read on to the fourth section (its sentences are kept), then quit.
    run.write(']]');
    await run.waitFor((s) => footer(s).startsWith('Section 4/7'), 'the fourth section');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);

    // Edited while the reader was closed: the section it reopens on, and one read before.
    writeFileSync(
      file,
      original
        .replace(
          'Temperatures plummeted well below freezing.',
          'Temperatures fell to minus twenty overnight.',
        )
        .replace('Thousands lost power and heat.', 'Half a million lost power and heat.')
        .replace('territory. Russia demands Ukraine', 'territory. Moscow insists Ukraine'),
    );
    const again = runInPty([file], { cols: 120, rows: 40, home: run.home });
    await again.waitFor((s) => footer(s).startsWith('Section 4/7'), 'resumed at the section');
    await again.waitFor((s) => footer(s).includes('1 new sentence marked · n/N to go to them'), 'the count');
    expect(again.styleOf('Moscow insists')?.coloured).toBe(true);
    expect(again.styleOf('It wants international')?.coloured).toBe(false);
    again.write('0');
    await again.waitForText('1 section updated since you last read (just now) · c to see');
    again.write('1');
    await again.waitFor((s) => /Escalating Strikes Shadow Diplomacy +updated/.test(s), 'the list mark');
    expect(again.screen()).not.toMatch(/Deep Divisions Remain +updated/);
    again.write('c');
    await again.waitFor(
      (s) => s.includes('Escalating Strikes Shadow Diplomacy (updated)'),
      'the Changes view',
    );
    again.write('.');
    again.write(keys.enter);
    await again.waitFor((s) => footer(s).startsWith('Section 2/7'), 'the changed section');
    expect(again.styleOf('Half a million')?.coloured).toBe(true);
    expect(again.styleOf('Temperatures fell')?.coloured).toBe(false);
    expect(again.screen()).not.toMatch(/Escalating Strikes Shadow Diplomacy +updated/);
    again.write('q');
    expect((await again.exited()).exitCode).toBe(0);
  }, 60_000);
});
