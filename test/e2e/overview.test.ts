/**
 * The first screen of the bundled briefing, in a real terminal at 80x24: the story at a glance
 * (the summary, who is who, the issues, the figures) before any list; `--measure` keeps the reading
 * column to the width asked.
 */
import { describe, expect, test } from 'vitest';
import { footerOf, openSections, runInPty } from '../helpers/pty.js';

const abuDhabi = 'content/abu-dhabi-talks.md';

describe('the overview in a real terminal', () => {
  test('at 80x24 the first screen shows the summary, Rustem Umerov, Territory and 71', async () => {
    const run = runInPty([abuDhabi, '--no-resume'], { cols: 80, rows: 24 });
    await run.waitFor((s) => footerOf(s).startsWith('Overview'), 'the overview');
    const screen = run.screen();
    expect(screen.replace(/\s+/g, ' ')).toContain(
      'Ukrainian and Russian negotiators met in Abu Dhabi on Wednesday for a second, US-brokered round of talks',
    );
    expect(screen).toContain('Rustem Umerov');
    expect(screen).toContain('Territory');
    expect(screen).toMatch(/\b71\b/);
    expect(screen).toContain('0 Overview  1 Sections  2 Players  3 Issues  4 Timeline  5 Figures');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('--measure caps the reading column', async () => {
    const run = runInPty([abuDhabi, '--no-resume', '--measure', '50'], { cols: 80, rows: 24 });
    await openSections(run);
    run.write('j\r');
    await run.waitFor((s) => footerOf(s).startsWith('Section 2/7'), 'a section');
    const text = run.screen().split('\n').slice(3, -1);
    expect(Math.max(...text.map((line) => line.trimEnd().length))).toBeLessThanOrEqual(50);
    expect(text.some((line) => line.trimEnd().length > 40)).toBe(true);
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});
