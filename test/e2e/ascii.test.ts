import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UNICODE_MARKDOWN } from '../cli/unicode-fixture.js';
import { keys, type PtyRun, runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
const footer = (screen: string) => screen.split('\n').at(-1) ?? '';

/** Every character of `raw` at 0x80 or above, with the text around it. */
function nonAscii(raw: string): string[] {
  const found: string[] = [];
  for (const match of raw.matchAll(/[^\p{ASCII}]/gu)) {
    const at = match.index ?? 0;
    found.push(JSON.stringify(raw.slice(Math.max(0, at - 20), at + 20)));
    if (found.length >= 10) break;
  }
  return found;
}

function library(): string {
  const dir = tempDir('briefing-ascii');
  writeFileSync(join(dir, 'über.md'), UNICODE_MARKDOWN);
  copyFileSync(abuDhabi, join(dir, 'abu-dhabi-talks.md'));
  return dir;
}

/** Walks the picker, a section, a player, the help, a search and a resize, then quits. */
async function walk(run: PtyRun): Promise<void> {
  await run.waitForText('Briefings (2)');
  run.write('j');
  run.write(keys.enter);
  await run.waitFor((s) => footer(s).includes('Sections 1/2'), 'the Unicode briefing open');
  expect(run.line(0)).toContain('Uber "quotes" - dashes... and Kiiv');
  run.write(keys.enter);
  await run.waitForText('an ellipsis...');
  run.write('2');
  await run.waitFor((s) => footer(s).includes('Players 1/1'), 'the players panel');
  run.write(keys.enter);
  await run.waitForText("Volodimir Zelens'kiy spoke.");
  run.write('?');
  await run.waitFor((s) => /\bj down\b/.test(s), 'the help, arrows named in words');
  run.write(keys.escape);
  await run.waitFor((s) => !/\bj down\b/.test(s), 'the help closed');
  run.write('/Kiiv\r');
  await run.waitFor((s) => /hit 1\/\d+/.test(footer(s)), 'a search hit');
  run.resize(60, 20);
  await run.waitFor((s) => s.split('\n').length === 20 && /hit 1\/\d+/.test(footer(s)), 'the smaller layout');
  run.write(keys.backspace);
  run.write('1');
  await run.waitFor((s) => footer(s).includes('Sections'), 'the sections panel');
  run.write('q');
  expect((await run.exited()).exitCode).toBe(0);
}

describe('ASCII in a real terminal: every byte the reader writes is below 0x80', () => {
  test('--ascii', async () => {
    const run = runInPty([library(), '--ascii', '--no-resume'], { cols: 100, rows: 30 });
    await walk(run);
    expect(run.raw().length).toBeGreaterThan(1000);
    expect(nonAscii(run.raw())).toEqual([]);
  });

  test('chosen by the locale (LANG=C): the same rule', async () => {
    const run = runInPty([library(), '--no-resume'], {
      cols: 100,
      rows: 30,
      env: { LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined },
    });
    await walk(run);
    expect(nonAscii(run.raw())).toEqual([]);
  });

  test('the bundled briefing at 80x24: footer, list and text', async () => {
    const run = runInPty([abuDhabi, '--ascii', '--no-resume'], { cols: 80, rows: 24 });
    await run.waitForText('Sections 1/7');
    run.write('jjj');
    run.write(keys.enter);
    await run.waitFor((s) => /Section 4\/7 - \d+%/.test(footer(s)), 'a section, the footer in ASCII');
    run.write('4');
    await run.waitForText('Timeline 1/');
    run.write('q');
    await run.exited();
    expect(nonAscii(run.raw())).toEqual([]);
  });

  test('--plain --ascii on a terminal', async () => {
    const run = runInPty([library(), '--plain', '--ascii'], { cols: 80, rows: 24 });
    await run.waitForText('Type a number');
    run.write('2\r');
    await run.waitForText('Panels: 1 Sections (2)');
    run.write('1\r');
    await run.waitForText('2. Kiiv - a table');
    run.write('1\r');
    await run.waitForText("Volodimir Zelens'kiy spoke.");
    run.write('q\r');
    expect((await run.exited()).exitCode).toBe(0);
    expect(nonAscii(run.raw())).toEqual([]);
  });
});
