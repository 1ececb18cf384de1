/**
 * `npm run bench`: drives the built reader in a real pty (and over SSH on loopback), prints every
 * figure of issue 5 beside its target and its peer, and writes the same as JSON to
 * bench/results.json. A benchmark, not a test: it always exits 0, and a figure it could not
 * measure shows as n/a with the reason in `warnings`.
 *
 * bench/run.js bundles this file with esbuild (Node 20 cannot run TypeScript) and calls
 * {@link runBench}. Method and a recorded run: docs/performance.md.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { articleOpens } from './article-open.js';
import { type Fixture, printFixture, serveDirectory, writeFixtures } from './fixtures.js';
import { type LessResult, lessPeer } from './less-peer.js';
import { liveBench, liveReport } from './live-update.js';
import {
  bareNodePrint,
  barrier,
  openAndQuit,
  readerFirstFrame,
  readerSession,
  type SessionResult,
  takeTurns,
} from './local-reader.js';
import { articleRows, buildRows, type ColdStarts, type Measurements } from './rows.js';
import { sshBench } from './ssh-server.js';
import { median } from './stats.js';
import { renderMarkdown, renderStartTable, renderTable } from './table.js';

/** How much the benchmark does; the defaults are the issue's. */
export interface BenchOptions {
  /** The package root (where bin/ and dist/ are). */
  readonly root: string;
  readonly coldRuns?: number;
  readonly keys?: number;
  readonly sshSessions?: number;
  /** Measure only the article's first frame against the curated briefing's (`npm run bench -- --article`). */
  readonly articleOnly?: boolean;
  /** Measure only a live update to open SSH sessions (`npm run bench -- --live`). */
  readonly liveOnly?: boolean;
  /** Another node binary (`--node PATH`) on which the start-up figures are taken too. */
  readonly otherNode?: string;
}

const step = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

/** Machine facts printed with every run. */
function machine(): Record<string, string | number> {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** The version of a node binary, or undefined when it does not run. */
function versionOf(node: string): string | undefined {
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Start-up on each node, interleaved (a change in the machine's load touches every side of each
 * ratio alike): bare node, the small and the large briefing opened again (the caches written by a
 * first open that quit), and the small briefing's first run ever (an empty cache directory each time).
 */
async function coldStarts(
  runs: number,
  command: { root: string; home: string; dir: string },
  nodes: readonly string[],
  small: Fixture,
  large: Fixture,
  warnings: string[],
): Promise<ColdStarts[]> {
  const all: ColdStarts[] = [];
  for (const node of nodes) {
    const version = versionOf(node);
    if (version === undefined) {
      warnings.push(`start-up: ${node} does not run; its column is left out`);
      continue;
    }
    const on = { ...command, node };
    for (const fixture of [small, large]) {
      if (!(await openAndQuit(on, fixture, 60_000)))
        warnings.push(`start-up: ${version} did not open ${fixture.name}`);
    }
    all.push({ node: version, bare: [], small: [], large: [], firstRun: [] });
  }
  const push = (into: number[], value: number | undefined, what: string): void => {
    if (value === undefined) warnings.push(`cold start: ${what} showed nothing in time`);
    else into.push(value);
  };
  for (let i = 0; i < runs; i++) {
    for (const [index, cold] of all.entries()) {
      const on = { ...command, node: nodes[index] ?? process.execPath };
      const empty = mkdtempSync(join(command.dir, 'cache-'));
      push(cold.bare, await bareNodePrint(on, 10_000), `bare node ${cold.node}`);
      push(cold.small, await readerFirstFrame(on, small, 30_000), `the small briefing on ${cold.node}`);
      push(cold.large, await readerFirstFrame(on, large, 60_000), `the large briefing on ${cold.node}`);
      const first = await readerFirstFrame({ ...on, env: { XDG_CACHE_HOME: empty } }, small, 30_000);
      push(cold.firstRun, first, `the first run on ${cold.node}`);
      rmSync(empty, { recursive: true, force: true });
      step(
        `cold start ${i + 1}/${runs} on ${cold.node}: node ${fmt(cold.bare.at(-1))}, small ${fmt(cold.small.at(-1))}, large ${fmt(cold.large.at(-1))}, first run ${fmt(cold.firstRun.at(-1))}`,
      );
    }
  }
  return all;
}

const fmt = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${ms.toFixed(0)} ms`);

/** Runs everything and returns the exit code (always 0). */
export async function runBench(options: BenchOptions): Promise<number> {
  const started = performance.now();
  const loadBefore = os.loadavg();
  const dir = mkdtempSync(join(os.tmpdir(), 'briefing-bench-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const warnings: string[] = [];
  const command = { root: options.root, home, dir };
  const coldRuns = options.coldRuns ?? 11;
  const totalKeys = options.keys ?? 1000;
  try {
    if (options.liveOnly) {
      step(`live update: ${options.sshSessions ?? 100} SSH sessions`);
      const live = await liveBench(options.root, dir, options.sshSessions ?? 100);
      process.stdout.write(`\n${liveReport(live)}\n`);
      for (const warning of live.warnings) process.stdout.write(`warning: ${warning}\n`);
      process.stdout.write(`\n${machineLine()}\n`);
      return 0;
    }
    if (options.articleOnly) {
      const article = await articleOpens(options.root, dir, coldRuns, warnings, step);
      process.stdout.write(`\n${renderTable(articleRows(article))}\n`);
      for (const warning of warnings) process.stdout.write(`warning: ${warning}\n`);
      process.stdout.write(`\n${machineLine()}\n`);
      return 0;
    }
    step('writing the briefings');
    const { small, large } = writeFixtures(dir, options.root);
    if (large.note) warnings.push(`large briefing: ${large.note}`);
    const nodes = [process.execPath, ...(options.otherNode === undefined ? [] : [options.otherNode])];
    const starts = await coldStarts(coldRuns, command, nodes, small, large, warnings);
    const cold = starts[0] ?? { node: process.version, bare: [], small: [], large: [], firstRun: [] };
    const article = await articleOpens(options.root, dir, coldRuns, warnings, step);

    // Both sessions at once, their keys taking turns: a change in the machine's load between two
    // sequential sessions would otherwise show up in the large / small ratios.
    step(`small and large: ${totalKeys} keys each, in turn`);
    const ready = barrier(2);
    const turn = takeTurns();
    const session = async (fixture: Fixture): Promise<SessionResult> => {
      const result = await readerSession(command, fixture, {
        totalKeys,
        keyTimeoutMs: 5000,
        budgetMs: 240_000,
        ready,
        turn,
      });
      warnings.push(...result.warnings);
      return result;
    };
    const [smallSession, largeSession] = await Promise.all([session(small), session(large)]);

    step('less');
    let less: LessResult;
    try {
      less = await lessPeer(printFixture(options.root, small, 80, join(dir, 'small.txt')), home, dir);
    } catch (error) {
      less = { available: false, line: [], page: [], search: [], warnings: [`less: ${String(error)}`] };
    }
    warnings.push(...less.warnings);

    const served = join(dir, 'served');
    mkdirSync(served);
    const sessions = options.sshSessions ?? 300;
    const workers = os.availableParallelism();
    const sshWith = async (count: number) => {
      step(`ssh: ${sessions} sessions, --workers ${count}`);
      const result = await sshBench({
        root: options.root,
        home,
        dir: serveDirectory(small, served),
        id: small.name,
        connectRuns: coldRuns,
        sessions,
        keysPerSession: 20,
        keyIntervalMs: 1000,
        workers: count,
      });
      warnings.push(...result.warnings);
      return result;
    };
    const ssh = await sshWith(workers);
    const sshOne = workers > 1 ? await sshWith(1) : undefined;

    const measurements: Measurements = {
      cold,
      starts,
      small: smallSession,
      large: largeSession,
      less,
      ssh,
      ...(sshOne === undefined ? {} : { sshOne }),
      article,
    };
    const rows = buildRows(measurements);
    process.stdout.write(`\n${renderStartTable(starts)}\n\n${renderTable(rows)}\n`);
    const loadAfter = os.loadavg();
    const report = {
      date: new Date().toISOString(),
      machine: { ...machine(), loadavgBefore: loadBefore, loadavgAfter: loadAfter },
      durationMs: Math.round(performance.now() - started),
      fixtures: { small: describe(small), large: describe(large) },
      rows,
      markdown: renderMarkdown(rows),
      startMarkdown: renderStartTable(starts, 'markdown'),
      raw: {
        cold,
        coldMedians: starts.map((s) => ({
          node: s.node,
          bare: median(s.bare),
          small: median(s.small),
          large: median(s.large),
          firstRun: median(s.firstRun),
        })),
        small: strip(smallSession),
        large: strip(largeSession),
        less,
        ssh,
        sshOne,
      },
      warnings,
    };
    writeFileSync(join(options.root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
    for (const warning of warnings) process.stdout.write(`warning: ${warning}\n`);
    process.stdout.write(
      `\n${machineLine()}; load ${loadBefore.map((l) => l.toFixed(1)).join(' ')} → ${loadAfter
        .map((l) => l.toFixed(1))
        .join(' ')}; ${((performance.now() - started) / 1000).toFixed(0)} s; written to bench/results.json\n`,
    );
  } catch (error) {
    process.stdout.write(
      `bench: stopped by an error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

function machineLine(): string {
  const m = machine();
  return `${m.nproc} × ${m.cpu}, ${(Number(m.memoryBytes) / 2 ** 30).toFixed(1)} GiB, node ${m.node}`;
}

function describe(fixture: Fixture): Omit<Fixture, 'file'> {
  const { file: _file, ...rest } = fixture;
  return rest;
}

/** The session as measured, every sample kept; its warnings are already in the report's own list. */
function strip(session: SessionResult): Omit<SessionResult, 'warnings'> {
  const { warnings: _warnings, ...rest } = session;
  return rest;
}
