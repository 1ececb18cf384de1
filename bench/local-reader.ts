/**
 * The local reader in a real pty: cold start to the first complete frame (beside a bare node print
 * in the same pty), then one scripted session that times each kind of key press, counts its bytes,
 * and reads the process's resident memory after opening and after 1,000 keys.
 *
 * A frame is complete when the frame writer closes its synchronized update (`CSI ?2026l`): every
 * update it sends is one `CSI ?2026h` … `CSI ?2026l` block. Each key is sent only after the last
 * one's frame is complete, so every reply belongs to the key before it.
 */
import { join } from 'node:path';
import { childEnv } from '../test/harness/child-env.js';
import { type Fixture, LONG_READ } from './fixtures.js';
import { cpuMsOf } from './proc.js';
import { type Driven, type KeyTiming, startInPty } from './pty-driver.js';

export const END_SYNC = '\u001B[?2026l';
const frameDone = (reply: string): boolean => reply.includes(END_SYNC);

/** The size every local and SSH measurement uses. */
export const SIZE = { cols: 80, rows: 24 } as const;

/** What one timed key press gave. */
export interface KeySample extends KeyTiming {
  /** UTF-8 bytes of the text on the rows the key changed: what any writer must send at least. */
  readonly changedTextBytes: number;
}

/** The timed actions. */
export type Action = 'move' | 'scroll' | 'page' | 'open' | 'search';

export const ACTIONS: readonly Action[] = ['move', 'scroll', 'page', 'open', 'search'];

/** What one scripted session measured. */
export interface SessionResult {
  readonly firstFrameMs: number | undefined;
  readonly rssAfterOpen: number | undefined;
  readonly rssAfterKeys: number | undefined;
  readonly keysSent: number;
  readonly samples: Record<Action, KeySample[]>;
  /** Untimed keys' replies (navigation, typing, the 1,000-key filler), for the record. */
  readonly otherLatenciesMs: number[];
  readonly timeouts: number;
  /** Replies that held more than one complete frame. */
  readonly multiFrameReplies: number;
  readonly unsolicitedBytes: number;
  /** CPU time (user + system) of the reader up to its first frame, ms. */
  readonly startCpuMs: number | undefined;
  /** The reader's CPU time per key over the whole session, ms. */
  readonly cpuMsPerKey: number | undefined;
  readonly warnings: string[];
  readonly elapsedMs: number;
}

/** Where the built CLI is and how to start it. */
export interface ReaderCommand {
  readonly root: string;
  readonly home: string;
  /** The node binary (default: the one running the benchmark). */
  readonly node?: string;
  /** Overrides of the child's environment (an empty cache directory, for a first run). */
  readonly env?: Record<string, string>;
}

const nodeOf = (command: ReaderCommand): string => command.node ?? process.execPath;
const envOf = (command: ReaderCommand): Record<string, string> => ({
  ...childEnv(command.home),
  ...command.env,
});

/** `node ARGS` in a pty of {@link SIZE}, as the command has it run; `screen` keeps the screen to read. */
function startNode(command: ReaderCommand, args: string[], screen = false): Driven {
  return startInPty({
    command: nodeOf(command),
    args,
    cwd: command.root,
    env: envOf(command),
    ...SIZE,
    screen,
  });
}

/** The reader on `fixture`, with no saved place. */
function startReader(command: ReaderCommand, fixture: Fixture, screen = false): Driven {
  return startNode(command, [join(command.root, 'bin', 'briefing.js'), fixture.file, '--no-resume'], screen);
}

/** Spawn to first complete frame, ms; undefined when none came within `timeoutMs`. */
export async function readerFirstFrame(
  command: ReaderCommand,
  fixture: Fixture,
  timeoutMs: number,
): Promise<number | undefined> {
  const run = startReader(command, fixture);
  const at = await run.waitOutput((output) => output.includes(END_SYNC), timeoutMs);
  await stop(run);
  return at === undefined ? undefined : at - run.spawnedAt;
}

/**
 * Opens `fixture` and quits with `q` (not killed): the start-up caches (code, parsed briefing) are
 * written as a person's first run writes them, so the timed starts after it are re-opens.
 */
export async function openAndQuit(
  command: ReaderCommand,
  fixture: Fixture,
  timeoutMs: number,
): Promise<boolean> {
  const run = startReader(command, fixture);
  const at = await run.waitOutput((output) => output.includes(END_SYNC), timeoutMs);
  if (at !== undefined) {
    run.press('q', () => false, 0).catch(() => undefined);
    await Promise.race([run.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  await stop(run);
  return at !== undefined;
}

/** Spawn of `node -e "process.stdout.write('x')"` to its `x`, ms. */
export async function bareNodePrint(command: ReaderCommand, timeoutMs: number): Promise<number | undefined> {
  const run = startNode(command, ['-e', "process.stdout.write('x')"]);
  const at = await run.waitOutput((output) => output.includes('x'), timeoutMs);
  await stop(run);
  return at === undefined ? undefined : at - run.spawnedAt;
}

async function stop(run: Driven): Promise<void> {
  run.kill('SIGKILL');
  await run.exited;
}

/** Words of the generated text, one per search, so no search repeats the last one. */
const SEARCH_WORDS = [
  'treaty',
  'border',
  'minister',
  'harvest',
  'pipeline',
  'tribunal',
  'summit',
  'ballot',
  'convoy',
  'deficit',
  'verdict',
  'shelter',
  'tariff',
  'envoy',
  'drought',
];

/** Options of {@link readerSession}. */
export interface SessionOptions {
  /** Keys in all, the filler included. */
  readonly totalKeys: number;
  /** Longest wait for one reply. */
  readonly keyTimeoutMs: number;
  /** Stop the filler (and say so) once the session has run this long. */
  readonly budgetMs: number;
  /** Called once the first frame is in; the keys start when it resolves (to start sessions together). */
  readonly ready?: () => Promise<void>;
  /** Runs each key press (and the screen read after it) in turn with other sessions' presses. */
  readonly turn?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** A gate for `parties` sessions: each call resolves once every party has called it. */
export function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return () => {
    arrived++;
    if (arrived >= parties) open();
    return opened;
  };
}

/** A first-come, first-served lock: presses of sessions sharing it alternate instead of overlapping. */
export function takeTurns(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** Runs the scripted session on `fixture`. */
export async function readerSession(
  command: ReaderCommand,
  fixture: Fixture,
  options: SessionOptions,
): Promise<SessionResult> {
  const started = performance.now();
  const run = startReader(command, fixture, true);
  const samples: Record<Action, KeySample[]> = { move: [], scroll: [], page: [], open: [], search: [] };
  const otherLatenciesMs: number[] = [];
  const warnings: string[] = [];
  let keysSent = 0;
  let timeouts = 0;
  let multiFrameReplies = 0;

  const at = await run.waitOutput((output) => output.includes(END_SYNC), 120_000);
  const firstFrameMs = at === undefined ? undefined : at - run.spawnedAt;
  let screen = await run.screen();
  const rssAfterOpen = run.rss();
  // The start-up output (alternate screen, first frame) arrives before any key: not a stray frame.
  const startupBytes = run.unsolicitedBytes;
  const startCpuMs = cpuMsOf(run.pid);

  const turn = options.turn ?? (<T>(work: () => Promise<T>) => work());
  /** Presses `key`; its sample goes to `action` when given. False when no frame came. */
  const press = async (key: string, action?: Action, timeoutMs = options.keyTimeoutMs): Promise<boolean> => {
    keysSent++;
    const before = screen;
    const timing = await turn(async () => {
      const reply = await run.press(key, frameDone, timeoutMs);
      screen = await run.screen();
      return reply;
    });
    if (timing === undefined) {
      timeouts++;
      warnings.push(
        `${fixture.name}: no frame within ${timeoutMs} ms after ${JSON.stringify(key)} (key ${keysSent}); footer: ${screen.at(-1) ?? ''}`,
      );
      return false;
    }
    if (timing.frames > 1) multiFrameReplies++;
    if (action === undefined) otherLatenciesMs.push(timing.lastByteMs);
    else samples[action].push({ ...timing, changedTextBytes: changedTextBytes(before, screen) });
    return true;
  };
  const expect = (what: string, found: boolean): void => {
    if (!found) warnings.push(`${fixture.name}: ${what}; screen:\n${screen.join('\n')}`);
  };

  await options.ready?.();
  if (firstFrameMs !== undefined) {
    expect(
      'the overview after start',
      screen.some((row) => row.startsWith('Overview')),
    );
    // A briefing opens on its overview; the walk starts from the sections list (`1`).
    await press('1');
    expect(
      'the sections list after 1',
      screen.some((row) => row.startsWith('Sections 1/')),
    );
    // Move the selection: down and up in turn, so every key changes the screen.
    for (let i = 0; i < 60; i++) await press(i % 2 === 0 ? 'j' : 'k', 'move');
    // Open a section, back to the list, select another (a walk over the first five, back and forth).
    for (let i = 0; i < 20; i++) {
      await press('\r', 'open');
      await press('h');
      await press(i % 8 < 4 ? 'j' : 'k');
    }
    // The long section: select the last item, read it from the top, a line at a time, then by pages.
    await press('G');
    await press('\r');
    expect(
      `"${LONG_READ}" open in the reader`,
      screen.some((row) => row.includes(`Section · ${LONG_READ}`)),
    );
    for (let i = 0; i < 100; i++) await press('j', 'scroll');
    for (let i = 0; i < 20 && !(screen.at(-1) ?? '').includes('100%'); i++) await press(' ', 'page');
    // Up to the key count (less what the searches take), one line up and down in turn: the reader is
    // in the middle of the long section, so each key scrolls.
    const searchKeys = SEARCH_WORDS.reduce((sum, word) => sum + word.length + 2, 0);
    let filler = 0;
    while (keysSent < options.totalKeys - searchKeys && performance.now() - started < options.budgetMs) {
      await press(filler++ % 2 === 0 ? 'k' : 'j');
    }
    // Search, each time for another word: `/`, the word typed, and Enter (the timed key).
    for (const word of SEARCH_WORDS) {
      await press('/');
      for (const char of word) await press(char);
      await press('\r', 'search');
    }
    if (keysSent < options.totalKeys) {
      warnings.push(`${fixture.name}: time budget reached after ${keysSent} of ${options.totalKeys} keys`);
    }
  } else warnings.push(`${fixture.name}: no first frame within 120 s`);
  const rssAfterKeys = run.rss();
  const endCpuMs = cpuMsOf(run.pid);
  const cpuMsPerKey =
    startCpuMs === undefined || endCpuMs === undefined || keysSent === 0
      ? undefined
      : (endCpuMs - startCpuMs) / keysSent;
  const unsolicitedBytes = run.unsolicitedBytes - startupBytes;
  // Quit as a person does (a profile taken with --cpu-prof is written at exit), then make sure.
  run.press('q', () => false, 0).catch(() => undefined);
  await Promise.race([run.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await stop(run);
  return {
    firstFrameMs,
    rssAfterOpen,
    rssAfterKeys,
    keysSent,
    samples,
    otherLatenciesMs,
    timeouts,
    multiFrameReplies,
    unsolicitedBytes,
    startCpuMs,
    cpuMsPerKey,
    warnings,
    elapsedMs: performance.now() - started,
  };
}

/** UTF-8 bytes of the rows of `after` that differ from `before`, trailing spaces trimmed. */
export function changedTextBytes(before: readonly string[], after: readonly string[]): number {
  let bytes = 0;
  for (let row = 0; row < after.length; row++) {
    const line = after[row] ?? '';
    if (line !== before[row]) bytes += Buffer.byteLength(line, 'utf8');
  }
  return bytes;
}
