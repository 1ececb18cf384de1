/**
 * Running corpus cases: written to a temporary directory once per test file, then given to the built
 * CLI with its CPU time and peak memory measured (test/hostile/measure.mjs, preloaded with --import).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Budget, DEFAULT_BUDGET, type HostileCase } from './corpus.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'briefing.js');
const measure = join(import.meta.dirname, 'measure.mjs');

/** Writes `cases` as `<name>.md` into a fresh directory; returns it. */
export function writeCases(cases: readonly HostileCase[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-hostile-'));
  for (const c of cases) writeFileSync(join(dir, `${c.name}.md`), c.text());
  return dir;
}

/** One finished run of the CLI. */
export interface MeasuredRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit. */
  readonly wallMs: number;
  /** User + system CPU time of the CLI process. */
  readonly cpuMs: number;
  /** Peak resident memory, MB. */
  readonly mb: number;
}

/**
 * Runs `node bin/briefing.js ...args` off a terminal, as a pipe would, with colour and hyperlink
 * variables removed. Killed after `timeoutMs` (a hang is then a failure, not a stuck suite).
 */
export function runMeasured(args: readonly string[], timeoutMs = 60_000): Promise<MeasuredRun> {
  const report = join(mkdtempSync(join(tmpdir(), 'briefing-measure-')), 'usage.json');
  const env: Record<string, string | undefined> = { ...process.env, BRIEFING_MEASURE: report };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'FORCE_HYPERLINK', 'CI']) delete env[name];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', measure, bin, ...args], { env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - started);
      let usage = { maxRssKb: 0, cpuMs: 0 };
      try {
        usage = JSON.parse(readFileSync(report, 'utf8'));
      } catch {
        // Killed before exit: no report; the status says so.
      }
      rmSync(join(report, '..'), { recursive: true, force: true });
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        wallMs,
        cpuMs: usage.cpuMs,
        mb: Math.round(usage.maxRssKb / 1024),
      });
    });
  });
}

/** The budget a case is held to. */
export function budgetOf(c: HostileCase): Budget {
  return c.budget ?? DEFAULT_BUDGET;
}

/**
 * What an accepted case's walk through the reader must show (on the screens it waited on) and must
 * not let through (anywhere in the raw output, the canaries included).
 */
export function expectReaderShowed(c: HostileCase, raw: string, screens: readonly string[]): void {
  const expected = c.expect as Extract<HostileCase['expect'], { kind: 'accepted' }>;
  const seen = screens.join('\n');
  for (const text of expected.visible) expect(seen.includes(text), `the reader showed ${text}`).toBe(true);
  for (const text of [...expected.absent, 'PWNED', 'UFdORUQ']) {
    const at = raw.indexOf(text);
    expect(
      at,
      `the output holds ${text}: ${JSON.stringify(raw.slice(Math.max(0, at - 300), at + 100))}`,
    ).toBe(-1);
  }
}
