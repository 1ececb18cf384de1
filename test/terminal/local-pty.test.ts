import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { restoreSequence } from '../../source/terminal/screen.js';
import { bundleFixture } from '../helpers/bundle-fixture.js';
import { keys, runInPty } from '../helpers/pty.js';

let bundle = '';

beforeAll(async () => {
  bundle = await bundleFixture(join(import.meta.dirname, 'local-app.fixture.ts'));
});

function start(env: Record<string, string> = {}) {
  return runInPty([bundle], { command: process.execPath, env });
}

function restores(raw: string): number {
  return raw.split(restoreSequence()).length - 1;
}

async function started(run: ReturnType<typeof start>) {
  await run.waitForText('app 80x24 color=2');
  expect(run.isAlternateScreen()).toBe(true);
  expect(run.cursorVisible()).toBe(false);
  expect(run.line(0)).toBe('app 80x24 color=2');
}

describe('runLocal in a real terminal', () => {
  test('q: Ink exits, the shell screen comes back with the cursor, exit code 0', async () => {
    const run = start();
    await started(run);
    run.write('ab');
    await run.waitForText('typed: ab');
    run.write('q');
    expect(await run.exited()).toEqual({ exitCode: 0 });
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.cursorVisible()).toBe(true);
    expect(run.line(0)).toBe('shell$ briefing');
    expect(run.line(1)).toBe('after: code=0 raw=false');
    expect(restores(run.raw())).toBe(1);
  });

  test('Ctrl-C is a key in raw mode: Ink exits normally', async () => {
    const run = start();
    await started(run);
    // The first frame is drawn before Ink's input effect turns raw mode on; until then the pty
    // turns Ctrl-C into SIGINT (exit 130). A key that reaches the app proves raw mode is on.
    run.write('a');
    await run.waitForText('typed: a');
    run.write(keys.ctrlC);
    expect(await run.exited()).toEqual({ exitCode: 0 });
    expect(run.screen()).toContain('after: code=0 raw=false');
    expect(run.isAlternateScreen()).toBe(false);
  });

  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ])('%s: terminal restored once, exit code %i', async (signal, code) => {
    const run = start();
    await started(run);
    run.kill(signal);
    expect(await run.exited()).toEqual({ exitCode: code });
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.cursorVisible()).toBe(true);
    expect(run.line(0)).toBe('shell$ briefing');
    expect(run.line(1)).toBe('');
    expect(restores(run.raw())).toBe(1);
    // Nothing is drawn after the screen is given back; Ink's cli-cursor (restore-cursor) shows
    // the cursor once more from its own exit hook, which is harmless.
    const raw = run.raw();
    const after = raw.slice(raw.lastIndexOf(restoreSequence()) + restoreSequence().length);
    expect(after.replaceAll('\u001B[?25h', '')).toBe('');
  });

  test('an uncaught exception: restored first, then one line on the normal screen, exit 70', async () => {
    const run = start();
    await started(run);
    run.write('x');
    expect(await run.exited()).toEqual({ exitCode: 70 });
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.cursorVisible()).toBe(true);
    expect(run.screen().split('\n').filter(Boolean)).toEqual([
      'shell$ briefing',
      'briefing: boom second line (set BRIEFING_DEBUG=1 to see the stack)',
    ]);
    expect(restores(run.raw())).toBe(1);
  });

  test('an unhandled rejection: the same, exit 70', async () => {
    const run = start();
    await started(run);
    run.write('r');
    expect(await run.exited()).toEqual({ exitCode: 70 });
    expect(run.line(1)).toBe('briefing: nope (set BRIEFING_DEBUG=1 to see the stack)');
    expect(run.isAlternateScreen()).toBe(false);
  });

  test('BRIEFING_DEBUG adds the stack after the line', async () => {
    const run = start({ BRIEFING_DEBUG: '1' });
    await started(run);
    run.write('x');
    expect(await run.exited()).toEqual({ exitCode: 70 });
    expect(run.line(1)).toBe('briefing: boom second line');
    expect(run.screen()).toMatch(/^Error: boom\nsecond line\n\s+at /m);
  });

  test('an error while rendering: Ink rejects, runLocal restores, reports and returns 70', async () => {
    const run = start();
    await started(run);
    run.write('e');
    expect(await run.exited()).toEqual({ exitCode: 70 });
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.cursorVisible()).toBe(true);
    expect(run.screen()).toContain('briefing: render failed (set BRIEFING_DEBUG=1 to see the stack)');
    expect(run.screen()).toContain('after: code=70 raw=false');
    expect(restores(run.raw())).toBe(1);
  });
});
