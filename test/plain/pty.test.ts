import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keys, runInPty } from '../helpers/pty.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');

describe('--plain in a real terminal', () => {
  test('reads by typed lines, appending text, never on the alternate screen', async () => {
    const run = runInPty([abuDhabi, '--plain'], { cols: 80, rows: 24 });
    await run.waitForText('Press Enter to read the first section');
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.screen()).toContain('Panels: 1 Sections (7), 2 Players (14)');

    run.write('2\r');
    await run.waitForText('Type a number to read one');
    // The terminal echoed the command itself: it is in its normal line mode, not raw mode.
    expect(run.screen()).toMatch(/^> 2$/m);
    expect(run.screen()).toContain('1. Rustem Umerov: Ukraine’s national security chief');

    run.write('1\r');
    await run.waitForText('End of player 1 of 14.');
    expect(run.screen()).toContain('Player 1 of 14: Rustem Umerov');

    run.write('l\r');
    await run.waitForText('Type a number to follow a link.');
    run.write('1\r');
    await run.waitForText('End of section 3 of 7.');
    expect(run.screen()).toContain('Mention of Rustem Umerov: Ukraine’s delegation is led by Rustem Umerov.');
    expect(run.screen()).toContain('Section 3 of 7: Key Players Convene in UAE');

    run.write('/Zaporizhzhia\r');
    await run.waitForText('3 hits for "Zaporizhzhia" in 2 items:');
    expect(run.screen()).toContain('2. Issue, The Zaporizhzhia nuclear plant (2 hits)');
    expect(run.isAlternateScreen()).toBe(false);

    // Each item once: the 1 February entry says "truce" twice, and is listed once.
    run.write('/truce\r');
    await run.waitForText('12 hits for "truce" in 5 items:');
    await run.waitForText('5. Timeline entry, 1 February (2 hits)');
    expect(run.screen().match(/Timeline entry, 1 February/g)).toHaveLength(1);

    run.write('q\r');
    expect(await run.exited()).toEqual({ exitCode: 0 });
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.raw()).not.toContain('\u001b[?1049h');
    // No escape sequence at all: no colour, no cursor movement, no redraw.
    expect(run.raw()).not.toContain('\u001b');
  });

  test('Ctrl-D on an empty line quits', async () => {
    const run = runInPty([abuDhabi, '--plain'], { cols: 80, rows: 24 });
    await run.waitForText('Press Enter to read the first section');
    run.write(keys.enter);
    await run.waitForText('End of section 1 of 7.');
    run.write(keys.ctrlD);
    expect(await run.exited()).toEqual({ exitCode: 0 });
  });

  test('Ctrl-C quits', async () => {
    const run = runInPty([abuDhabi, '--plain'], { cols: 80, rows: 24 });
    await run.waitForText('Press Enter to read the first section');
    run.write(keys.ctrlC);
    expect(await run.exited()).toEqual({ exitCode: 0 });
  });
});
