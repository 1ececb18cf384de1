/**
 * The terminal is given back whatever ends the reader: the real reader (`node bin/briefing.js`,
 * as built) killed by SIGTERM or SIGHUP, and the same reader with a fault planted in a real
 * component (test/helpers/faulty-reader.ts). Each runs under a shell in a pty, the shell being
 * the controlling terminal's session leader: it records `stty -a` before the reader starts and
 * after it ends, and the two must be equal; while the reader runs, the settings differ (raw mode),
 * so the comparison can fail. The emulator must show the main screen and the cursor.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { restoreSequence } from '../../source/terminal/screen.js';
import { waitFor } from '../harness/wait.js';
import { bundleFixture } from '../helpers/bundle-fixture.js';
import { FAULTS, type FaultMode } from '../helpers/planted-faults.js';
import { type PtyRun, runInPty } from '../helpers/pty.js';

const root = join(import.meta.dirname, '../..');
const briefing = join(root, 'content/abu-dhabi-talks.md');
let faultyReader = '';
const ERROR_HINT = ' (set BRIEFING_DEBUG=1 to see the stack)';

beforeAll(async () => {
  faultyReader = await bundleFixture(join(root, 'test/helpers/faulty-reader.ts'));
});

/** A reader started by a shell that records the terminal settings around it. */
interface Wrapped {
  readonly run: PtyRun;
  /** The files the shell writes, in `home`. */
  read(name: 'before' | 'after' | 'code' | 'tty' | 'shell.pid'): string;
  /** The reader's process id (the shell's child). */
  readerPid(): number;
}

/**
 * Runs `sh -c` in a pty: `stty -a > before; <command>; echo $? > code; stty -a > after`. The
 * reader is the shell's foreground child; signals are sent to it alone, as `kill` would.
 */
function wrapped(command: readonly string[]): Wrapped {
  const quoted = command.map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ');
  const script = [
    'cd "$HOME"',
    'stty -a > before',
    'tty > tty',
    'echo $$ > shell.pid',
    `${quoted}`,
    'echo $? > code',
    'stty -a > after',
    'echo "shell: back"',
  ].join('\n');
  const run = runInPty(['-c', script], {
    command: '/bin/sh',
    cols: 100,
    rows: 30,
    // As the built CLI runs React (bin/briefing.js bundles it with NODE_ENV=production).
    env: { NODE_ENV: 'production' },
  });
  const read = (name: string): string => readFileSync(join(run.home, name), 'utf8');
  return {
    run,
    read,
    readerPid: () => {
      const shell = read('shell.pid').trim();
      const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
      expect(children).toHaveLength(1);
      return Number(children[0]);
    },
  };
}

/** The terminal's settings now, read from outside (the reader holds the terminal). */
function sttyNow(tty: string): string {
  return execFileSync('stty', ['-a', '-F', tty], { encoding: 'utf8' });
}

/** Starts the reader, checks that it took the terminal (alternate screen, no cursor, raw mode). */
async function started(command: readonly string[]): Promise<Wrapped> {
  const wrap = wrapped(command);
  await wrap.run.waitFor((s) => /^Overview /m.test(s), 'the reader’s first frame', 10_000);
  expect(wrap.run.isAlternateScreen()).toBe(true);
  expect(wrap.run.cursorVisible()).toBe(false);
  await waitForFile(wrap.run.home, 'tty');
  const during = sttyNow(wrap.read('tty').trim());
  expect(during).not.toBe(wrap.read('before'));
  expect(during).toMatch(/(^|\s)-icanon(\s|$)/);
  expect(during).toMatch(/(^|\s)-echo(\s|$)/);
  return wrap;
}

function waitForFile(dir: string, name: string): Promise<void> {
  return waitFor(() => existsSync(join(dir, name)), `the shell to write ${name}`);
}

/** After the reader: the shell carried on, and the terminal is as it was before. */
async function expectRestored(wrap: Wrapped, code: number): Promise<void> {
  await wrap.run.waitFor((s) => s.includes('shell: back'), 'the shell to carry on after the reader');
  expect((await wrap.run.exited()).exitCode).toBe(0);
  expect(Number(wrap.read('code'))).toBe(code);
  expect(wrap.read('after')).toBe(wrap.read('before'));
  expect(wrap.run.isAlternateScreen()).toBe(false);
  expect(wrap.run.cursorVisible()).toBe(true);
  // Once restored, nothing more from the reader but restoring again (runLocal and startReader
  // each own a terminal session), Ink's own `show cursor`, and the one line of a fault: no frame
  // lands in the shell.
  const raw = wrap.run.raw();
  const after = raw.slice(raw.indexOf(restoreSequence()));
  const rest = after
    .replaceAll(restoreSequence(), '')
    .replaceAll('\u001b[?25h', '')
    .replace(/^briefing: [^\r\n]*\r\n/, '');
  expect(rest).toBe('shell: back\r\n');
}

describe('the terminal is restored (real reader, stty -a compared)', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s: main screen, cursor, stty -a as before; exit %i', async (signal, code) => {
    const wrap = await started([process.execPath, join(root, 'bin/briefing.js'), briefing]);
    process.kill(wrap.readerPid(), signal);
    await expectRestored(wrap, code);
  });

  test('q (the normal way out): the same', async () => {
    const wrap = await started([process.execPath, join(root, 'bin/briefing.js'), briefing]);
    wrap.run.write('q');
    await expectRestored(wrap, 0);
  });

  test.each([
    ['search', 'in the reducer, inside Ink’s key handler'],
    ['render', 'in the Header component, while rendering'],
  ] as const)(
    'an error thrown %s (%s): restored, then one line, exit 70',
    async (mode: FaultMode, _where: string) => {
      const wrap = await started([process.execPath, faultyReader, briefing, mode]);
      wrap.run.write('/x');
      await wrap.run.waitFor((s) => /\/x/.test(s.split('\n').at(-1) ?? ''), 'the search prompt');
      wrap.run.write('\r');
      await expectRestored(wrap, 70);
      const line = `briefing: ${FAULTS[mode]}${ERROR_HINT}`;
      expect(wrap.run.screen().split('\n')).toContain(line);
      // On the normal screen, after the restore, and one line: no stack, no frame.
      const raw = wrap.run.raw();
      expect(raw.indexOf(line)).toBeGreaterThan(raw.indexOf(restoreSequence()));
      expect(raw).not.toMatch(/\n\s+at /);
    },
  );
});
