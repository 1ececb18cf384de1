/**
 * Random keys and resizes against the built program in a real pty: `count` keys drawn from the keymap,
 * pastes, stray escape sequences and control characters, with a resize (now and then to a size too
 * small to draw) every hundred keys or so. Afterwards the program must still answer: Escape out of
 * whatever it is in, `?` shows the help, and `q` quits with status 0 and the terminal given back. The
 * raw output holds no control sequence but the reader's own, and CPU time and peak memory are
 * reported.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { CORPUS } from '../hostile/corpus.js';
import { foreignControls } from '../hostile/escapes.js';
import { writeCases } from '../hostile/run.js';
import { keyBytesArbitrary } from './keys.js';

const root = join(import.meta.dirname, '..', '..');
/** The help's title row: the screen's first line starts with it while the help is open. */
const isHelp = (screen: string): boolean => screen.startsWith('Keys');

/** What a run cost and saw. */
export interface PtyFuzzResult {
  readonly seed: number;
  readonly keys: number;
  readonly resizes: number;
  readonly seconds: number;
  readonly cpuMs: number;
  readonly mb: number;
  readonly outputBytes: number;
}

/** Runs the fuzz; `seed` makes it repeatable (a failure names the seed it used). */
export async function fuzzPty(count: number, seed = Date.now() % 2 ** 31): Promise<PtyFuzzResult> {
  // The bundled briefing and the small hostile cases: the picker, every panel, escapes in the text.
  const dir = writeCases(CORPUS.filter((c) => c.committed && c.expect.kind === 'accepted'));
  const report = join(mkdtempSync(join(tmpdir(), 'briefing-measure-')), 'usage.json');
  const run = runInPty(
    ['--import', join(root, 'test', 'hostile', 'measure.mjs'), join(root, 'bin', 'briefing.js'), dir],
    {
      command: process.execPath,
      cols: 80,
      rows: 24,
      // BRIEFING_DEBUG: a crash prints its stack, for the failure message.
      env: { FORCE_HYPERLINK: '1', BRIEFING_MEASURE: report, BRIEFING_DEBUG: '1' },
    },
  );
  const started = performance.now();
  const context = `seed ${seed}`;
  try {
    await run.waitForText('Briefings (', 15_000);
    // The first frame is drawn before Ink turns raw mode on; until then the pty's line discipline would
    // turn a random Ctrl-C, Ctrl-\ or Ctrl-Z into a signal. A key that moves the selection proves raw mode.
    run.write('j');
    await run.waitForText('Briefing 2/', 15_000);
    let exit: { exitCode: number; signal?: number } | undefined;
    void run.exited().then((status) => {
      exit = status;
    });
    const keys = fc.sample(keyBytesArbitrary(), { numRuns: count, seed });
    const sizes = fc.sample(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            columns: fc.integer({ min: 20, max: 200 }),
            rows: fc.integer({ min: 6, max: 60 }),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            columns: fc.integer({ min: 1, max: 20 }),
            rows: fc.integer({ min: 1, max: 6 }),
          }),
        },
      ),
      { numRuns: Math.ceil(count / 100) + 1, seed },
    );
    let maxColumns = 80;
    let maxRows = 24;
    let resizes = 0;
    for (const [i, key] of keys.entries()) {
      if (exit !== undefined) {
        throw new Error(
          `the program exited (code ${exit.exitCode}, signal ${exit.signal ?? 'none'}) before key ${i} of ${count} (${context}); ` +
            `the last keys: ${JSON.stringify(keys.slice(Math.max(0, i - 10), i))}\n${run.raw().slice(-3000)}`,
        );
      }
      run.write(key);
      if (i % 100 === 99) {
        const size = sizes[resizes++] ?? { columns: 80, rows: 24 };
        maxColumns = Math.max(maxColumns, size.columns);
        maxRows = Math.max(maxRows, size.rows);
        run.resize(size.columns, size.rows);
      }
      // Paced like fast typing (a key a millisecond or so), so input mostly arrives a key at a time.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // Back to a size that can draw the help, out of any search or overlay, then ask for the help.
    // The resize is answered with a whole frame (even at the same size) once the reader has worked
    // through the keys before it.
    const mark = run.raw().length;
    run.resize(100, 30);
    await run.waitFor(
      () => run.raw().indexOf('\u001b[?2026l', mark) !== -1,
      `a frame after the last of ${count} random keys (${context})`,
      30_000,
    );
    // Paced apart, so the terminal sends three Escapes and not one Alt+Escape.
    for (let i = 0; i < 3; i++) {
      run.write('\u001b');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    run.write('?');
    await run.waitFor((s) => isHelp(s), `the help after ${count} random keys (${context})`, 30_000);
    const seconds = (performance.now() - started) / 1000;
    run.write('q');
    await run.waitFor((s) => !isHelp(s), `the help closed (${context})`, 10_000);
    run.write('q');
    const { exitCode } = await run.exited();
    expect(exitCode, context).toBe(0);
    expect(run.isAlternateScreen(), context).toBe(false);
    expect(run.cursorVisible(), context).toBe(true);
    const raw = run.raw();
    expect(
      foreignControls(raw, {
        screen: { columns: Math.max(maxColumns, 100), rows: Math.max(maxRows, 30) },
        hyperlinks: true,
        c0: '\r\n',
      }),
      context,
    ).toEqual([]);
    const usage = JSON.parse(readFileSync(report, 'utf8')) as { maxRssKb: number; cpuMs: number };
    return {
      seed,
      keys: count,
      resizes,
      seconds,
      cpuMs: usage.cpuMs,
      mb: Math.round(usage.maxRssKb / 1024),
      outputBytes: Buffer.byteLength(raw),
    };
  } finally {
    run.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(report, '..'), { recursive: true, force: true });
  }
}
