import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCAL_READER } from '../../source/io/store.js';
import { openFileStore } from '../../source/io/store-files.js';
import { keys, runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';

const content = join(import.meta.dirname, '../../content');
const abuDhabi = join(content, 'abu-dhabi-talks.md');

/** The footer is the last row: the position and the key hints of the focused pane. */
const footer = (screen: string) => screen.split('\n').at(-1) ?? '';

describe('the reader in a real terminal', () => {
  test('players, a mention followed into its section, search, resize, quit, resume', async () => {
    const run = runInPty([abuDhabi], { cols: 120, rows: 40 });
    await run.waitFor((s) => footer(s).startsWith('Overview'), 'the overview');
    expect(run.isAlternateScreen()).toBe(true);
    expect(run.cursorVisible()).toBe(false);
    expect(run.line(0)).toContain('Talks in Abu Dhabi');
    expect(run.screen()).toContain('Who is who');

    run.write('2');
    await run.waitFor((s) => footer(s).includes('Players 1/14'), 'the players panel');
    expect(run.screen()).toMatch(/Rustem Umerov +Ukraine/);

    run.write(keys.enter);
    await run.waitFor((s) => footer(s).includes('Player 1/14'), 'Rustem Umerov open');
    expect(run.screen()).toContain('Mentioned in');
    expect(run.screen()).toContain('Key Players Convene in UAE: Ukraine’s delegation is led by Rustem');

    // The first link in view is the first mention: highlight it and follow it.
    run.write('.');
    run.write(keys.enter);
    await run.waitFor((s) => footer(s).includes('Section 3/7'), 'the mention’s section open');
    expect(run.screen()).toContain('Section · Key Players Convene in UAE');
    expect(run.screen()).toContain('Ukraine’s delegation is led by Rustem Umerov.');

    run.write('/Zaporizhzhia\r');
    await run.waitFor((s) => /hit 1\/\d+/.test(footer(s)), 'a search hit');
    await run.waitFor((s) => s.includes('The fate of the Zaporizhzhia nuclear'), 'the hit in view');
    expect(footer(run.screen())).toContain('Section 4/7');

    // Resize and keep the place: the same item, the same line of text at the top of the reader.
    expect(run.line(3)).toMatch(/ {2}The core dispute centers on territory\./);
    run.resize(80, 24);
    await run.waitFor(
      (s) =>
        s.split('\n')[2]?.startsWith('Section · Deep Divisions Remain') === true && footer(s).includes('4/7'),
      'the one-pane layout',
    );
    expect(footer(run.screen())).toContain('Section 4/7');
    expect(run.line(2)).toContain('Section · Deep Divisions Remain');
    expect(run.line(3)).toMatch(/^The core dispute centers on territory\./);
    expect(run.screen()).toContain('Zaporizhzhia');

    run.write('q');
    const { exitCode } = await run.exited();
    expect(exitCode).toBe(0);
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.cursorVisible()).toBe(true);

    // The place was saved: the next run opens there.
    const store = openFileStore(join(run.home, '.local/state/briefing'));
    const { record } = await store.load(LOCAL_READER, abuDhabi);
    expect([record?.place]).toEqual([
      expect.objectContaining({
        briefingId: 'abu-dhabi-talks',
        itemKind: 'section',
        itemId: 'deep-divisions-remain',
      }),
    ]);
    const again = runInPty([abuDhabi], { cols: 80, rows: 24, home: run.home });
    await again.waitFor((s) => footer(s).includes('Section 4/7'), 'resumed at the same section');
    again.write('q');
    expect((await again.exited()).exitCode).toBe(0);

    const fresh = runInPty([abuDhabi, '--no-resume'], { cols: 80, rows: 24, home: run.home });
    await fresh.waitFor((s) => footer(s).startsWith('Overview'), '--no-resume starts at the top');
    fresh.write(keys.ctrlC);
    expect((await fresh.exited()).exitCode).toBe(0);
  });

  test('a directory of briefings opens the picker; Enter reads one, Esc returns', async () => {
    const dir = tempDir('briefing-library');
    writeFileSync(join(dir, 'abu-dhabi-talks.md'), readFileSync(abuDhabi));
    writeFileSync(
      join(dir, 'lighthouse.md'),
      '---\ntitle: Lighthouse Dispute\ndateline: Port Veyra\ndate: 2031-03-10\n---\n## The Claims\nBoth claim it.\n',
    );
    const run = runInPty([dir], { cols: 100, rows: 30 });
    await run.waitForText('Briefings (2)');
    // The picker's row: title, date, file, sections; the dateline under it.
    expect(run.screen()).toMatch(/Lighthouse Dispute\s+2031-03-10\s+lighthouse\.md\s+1 section\s+Port Veyra/);
    run.write(keys.down);
    await run.waitFor((s) => footer(s).includes('Briefing 2/2'), 'the second briefing selected');
    run.write(keys.enter);
    // The picker shows the opening line too: the reader is open when its list is.
    await run.waitFor(
      (s) => s.includes('Both claim it.') && footer(s).startsWith('Sections 1/1'),
      'the lighthouse briefing open',
    );
    run.write(keys.escape);
    await run.waitForText('Briefings (2)');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('a corrupt reading-places file of an earlier version: the reader starts at the top, says so after exit, and sets it aside', async () => {
    const probe = runInPty(['--version']);
    await probe.exited();
    const state = join(probe.home, '.local/state/briefing');
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, 'places.json'), '{"version": 1, "places": ');
    const run = runInPty([abuDhabi], { cols: 80, rows: 24, home: probe.home });
    await run.waitFor((s) => footer(s).startsWith('Overview'), 'the overview');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
    expect(run.screen().replace(/\n/g, '')).toMatch(
      /briefing: warning: .*places\.json: reading places are unreadable .* ignored/,
    );
    expect(existsSync(join(state, 'places.json'))).toBe(false);
    expect(readFileSync(join(state, 'places.json.migrated'), 'utf8')).toBe('{"version": 1, "places": ');
  });

  test('SIGTERM and SIGHUP leave the terminal restored', async () => {
    for (const signal of ['SIGTERM', 'SIGHUP']) {
      const run = runInPty([abuDhabi], { cols: 80, rows: 24 });
      await run.waitFor((s) => footer(s).startsWith('Overview'), 'the overview');
      run.kill(signal);
      await run.exited();
      expect(run.isAlternateScreen()).toBe(false);
      expect(run.cursorVisible()).toBe(true);
    }
  });

  test('a resize back to the size last drawn repaints the whole screen', async () => {
    const run = runInPty([abuDhabi], { cols: 100, rows: 30 });
    await run.waitFor((s) => footer(s).startsWith('Overview'), 'the overview');
    const before = run.screen();
    // Both resizes land before the reader handles the first, so it reads 100x30 both times: its
    // size did not change, but the terminal cut its rows on the way down and shows them blank.
    run.resize(60, 20);
    run.resize(100, 30);
    expect(footer(run.screen())).toBe('');
    await run.waitFor((s) => s === before, 'the whole frame again');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('a terminal of 20x5 shows one message, and grows into the reader', async () => {
    const run = runInPty([abuDhabi], { cols: 20, rows: 5 });
    await run.waitFor(
      (s) => s.replace(/\s+/g, ' ').includes('terminal too small (40x12 needed)'),
      'the message',
    );
    run.resize(80, 24);
    await run.waitFor((s) => footer(s).startsWith('Overview'), 'the overview');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});
