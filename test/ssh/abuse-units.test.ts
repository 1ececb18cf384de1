/**
 * The fixes the abuse tests led to, each on its own, in-process: the window guard, the releasable
 * crash owner, the coalescing of window changes, and the log line for a connection ssh2 refuses
 * before the version exchange.
 */
import type { EventEmitter } from 'node:events';
import { connect as tcpConnect } from 'node:net';
import type { ServerChannel } from 'ssh2';
import { afterEach, describe, expect, test } from 'vitest';
import { ReleasableOwner } from '../../source/ssh/crash-guard.js';
import { RESIZE_INTERVAL_MS, resizeGate } from '../../source/ssh/limits.js';
import { guardWindow } from '../../source/ssh/window-guard.js';
import { connect, record, shell, startTestServer, type TestServer, waitFor } from './helpers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A stand-in for an ssh2 channel as its CHANNEL_DATA handler sees it: a window and `push`. */
function fakeChannel(window: number) {
  const pushed: (Buffer | null)[] = [];
  const channel = {
    incoming: { window },
    push: (chunk: Buffer | null) => {
      pushed.push(chunk);
      return true;
    },
  };
  /** What ssh2 does with each packet: take it off the window, then push it. */
  const receive = (data: Buffer): boolean => {
    channel.incoming.window -= data.length;
    return channel.push(data);
  };
  return { channel, pushed, receive };
}

describe('guardWindow (mscdex/ssh2#1505)', () => {
  test('data within the window passes; data past it is dropped, and reported once', () => {
    const { channel, pushed, receive } = fakeChannel(10);
    let overflows = 0;
    guardWindow(channel as unknown as ServerChannel, () => {
      overflows += 1;
    });
    expect(receive(Buffer.from('12345'))).toBe(true);
    expect(receive(Buffer.from('12345'))).toBe(true);
    expect(receive(Buffer.from('x'))).toBe(false);
    expect(receive(Buffer.from('more and more'))).toBe(false);
    expect(pushed.map((b) => b?.toString())).toEqual(['12345', '12345']);
    expect(overflows).toBe(1);
    // The end of input always passes.
    channel.push(null);
    expect(pushed.at(-1)).toBeNull();
  });
});

describe('ReleasableOwner', () => {
  test('forwards to the session until released, then to the stand-in only', () => {
    const seen: string[] = [];
    const owner = new ReleasableOwner({ crash: (e) => seen.push(`session ${String(e)}`) });
    owner.crash('one');
    owner.release({ crash: (e) => seen.push(`after ${String(e)}`) });
    owner.crash('two');
    expect(seen).toEqual(['session one', 'after two']);
  });
});

describe('resizeGate', () => {
  test('the first size at once, then only the latest per interval; nothing new, nothing applied', () => {
    const applied: number[] = [];
    const timers: (() => void)[] = [];
    const offer = resizeGate<number>(
      (size) => applied.push(size),
      (ms, fire) => {
        expect(ms).toBe(RESIZE_INTERVAL_MS);
        timers.push(fire);
      },
    );
    offer(1);
    offer(2);
    offer(3);
    expect(applied).toEqual([1]);
    timers.shift()?.();
    expect(applied).toEqual([1, 3]);
    timers.shift()?.();
    expect(applied).toEqual([1, 3]);
    expect(timers).toHaveLength(0);
    // Quiet again: the next size goes through at once.
    offer(4);
    expect(applied).toEqual([1, 3, 4]);
  });
});

describe('window changes', () => {
  test(`a burst reaches the app as at most one resize per ${RESIZE_INTERVAL_MS} ms, ending at the last size`, async () => {
    const s = await startTestServer();
    servers.push(s);
    const channel = await shell(await connect(s.port));
    const t = record(channel);
    await waitFor(() => t.stdout.includes('size 80x24'), 'the first frame');
    const app = s.apps[0];
    if (app === undefined) throw new Error('no app started');
    let resizes = 0;
    (app.io.stdout as unknown as EventEmitter).on('resize', () => {
      resizes += 1;
    });
    const started = Date.now();
    for (let i = 1; i <= 200; i++) channel.setWindow(20 + (i % 50), 40 + i, 0, 0);
    await waitFor(() => t.stdout.includes('size 240x20'), 'the last size');
    const elapsed = Date.now() - started;
    // The first at once, then one per interval: never one per request.
    expect(resizes).toBeLessThanOrEqual(2 + Math.ceil(elapsed / RESIZE_INTERVAL_MS));
    expect(resizes).toBeLessThan(20);
    expect(app.io.stdout.columns).toBe(240);
  });
});

describe('refusals before the version exchange', () => {
  async function rawClient(port: number, send: string | undefined, closeFirst: boolean): Promise<void> {
    const socket = tcpConnect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    await new Promise<void>((resolve) => {
      socket.on('connect', () => {
        if (send !== undefined) socket.write(send);
        if (closeFirst) socket.end();
      });
      socket.on('close', () => resolve());
    });
  }

  test('a first line that is not an SSH version line is refused and logged', async () => {
    const s = await startTestServer();
    servers.push(s);
    await rawClient(s.port, 'GET / HTTP/1.1\r\n\r\n', false);
    await waitFor(() => s.logged('disconnect'), 'the disconnect');
    expect(s.logged('refused', '"what":"bad-version"')).toBe(true);
  });

  test('a client that leaves before sending its version line is not a refusal', async () => {
    const s = await startTestServer();
    servers.push(s);
    await rawClient(s.port, 'SSH-2.0-Open', true);
    await rawClient(s.port, undefined, true);
    await waitFor(
      () => s.logs.filter((l) => l.includes('"event":"disconnect"')).length === 2,
      'both disconnects',
    );
    expect(s.logged('refused')).toBe(false);
  });
});
