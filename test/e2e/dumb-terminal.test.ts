import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInPty } from '../helpers/pty.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
const bin = join(import.meta.dirname, '../../bin/briefing.js');

/** Cursor addressing, the alternate screen, or hiding the cursor: what a dumb terminal cannot do. */
const CURSOR = /\u001b\[(?:\d*(?:;\d*)?[HfABCDJ]|\?(?:1049|25)[hl])/;

describe('a terminal that cannot address the cursor gets lines, as less does', () => {
  // node-pty sets TERM from its `name`, so the environment is set by env(1) in front of the program.
  test.each([
    [
      'TERM=dumb',
      ['TERM=dumb'],
      'briefing: TERM=dumb cannot move the cursor; reading line by line (--plain)',
    ],
    [
      'TERM unset',
      ['-u', 'TERM'],
      'briefing: TERM is unset: cannot move the cursor; reading line by line (--plain)',
    ],
  ])('%s: the plain reader, and one line on stderr that says so', async (_name, envArgs, notice) => {
    const run = runInPty([...envArgs, process.execPath, bin, abuDhabi], {
      command: '/usr/bin/env',
      cols: 100,
      rows: 24,
    });
    await run.waitForText('Press Enter to read the first section');
    expect(
      run
        .screen()
        .split('\n')
        .filter((line) => line === notice),
    ).toHaveLength(1);
    expect(run.raw()).not.toMatch(CURSOR);
    run.write('2\r');
    await run.waitForText('1. Rustem Umerov');
    run.write('q\r');
    expect((await run.exited()).exitCode).toBe(0);
    expect(run.raw().split(notice)).toHaveLength(2);
    expect(run.raw()).not.toMatch(CURSOR);
    expect(run.isAlternateScreen()).toBe(false);
  });

  test('an ordinary TERM still opens the full-screen reader', async () => {
    const run = runInPty([abuDhabi], { cols: 100, rows: 24 });
    await run.waitForText('Sections 1/7');
    expect(run.isAlternateScreen()).toBe(true);
    expect(run.raw()).not.toContain('reading line by line');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});
