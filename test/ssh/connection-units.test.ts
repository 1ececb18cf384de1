/**
 * The connection's and the server's bookkeeping, without a socket: which session a channel gets,
 * how a connection is ended, how failed logins are counted, and the book of connections.
 */
import type { AuthContext } from 'ssh2';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AuthPolicy } from '../../source/ssh/auth.js';
import { AuthTries, ConnectionEnd, MAX_AUTH_TRIES, sessionRole } from '../../source/ssh/connection.js';
import { ConnectionRegistry, peerKey } from '../../source/ssh/connection-registry.js';
import { createLogger } from '../../source/ssh/log.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('sessionRole', () => {
  test('the first session runs the reader, three more get a line, the rest are refused', () => {
    expect(sessionRole(false, 0)).toBe('first');
    expect([1, 2, 3].map((n) => sessionRole(true, n))).toEqual(['extra', 'extra', 'extra']);
    expect(sessionRole(true, 4)).toBe('refused');
  });
});

describe('ConnectionEnd', () => {
  test('disconnects once, and cuts a client that does not answer within the grace time', () => {
    vi.useFakeTimers();
    const client = { end: vi.fn() };
    const socket = { id: 'c1', destroy: vi.fn() };
    const ending = new ConnectionEnd(client as never, socket);
    ending.end();
    ending.end();
    expect(client.end).toHaveBeenCalledTimes(1);
    expect(ending.ending).toBe(true);
    vi.advanceTimersByTime(1999);
    expect(socket.destroy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(socket.destroy).toHaveBeenCalledTimes(1);
  });

  test('after the session, the client has the grace time to leave; a closed socket stops everything', () => {
    vi.useFakeTimers();
    const client = { end: vi.fn() };
    const socket = { id: 'c1', destroy: vi.fn() };
    const ending = new ConnectionEnd(client as never, socket);
    ending.endAfterGrace();
    vi.advanceTimersByTime(2000);
    expect(client.end).toHaveBeenCalledTimes(1);
    ending.closed();
    vi.advanceTimersByTime(10_000);
    expect(socket.destroy).not.toHaveBeenCalled();
    const quiet = new ConnectionEnd(client as never, socket);
    quiet.closed();
    quiet.end();
    quiet.endAfterGrace();
    vi.advanceTimersByTime(10_000);
    expect(client.end).toHaveBeenCalledTimes(1);
  });
});

describe('AuthTries', () => {
  const attempt = (method: string): AuthContext =>
    ({ method, username: 'reader', accept: vi.fn(), reject: vi.fn() }) as unknown as AuthContext;

  test('an accepted login runs its callback; failures end the connection at the limit', async () => {
    const lines: string[] = [];
    const end = vi.fn();
    const tries = new AuthTries(
      createLogger((line) => lines.push(line), 'json'),
      'c1',
      end,
    );
    const accepted = vi.fn();
    expect(await tries.decide(attempt('none'), { kind: 'open' }, accepted)).toBe(true);
    expect(accepted).toHaveBeenCalledTimes(1);
    // Without --open, `none` is the client asking what it may use: no attempt counted.
    const keys: AuthPolicy = {
      kind: 'keys',
      load: async () => ({ ok: true as const, keys: [], warnings: [] }),
    };
    expect(await tries.decide(attempt('none'), keys)).toBe(false);
    for (let i = 1; i < MAX_AUTH_TRIES; i++) await tries.decide(attempt('password'), keys);
    expect(end).not.toHaveBeenCalled();
    await tries.decide(attempt('password'), keys);
    expect(end).toHaveBeenCalledTimes(1);
    expect(lines.filter((line) => line.includes('"result":"rejected"'))).toHaveLength(MAX_AUTH_TRIES);
    expect(lines.at(-1)).toContain('"what":"auth-tries"');
  });
});

describe('ConnectionRegistry', () => {
  const socket = () => ({ destroy: vi.fn() });

  test('a socket is pending until ssh2 names its peer, and counted until it closes', () => {
    const registry = new ConnectionRegistry<ReturnType<typeof socket>>(2);
    const a = socket();
    const key = peerKey('10.0.0.1', 40000);
    const clear = vi.fn();
    expect(registry.admit(a, key, clear)).toBe('c1');
    expect(registry.admit(socket(), peerKey('10.0.0.2', 1), clear)).toBe('c2');
    expect(registry.connections).toBe(2);
    expect(registry.isPending(key, a)).toBe(true);
    expect(registry.identify(key)?.id).toBe('c1');
    expect(registry.identify(key)).toBeUndefined();
    expect(registry.isPending(key, a)).toBe(false);
    const handle = { authenticated: true, shutdown: vi.fn(), closed: vi.fn() };
    registry.attach(a, handle);
    expect(registry.closed(a, key)).toBe(handle);
    expect(registry.connections).toBe(1);
  });

  test('session places are limited', () => {
    const registry = new ConnectionRegistry(1);
    expect(registry.reserveSession()).toBe(true);
    expect(registry.reserveSession()).toBe(false);
    registry.releaseSession();
    expect([registry.sessions, registry.reserveSession()]).toEqual([0, true]);
  });

  test('shutdown tells each handler, cuts sockets still in their handshake, and says when the last has gone', () => {
    const registry = new ConnectionRegistry<ReturnType<typeof socket>>(2);
    const handshaking = socket();
    const running = socket();
    registry.admit(handshaking, 'a', () => undefined);
    registry.admit(running, 'b', () => undefined);
    registry.identify('b');
    const handle = { authenticated: true, shutdown: vi.fn(), closed: vi.fn() };
    registry.attach(running, handle);
    const empty = vi.fn();
    registry.shutdown('server shutting down', empty);
    expect(handle.shutdown).toHaveBeenCalledWith('server shutting down');
    expect(handshaking.destroy).toHaveBeenCalledTimes(1);
    registry.closed(handshaking, 'a');
    expect(empty).not.toHaveBeenCalled();
    registry.closed(running, 'b');
    expect(empty).toHaveBeenCalledTimes(1);
    const none = vi.fn();
    new ConnectionRegistry(1).shutdown('bye', none);
    expect(none).toHaveBeenCalledTimes(1);
  });
});
