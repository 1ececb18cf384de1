/**
 * The reader in a real pty on every interactive corpus case: the walk through all panels, a resize
 * narrower and wider, then quit. On the raw bytes: no control sequence but the reader's own (SGR,
 * cursor moves on the screen, erases, scroll regions, its modes, OSC 8 links it makes), no canary
 * from a payload; on the emulator: the alternate screen and hidden cursor held until quit, and no
 * window title set. CPU time and peak memory of the reader process are held to a budget.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { CORPUS } from './corpus.js';
import { foreignControls } from './escapes.js';
import { expectReaderShowed, writeCases } from './run.js';
import { resizeAndWait, walkReader } from './walk.js';

const cases = CORPUS.filter((c) => c.interactive);
const dir = writeCases(cases);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const root = join(import.meta.dirname, '..', '..');
const COLUMNS = 100;
const ROWS = 30;
/** The reader's own budget: Ink, React and a frame per key on top of the loader. */
const READER_BUDGET = { cpuMs: 8_000, mb: 260 };
const BIG_READER_BUDGET = { cpuMs: 20_000, mb: 700 };

describe('the reader in a pty shows hostile briefings without obeying them', () => {
  for (const c of cases) {
    test(`${c.name}: ${c.what}`, { timeout: 120_000 }, async () => {
      const report = join(mkdtempSync(join(tmpdir(), 'briefing-measure-')), 'usage.json');
      const run = runInPty(
        [
          '--import',
          join(import.meta.dirname, 'measure.mjs'),
          join(root, 'bin', 'briefing.js'),
          join(dir, `${c.name}.md`),
        ],
        {
          command: process.execPath,
          cols: COLUMNS,
          rows: ROWS,
          // Links drawn as OSC 8, and 24-bit colour: the most the reader itself ever sends.
          env: { FORCE_HYPERLINK: '1', COLORTERM: 'truecolor', BRIEFING_MEASURE: report },
        },
      );
      const seen = await walkReader(
        {
          write: (keys) => run.write(keys),
          screen: () => run.screen(),
          waitFor: (predicate, what, timeoutMs) => run.waitFor(predicate, what, timeoutMs),
        },
        30_000,
      );
      expect(run.isAlternateScreen()).toBe(true);
      expect(run.cursorVisible()).toBe(false);

      await resizeAndWait(run, 60, 20, 'the narrow layout');
      await resizeAndWait(run, COLUMNS, ROWS, 'the wide layout');
      expect(run.isAlternateScreen()).toBe(true);
      expect(run.cursorVisible()).toBe(false);

      run.write('q');
      const { exitCode } = await run.exited();
      expect(exitCode).toBe(0);
      expect(
        run.isAlternateScreen(),
        `restored at exit; output ends ${JSON.stringify(run.raw().slice(-300))}`,
      ).toBe(false);
      expect(run.cursorVisible()).toBe(true);

      const raw = run.raw();
      expect(
        foreignControls(raw, { screen: { columns: COLUMNS, rows: ROWS }, hyperlinks: true, c0: '\r\n' }),
      ).toEqual([]);
      // Where the briefing has links, the reader drew them as OSC 8: the allowance was used, not idle.
      if (c.text().includes('](https://'))
        expect(raw.includes('\u001b]8;;https://'), 'an OSC 8 link').toBe(true);
      expectReaderShowed(c, raw, seen);

      const usage = JSON.parse(readFileSync(report, 'utf8')) as { maxRssKb: number; cpuMs: number };
      rmSync(join(report, '..'), { recursive: true, force: true });
      const budget = c.budget === undefined ? READER_BUDGET : BIG_READER_BUDGET;
      expect(usage.cpuMs, 'CPU time of the reader').toBeLessThanOrEqual(budget.cpuMs);
      expect(Math.round(usage.maxRssKb / 1024), 'peak memory of the reader').toBeLessThanOrEqual(budget.mb);
    });
  }
});
