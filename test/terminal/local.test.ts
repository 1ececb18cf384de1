import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { ExitCode } from '../../source/domain/exit-codes.js';
import { type LocalApp, type LocalHost, runLocal } from '../../source/terminal/local.js';
import { restoreSequence } from '../../source/terminal/screen.js';

const EVENTS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'uncaughtException', 'unhandledRejection'];

/** A process stand-in: records what reaches the terminal, in order, and the exit codes asked for. */
function fakeHost(env: Record<string, string> = {}) {
  const events = new EventEmitter();
  const log: string[] = [];
  const exits: number[] = [];
  const stdin = { isTTY: true, isRaw: true, setRawMode: (mode: boolean) => log.push(`raw:${mode}`) };
  const stdout = {
    isTTY: true,
    columns: 120,
    rows: 40,
    write: (chunk: string) => log.push(chunk === restoreSequence() ? 'restore' : `out:${chunk}`),
  };
  const stderr = { write: (chunk: string) => log.push(`err:${chunk}`) };
  const host = {
    stdin,
    stdout,
    stderr,
    env: { TERM: 'xterm-256color', ...env },
    on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
    off: (event: string, listener: (...args: unknown[]) => void) => events.off(event, listener),
    exit: (code: number) => exits.push(code),
  } as unknown as LocalHost;
  const listeners = () => EVENTS.map((event) => events.listenerCount(event));
  return { host, events, log, exits, listeners };
}

/** An app whose exit the test controls; unmount resolves it, as Ink's does. */
function fakeApp(log: string[]) {
  let resolve: (value?: unknown) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const exit = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const app: LocalApp = {
    waitUntilExit: () => exit,
    unmount: () => {
      log.push('unmount');
      resolve();
    },
  };
  return { app, resolve, reject };
}

describe('runLocal', () => {
  test('gives the app the host streams and what the terminal can do', async () => {
    const { host, log } = fakeHost({ COLORTERM: 'truecolor', LANG: 'C' });
    const control = fakeApp(log);
    let seen: unknown;
    const done = runLocal(
      (io) => {
        seen = io;
        return control.app;
      },
      { host },
    );
    control.resolve();
    await done;
    expect(seen).toMatchObject({ stdin: host.stdin, stdout: host.stdout, stderr: host.stderr });
    expect(seen).toMatchObject({ terminal: { columns: 120, rows: 40, colorLevel: 3, unicode: false } });
  });

  test('normal exit: restores once, returns 0 and removes every handler', async () => {
    const { host, log, exits, listeners } = fakeHost();
    const control = fakeApp(log);
    const done = runLocal(() => control.app, { host });
    expect(listeners()).toEqual([1, 1, 1, 1, 1]);
    control.resolve();
    expect(await done).toBe(0);
    expect(log).toEqual(['out:\u001B[?1049h\u001B[2J\u001B[H\u001B[?25l', 'restore', 'raw:false']);
    expect(exits).toEqual([]);
    expect(listeners()).toEqual([0, 0, 0, 0, 0]);
  });

  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ])('%s: unmounts, restores once and exits with %i', async (signal, code) => {
    const { host, events, log, exits, listeners } = fakeHost();
    const control = fakeApp(log);
    const done = runLocal(() => control.app, { host });
    events.emit(signal);
    events.emit(signal);
    expect(exits).toEqual([code]);
    expect(log.slice(1)).toEqual(['unmount', 'restore', 'raw:false']);
    expect(listeners()).toEqual([0, 0, 0, 0, 0]);
    expect(await done).toBe(code);
  });

  test('uncaught exception: restores, then prints one line, then exits 70', async () => {
    const { host, events, log, exits } = fakeHost();
    const control = fakeApp(log);
    void runLocal(() => control.app, { host });
    events.emit('uncaughtException', new Error('boom\n  in the\u001B[31m middle'), 'uncaughtException');
    expect(exits).toEqual([ExitCode.internal]);
    expect(log.slice(1)).toEqual([
      'unmount',
      'restore',
      'raw:false',
      'err:briefing: boom in the[31m middle (set BRIEFING_DEBUG=1 to see the stack)\n',
    ]);
  });

  test('unhandled rejection of a non-Error value is reported the same way', () => {
    const { host, events, log, exits } = fakeHost();
    void runLocal(() => fakeApp(log).app, { host });
    events.emit('unhandledRejection', 'no network', Promise.resolve());
    expect(exits).toEqual([ExitCode.internal]);
    expect(log.at(-1)).toBe('err:briefing: no network (set BRIEFING_DEBUG=1 to see the stack)\n');
  });

  test('BRIEFING_DEBUG prints the stack after the line', () => {
    const { host, events, log } = fakeHost({ BRIEFING_DEBUG: '1' });
    void runLocal(() => fakeApp(log).app, { host });
    const error = new Error('boom');
    events.emit('uncaughtException', error);
    expect(log.slice(-2)).toEqual(['err:briefing: boom\n', `err:${error.stack}\n`]);
  });

  test('an error after a signal is not reported twice, and the terminal is restored once', () => {
    const { host, events, log, exits } = fakeHost();
    void runLocal(() => fakeApp(log).app, { host });
    events.emit('SIGTERM');
    events.emit('uncaughtException', new Error('late'));
    expect(exits).toEqual([143]);
    expect(log.filter((entry) => entry === 'restore')).toHaveLength(1);
    expect(log.some((entry) => entry.startsWith('err:'))).toBe(false);
  });

  test('a rejected exit promise (an error while rendering) restores, prints and returns 70', async () => {
    const { host, log, exits, listeners } = fakeHost();
    const control = fakeApp(log);
    const done = runLocal(() => control.app, { host });
    control.reject(new Error('render failed'));
    expect(await done).toBe(ExitCode.internal);
    expect(log.slice(1)).toEqual([
      'restore',
      'raw:false',
      'err:briefing: render failed (set BRIEFING_DEBUG=1 to see the stack)\n',
    ]);
    expect(exits).toEqual([]);
    expect(listeners()).toEqual([0, 0, 0, 0, 0]);
  });

  test('an app that fails to start: restored, reported, 70', async () => {
    const { host, log, listeners } = fakeHost();
    const code = await runLocal(
      () => {
        throw new Error('no such briefing');
      },
      { host },
    );
    expect(code).toBe(ExitCode.internal);
    expect(log.slice(1)).toEqual([
      'restore',
      'raw:false',
      'err:briefing: no such briefing (set BRIEFING_DEBUG=1 to see the stack)\n',
    ]);
    expect(listeners()).toEqual([0, 0, 0, 0, 0]);
  });

  test('a throwing unmount does not stop the restore', () => {
    const { host, events, log, exits } = fakeHost();
    const app: LocalApp = {
      waitUntilExit: () => new Promise(() => {}),
      unmount: () => {
        throw new Error('already gone');
      },
    };
    void runLocal(() => app, { host });
    events.emit('SIGHUP');
    expect(log).toContain('restore');
    expect(exits).toEqual([129]);
  });
});
