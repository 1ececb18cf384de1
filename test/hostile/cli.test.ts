/**
 * Every corpus case through the built CLI off a terminal: `--print` (with colour forced, so the
 * program's own SGR is there to tell apart) and `--json`, and `check` for the refused ones. Accepted cases print with no
 * control sequence but SGR, and JSON whose strings hold no control character at all; refused cases
 * give one problem line and the documented exit code. Each run is held to its CPU and memory budget.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CORPUS, type HostileCase } from './corpus.js';
import { foreignControls, scanControls } from './escapes.js';
import { budgetOf, type MeasuredRun, runMeasured, writeCases } from './run.js';

const dir = writeCases(CORPUS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileOf = (c: HostileCase) => join(dir, `${c.name}.md`);

/** Held to the case's budget: CPU time, memory, and a wall time that only catches a hang. */
function expectWithinBudget(c: HostileCase, run: MeasuredRun): void {
  const budget = budgetOf(c);
  expect(run.cpuMs, `CPU time of ${c.name}`).toBeGreaterThan(0);
  expect(run.cpuMs, `CPU time of ${c.name}`).toBeLessThanOrEqual(budget.cpuMs);
  expect(run.mb, `peak memory of ${c.name}`).toBeLessThanOrEqual(budget.mb);
  expect(run.wallMs, `wall time of ${c.name}`).toBeLessThanOrEqual(budget.cpuMs * 4 + 5_000);
}

/** No control sequence but the allowed ones, in stdout and stderr alike. */
function expectClean(run: MeasuredRun, allowSgr: boolean): void {
  expect(foreignControls(run.stdout, {})).toEqual([]);
  expect(foreignControls(run.stderr, {})).toEqual([]);
  if (!allowSgr) expect(scanControls(run.stdout).filter((c) => c.text !== '\n')).toEqual([]);
}

/** Every string in a JSON value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

const accepted = CORPUS.filter((c) => c.expect.kind === 'accepted');
const refused = CORPUS.filter((c) => c.expect.kind === 'refused');

describe.concurrent('accepted hostile briefings print clean', () => {
  for (const c of accepted) {
    const { visible, absent } = c.expect as Extract<HostileCase['expect'], { kind: 'accepted' }>;
    test(`${c.name}: ${c.what}`, { timeout: 120_000 }, async () => {
      const print = await runMeasured([fileOf(c), '--print', '--color', 'always']);
      expect(print.status, print.stderr).toBe(0);
      expectClean(print, true);
      expectWithinBudget(c, print);
      // The program's own styling is there, so the scanner had something to tell apart.
      expect(print.stdout.includes('\u001b[1m'), 'bold in the printed text').toBe(true);
      // Booleans, not toContain: a failure must not print megabytes of output.
      for (const text of visible) expect(print.stdout.includes(text), `print shows ${text}`).toBe(true);
      for (const text of absent)
        expect((print.stdout + print.stderr).includes(text), `print has ${text}`).toBe(false);

      const json = await runMeasured([fileOf(c), '--json']);
      expect(json.status, json.stderr).toBe(0);
      expectClean(json, false);
      expectWithinBudget(c, json);
      const all = strings(JSON.parse(json.stdout));
      const unsafe = all.filter((s) =>
        scanControls(s).some((control) => control.text !== '\n' && control.text !== '\t'),
      );
      expect(unsafe.map((text) => text.slice(0, 80))).toEqual([]);
      const joined = all.join('\n');
      for (const text of absent) expect(joined.includes(text), `JSON has ${text}`).toBe(false);
    });
  }
});

describe.concurrent('refused hostile briefings: one line each, fast', () => {
  for (const c of refused) {
    const { problem, exitCode, lines = 1 } = c.expect as Extract<HostileCase['expect'], { kind: 'refused' }>;
    test(`${c.name}: ${c.what}`, { timeout: 120_000 }, async () => {
      for (const args of [
        [fileOf(c), '--print'],
        [fileOf(c), '--json'],
      ]) {
        const run = await runMeasured(args);
        expect(run.status, run.stderr).toBe(exitCode);
        expect(run.stdout).toBe('');
        const problems = run.stderr.trimEnd().split('\n');
        expect(problems).toHaveLength(lines);
        expect(problems[0]).toMatch(problem);
        for (const line of problems) expect(line.startsWith(`${fileOf(c)}`)).toBe(true);
        if (lines > 1) expect(problems.at(-1)).toMatch(/more problems not shown; /);
        expectClean(run, false);
        expectWithinBudget(c, run);
      }
      const check = await runMeasured(['check', fileOf(c)]);
      // check agrees with the reader: 3 for a file it cannot read as text, 1 for a briefing with problems.
      expect(check.status).toBe(exitCode);
      expect(check.stderr).toMatch(problem);
      expect(check.stderr.trimEnd().split('\n').at(-1)).toMatch(/^[\d,]+ problems? in 1 file$/);
      expectClean(check, false);
      expectWithinBudget(c, check);
    });
  }
});
