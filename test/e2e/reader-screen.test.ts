/**
 * What the reader draws, read off a real terminal: the reader beside the list always shows the
 * selected item, headings are styled and never show their `#` marks, links under them can still be
 * followed, and a step back through the history shows the name that was highlighted there.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keys, openSections, type PtyRun, runInPty } from '../helpers/pty.js';

const root = join(import.meta.dirname, '../..');
const abuDhabi = join(root, 'content/abu-dhabi-talks.md');

/** The footer is the last row: the position and the key hints of the focused pane. */
const footer = (screen: string) => screen.split('\n').at(-1) ?? '';
/** The reader's title row, beside the tabs in the split layout. */
const titleRow = (screen: string) => screen.split('\n')[2] ?? '';

/** Every row of the body (between the header and the footer), for attribute checks. */
function bodyRuns(run: PtyRun, rows: number, attribute: 'inverse' | 'bold'): string[] {
  return run.runsWith(attribute, 2, rows - 2);
}

describe('the reader beside the list (split layout)', () => {
  test('a panel switch shows that panel’s selected item at once (120x30)', async () => {
    const run = runInPty([abuDhabi], { cols: 120, rows: 30 });
    await openSections(run);
    run.write('jjj');
    await run.waitFor(
      (s) => titleRow(s).includes('Section · Deep Divisions Remain') && footer(s).includes('Sections 4/7'),
      'Deep Divisions Remain beside the list',
    );
    run.write('2');
    await run.waitFor(
      (s) => footer(s).includes('Players 1/14') && titleRow(s).includes('Player · Rustem Umerov'),
      'Rustem Umerov beside the players list, with no other key',
    );
    expect(run.screen()).toContain('Role: Ukraine’s national security chief');
    run.write('1');
    await run.waitFor(
      (s) => footer(s).includes('Sections 4/7') && titleRow(s).includes('Section · Deep Divisions Remain'),
      'back on the sections, the selected section beside them',
    );
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('the timeline panel at 200x50 shows its first entry, its time said once', async () => {
    const run = runInPty([abuDhabi], { cols: 200, rows: 50 });
    await openSections(run);
    run.write('4');
    await run.waitFor(
      (s) => footer(s).includes('Timeline 1/6') && titleRow(s).includes('Timeline · January'),
      'the first timeline entry beside the timeline',
    );
    await run.waitForText('An earlier round of talks occurred.');
    // The time is the title; the text does not repeat it on a line of its own.
    const reader = run
      .screen()
      .split('\n')
      .map((line) => line.slice(60).trim());
    expect(reader.filter((line) => line === 'January')).toEqual([]);
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});

describe('headings in the reader', () => {
  const modes: { name: string; args: string[]; env?: Record<string, string>; coloured: boolean }[] = [
    { name: 'in colour', args: [], coloured: true },
    { name: 'with --color never', args: ['--color', 'never'], coloured: false },
    { name: 'with NO_COLOR=1', args: [], env: { NO_COLOR: '1' }, coloured: false },
    { name: 'with --ascii', args: ['--ascii'], coloured: true },
  ];
  for (const mode of modes) {
    test(`show no # marks and stand out by their style, ${mode.name} (80x24)`, async () => {
      const run = runInPty([abuDhabi, ...mode.args], {
        cols: 80,
        rows: 24,
        ...(mode.env ? { env: mode.env } : {}),
      });
      await openSections(run);
      run.write('2');
      await run.waitFor((s) => footer(s).includes('Players 1/14'), 'the players list');
      run.write(keys.enter);
      await run.waitForText('Mentioned in');
      expect(run.screen()).not.toContain('#');
      expect(run.styleOf('Mentioned in')).toMatchObject({ bold: true, coloured: mode.coloured });
      // A heading has a blank line above it.
      const rows = run.screen().split('\n');
      expect(rows[rows.findIndex((row) => row.startsWith('Mentioned in')) - 1]).toBe('');
      run.write('q');
      expect((await run.exited()).exitCode).toBe(0);
    });
  }

  test('on every kind of page, whose links under the headings are still followed (80x40)', async () => {
    const run = runInPty([abuDhabi], { cols: 80, rows: 40 });
    await openSections(run);
    // A panel key works from the reader too: it shows the list, focused.
    const open = async (panel: string, position: string, heading: string) => {
      run.write(panel);
      run.write(keys.enter);
      // The heading as a row of its own: a title row that merely holds the word does not count.
      await run.waitFor(
        (s) => footer(s).includes(position) && s.split('\n').includes(heading),
        `${position} open`,
      );
      expect(run.screen()).not.toContain('#');
      // The heading's own row, drawn bold from end to end.
      const row = run.screen().split('\n').indexOf(heading);
      expect(row).toBeGreaterThan(1);
      expect(run.runsWith('bold', row, row)).toEqual([heading]);
    };
    const follow = async (position: string, title: string) => {
      run.write(keys.enter);
      await run.waitFor((s) => footer(s).includes(position) && s.includes(title), `${title} followed`);
    };

    await open('2', 'Player 1/14', 'Mentioned in');
    run.write('.');
    await follow('Section 3/7', 'Section · Key Players Convene in UAE');

    await open('3', 'Issue 1/5', 'Positions');
    expect(run.screen()).toContain('Players');
    run.write('.');
    await follow('Section 4/7', 'Section · Deep Divisions Remain');
    await open('3', 'Issue 1/5', 'Positions');
    run.write(',');
    await follow('Player 10/14', 'Player · Ukraine');

    await open('4', 'Timeline 1/6', 'Section');
    await follow('Section 3/7', 'Section · Key Players Convene in UAE');

    await open('5', 'Figure 1/6', 'Section');
    await follow('Section 2/7', 'Section · Escalating Strikes Shadow Diplomacy');

    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('in a README every heading is a node, and one over subsections lists them, no marks (ssh2, 120x40)', async () => {
    const run = runInPty([join(root, 'node_modules/ssh2/README.md')], { cols: 120, rows: 40 });
    // 49 headings and the opening (the first heading, "Description", is the title).
    await run.waitForText('Sections 1/50');
    run.write('j'.repeat(20));
    await run.waitFor((s) => titleRow(s).includes('Section · API'), 'the API section beside the list');
    await run.waitForText('Agent-related');
    expect(run.screen()).not.toMatch(/#{1,6} \S/);
    const row = run
      .screen()
      .split('\n')
      .findIndex((line) => / Contents$/.test(line) && !line.includes('Table of Contents'));
    expect(row).toBeGreaterThan(1);
    expect(run.runsWith('bold', row, row)).toContain('Contents');
    expect(run.styleOf('Agent-related')).toMatchObject({ bold: false });
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});

describe('history', () => {
  test('Backspace back to a section shows the name highlighted when it was followed (80x24)', async () => {
    const rows = 24;
    const run = runInPty([abuDhabi], { cols: 80, rows });
    await openSections(run);
    run.write('jj');
    await run.waitFor((s) => footer(s).includes('Sections 3/7'), 'the third section selected');
    run.write(keys.enter);
    await run.waitFor((s) => footer(s).includes('Section 3/7'), 'the third section open');
    run.write('..');
    await run.waitFor(() => bodyRuns(run, rows, 'inverse').length === 1, 'a name highlighted');
    const [name = ''] = bodyRuns(run, rows, 'inverse');
    expect(name).toBe('Rustem Umerov');

    run.write(keys.enter);
    await run.waitFor((s) => footer(s).includes('Player 1/14'), 'the player open');
    run.write(keys.backspace);
    await run.waitFor(
      (s) => footer(s).includes('Section 3/7') && bodyRuns(run, rows, 'inverse').length > 0,
      'the section again, with its highlight',
    );
    expect(bodyRuns(run, rows, 'inverse')).toEqual([name]);
    // The highlight is live: Enter follows it again.
    run.write(keys.enter);
    await run.waitFor((s) => footer(s).includes('Player 1/14'), 'the same player again');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});
