import { connect as tcpConnect } from 'node:net';
import type { Client } from 'ssh2';
import { afterEach, describe, expect, test } from 'vitest';
import { connect, keyPair, record, shell, startTestServer, type TestServer, waitFor } from './helpers.js';

const servers: TestServer[] = [];

const hasControl = (text: string): boolean =>
  [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
const clients: Client[] = [];

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer(options);
  servers.push(started);
  return started;
}

async function login(port: number, config: Parameters<typeof connect>[1] = {}): Promise<Client> {
  const client = await connect(port, config);
  clients.push(client);
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.end();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('authentication', () => {
  test('a key in authorized_keys logs in, and the log names its fingerprint', async () => {
    const s = await server({ auth: 'keys' });
    await login(s.port, { privateKey: s.clientKey.private });
    await waitFor(() => s.logged('auth', '"result":"accepted"'), 'the auth log line');
    const line = s.logs.find((l) => l.includes('"result":"accepted"')) ?? '';
    expect(JSON.parse(line)).toMatchObject({ method: 'publickey', key: expect.stringMatching(/^SHA256:/) });
  });

  test('a key not in authorized_keys is refused', async () => {
    const s = await server({ auth: 'keys' });
    await expect(login(s.port, { privateKey: keyPair().private })).rejects.toThrow(
      /authentication methods failed/,
    );
    expect(s.logged('auth', 'key not in authorized keys')).toBe(true);
  });

  test('passwords are never accepted, even with --open', async () => {
    const keys = await server({ auth: 'keys' });
    await expect(login(keys.port, { password: 'secret', tryKeyboard: true })).rejects.toThrow(
      /authentication methods failed/,
    );
    const open = await server({ auth: 'open' });
    // With --open the client gets in through `none` before it ever offers the password.
    await login(open.port, { password: 'secret' });
    expect(open.logged('auth', '"method":"none"')).toBe(true);
    expect(open.logs.some((l) => l.includes('"method":"password"') && l.includes('accepted'))).toBe(false);
  });

  test('--open lets a client in with no credentials at all', async () => {
    const s = await server({ auth: 'open' });
    const client = await login(s.port);
    const t = record(await shell(client));
    await waitFor(() => t.stdout.includes('size 80x24'), 'the first frame');
  });
});

describe('sessions', () => {
  test('the pty size, TERM and COLORTERM reach the app, and resizes follow (clamped)', async () => {
    const s = await server();
    const client = await login(s.port);
    const channel = await shell(
      client,
      { cols: 100, rows: 30, term: 'xterm-256color' },
      { env: { COLORTERM: 'truecolor' } },
    );
    const t = record(channel);
    await waitFor(() => t.stdout.includes('size 100x30'), 'the initial size');
    expect(t.stdout).toContain('term=xterm-256color colorterm=truecolor');
    channel.setWindow(40, 120, 0, 0);
    await waitFor(() => t.stdout.includes('size 120x40'), 'the resize');
    channel.setWindow(100_000, 100_000, 0, 0);
    await waitFor(() => t.stdout.includes('size 500x200'), 'the clamped resize');
    channel.setWindow(1, 1, 0, 0);
    await waitFor(() => t.stdout.includes('size 10x5'), 'the clamped small size');
    expect(s.logged('session-start', '"size":"100x30"')).toBe(true);
  });

  test('keys reach the app as sent (0x7F stays 0x7F), and `q` ends with exit status 0', async () => {
    const s = await server();
    const client = await login(s.port);
    const channel = await shell(client);
    const t = record(channel);
    await waitFor(() => t.stdout.includes('size 80x24'), 'the first frame');
    channel.write('j');
    await waitFor(() => t.stdout.includes('key "j"'), 'the echo of j');
    channel.write('\x7f');
    await waitFor(() => t.stdout.includes('key "\x7f"'), 'the echo of DEL');
    channel.write('q');
    await waitFor(() => t.closed, 'the channel to close');
    expect(t.exitCode).toBe(0);
    await waitFor(() => s.server.activeSessions === 0, 'no active session');
    expect(s.apps[0]?.io.stdin.isRaw).toBe(true);
    expect(s.logged('session-end', '"reason":"exit"')).toBe(true);
  });

  test("every lone '\\n' the app writes goes out as '\\r\\n'", async () => {
    const s = await server();
    const t = record(await shell(await login(s.port)));
    await waitFor(() => t.stdout.includes('size 80x24\r\n'), 'the first frame');
    const raw = t.raw.toString('latin1');
    expect(raw).toContain('\r\n');
    expect(raw.replaceAll('\r\n', '')).not.toContain('\n');
  });

  test('the user name opens the briefing with that id, and anything else the picker', async () => {
    const s = await server({ ids: ['alpha'] });
    const named = record(await shell(await login(s.port, { username: 'alpha' })));
    await waitFor(() => named.stdout.includes('hello alpha '), 'the named briefing');
    const other = record(await shell(await login(s.port, { username: '../alpha' })));
    await waitFor(() => other.stdout.includes('hello (picker) '), 'the picker');
    expect(s.apps.map((a) => a.briefingId)).toEqual(['alpha', undefined]);
  });

  test('control characters in the user name and TERM reach neither the app nor the log', async () => {
    const s = await server();
    const client = await login(s.port, { username: 'eve\u001b]0;pwned\u0007\nx' });
    const t = record(await shell(client, { cols: 80, rows: 24, term: 'xterm\u001b[31m' }));
    await waitFor(() => t.stdout.includes('size 80x24'), 'the first frame');
    expect(hasControl(s.apps[0]?.io.user ?? '')).toBe(false);
    expect(s.apps[0]?.io.term).toBe('xterm31m');
    for (const line of s.logs) expect(hasControl(JSON.parse(line).user ?? '')).toBe(false);
  });
});

describe('refusals', () => {
  test('exec: a message and exit status 1', async () => {
    const s = await server();
    const client = await login(s.port);
    const channel = await new Promise<import('ssh2').ClientChannel>((resolve, reject) =>
      client.exec('cat /etc/passwd', (error, ch) => (error ? reject(error) : resolve(ch))),
    );
    const t = record(channel);
    await waitFor(() => t.closed, 'the channel to close');
    expect(t.stderr).toContain('this server only serves the briefing reader');
    expect(t.exitCode).toBe(1);
    expect(s.logged('refused', '"what":"exec"')).toBe(true);
    expect(s.apps).toHaveLength(0);
  });

  test('sftp (a subsystem) is refused', async () => {
    const s = await server();
    const client = await login(s.port);
    await expect(
      new Promise((resolve, reject) => client.sftp((error, sftp) => (error ? reject(error) : resolve(sftp)))),
    ).rejects.toThrow();
    await waitFor(() => s.logged('refused', '"what":"subsystem"'), 'the refusal in the log');
  });

  test('local and remote port forwarding are refused', async () => {
    const s = await server();
    const client = await login(s.port);
    await expect(
      new Promise((resolve, reject) =>
        client.forwardOut('127.0.0.1', 1234, '127.0.0.1', s.port, (error, ch) =>
          error ? reject(error) : resolve(ch),
        ),
      ),
    ).rejects.toThrow();
    await expect(
      new Promise((resolve, reject) =>
        client.forwardIn('127.0.0.1', 0, (error, port) => (error ? reject(error) : resolve(port))),
      ),
    ).rejects.toThrow();
    expect(s.logged('refused', 'port-forwarding')).toBe(true);
    expect(s.logged('refused', 'remote-forwarding')).toBe(true);
  });

  test('X11 forwarding is refused', async () => {
    const s = await server();
    const client = await login(s.port);
    await expect(shell(client, { cols: 80, rows: 24 }, { x11: true })).rejects.toThrow(/X11/);
    expect(s.logged('refused', 'x11-forwarding')).toBe(true);
  });

  test('a shell without a pty: a message and exit status 1', async () => {
    const s = await server();
    const t = record(await shell(await login(s.port), false));
    await waitFor(() => t.closed, 'the channel to close');
    expect(t.stderr).toContain('this server needs a terminal');
    expect(t.exitCode).toBe(1);
    expect(s.apps).toHaveLength(0);
  });

  test('a second session on one connection is refused; the first carries on', async () => {
    const s = await server();
    const client = await login(s.port);
    const first = await shell(client);
    const one = record(first);
    await waitFor(() => one.stdout.includes('size 80x24'), 'the first session');
    const two = record(await shell(client));
    await waitFor(() => two.closed, 'the second session to close');
    expect(two.stderr).toContain('one session per connection');
    expect(two.exitCode).toBe(1);
    first.write('x');
    await waitFor(() => one.stdout.includes('key "x"'), 'the first session to still answer');
    expect(s.server.activeSessions).toBe(1);
  });
});

describe('limits', () => {
  test('over the session limit: a message and close', async () => {
    const s = await server({ limits: { maxSessions: 1 } });
    const one = record(await shell(await login(s.port)));
    await waitFor(() => one.stdout.includes('size'), 'the first session');
    const two = record(await shell(await login(s.port)));
    await waitFor(() => two.closed, 'the second session to close');
    expect(two.stderr).toContain('the server is full');
    expect(two.exitCode).toBe(1);
    expect(s.logged('limit', '"what":"max-sessions"')).toBe(true);
    expect(s.server.activeSessions).toBe(1);
  });

  test('a connection that never authenticates is closed after the pre-auth timeout', async () => {
    const s = await server({ limits: { preAuthTimeoutMs: 200 } });
    const socket = tcpConnect(s.port, '127.0.0.1');
    socket.on('data', () => undefined);
    let closed = false;
    socket.on('close', () => {
      closed = true;
    });
    socket.on('error', () => undefined);
    await waitFor(() => closed, 'the server to close the socket');
    expect(s.logged('limit', 'pre-auth-timeout')).toBe(true);
    await waitFor(() => s.openConnections() === 0, 'no connection left');
  });

  test('an idle session is closed after the idle timeout, with a message', async () => {
    const s = await server({ limits: { idleTimeoutMs: 300 } });
    const t = record(await shell(await login(s.port)));
    await waitFor(() => t.closed, 'the idle session to close');
    expect(t.stderr).toContain('without input');
    expect(t.exitCode).toBe(1);
    expect(s.apps[0]?.unmounted).toBe(true);
    expect(s.logged('limit', 'idle-timeout')).toBe(true);
  });

  test('a session is closed at the maximum session length', async () => {
    const s = await server({ limits: { maxSessionLengthMs: 300 } });
    const t = record(await shell(await login(s.port)));
    await waitFor(() => t.closed, 'the session to close');
    expect(t.stderr).toContain('session time limit');
    expect(s.logged('limit', 'max-session-length')).toBe(true);
  });

  test('concurrent connections per address are limited', async () => {
    const s = await server({ limits: { maxConnectionsPerIp: 1 } });
    await login(s.port);
    await expect(login(s.port)).rejects.toThrow();
    expect(s.logged('limit', 'max-connections-per-ip')).toBe(true);
  });

  test('new connections per minute per address are limited', async () => {
    const s = await server({ limits: { maxNewConnectionsPerMinute: 2 } });
    (await login(s.port)).end();
    (await login(s.port)).end();
    await expect(login(s.port)).rejects.toThrow();
    expect(s.logged('limit', 'max-new-connections-per-minute')).toBe(true);
  });

  test('input over the byte rate is slowed down, not lost', async () => {
    const s = await server({ limits: { maxInputBytesPerSecond: 1000 } });
    const channel = await shell(await login(s.port));
    const t = record(channel);
    await waitFor(() => t.stdout.includes('size'), 'the first frame');
    const started = Date.now();
    for (let i = 0; i < 20; i++) channel.write('a'.repeat(100));
    await waitFor(() => (t.stdout.match(/a/g) ?? []).length >= 2000, 'every byte', 10_000);
    // 1000 bytes of burst, then 1000 more at 1000 bytes a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(s.logged('limit', 'input-rate')).toBe(true);
  });
});

describe('robustness', () => {
  test('a client that drops mid-session leaves no session, app or connection behind', async () => {
    const s = await server();
    const client = await login(s.port);
    const t = record(await shell(client));
    await waitFor(() => t.stdout.includes('size'), 'the first frame');
    expect(s.server.activeSessions).toBe(1);
    client.destroy();
    await waitFor(
      () => s.server.activeSessions === 0 && s.openConnections() === 0,
      'the session and the connection to go',
    );
    expect(s.apps[0]?.unmounted).toBe(true);
    expect(s.apps[0]?.io.stdout.listenerCount('resize')).toBe(0);
  });

  test('an app that throws on start ends only its session; the server carries on', async () => {
    let calls = 0;
    const s = await server({
      startSession: () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return { waitUntilExit: () => new Promise(() => undefined), unmount: () => undefined };
      },
    });
    const t = record(await shell(await login(s.port)));
    await waitFor(() => t.closed, 'the crashed session to close');
    expect(t.stderr).toContain('internal error');
    expect(t.exitCode).toBe(70);
    expect(s.logged('session-crash', 'boom')).toBe(true);
    await shell(await login(s.port));
    await waitFor(() => s.server.activeSessions === 1, 'a new session');
  });

  test('an app whose exit promise rejects ends only its session', async () => {
    const s = await server({
      startSession: () => ({
        waitUntilExit: () => Promise.reject(new Error('render failed')),
        unmount: () => undefined,
      }),
    });
    const t = record(await shell(await login(s.port)));
    await waitFor(() => t.closed, 'the session to close');
    expect(s.logged('session-crash', 'render failed')).toBe(true);
    expect(s.server.activeSessions).toBe(0);
  });

  test('an error thrown by an app while handling a key ends only its session', async () => {
    const s = await server({
      startSession: (io) => {
        io.stdin.on('data', () => {
          throw new Error('key handler failed');
        });
        return { waitUntilExit: () => new Promise(() => undefined), unmount: () => undefined };
      },
    });
    const other = await shell(await login(s.port));
    const channel = await shell(await login(s.port));
    const t = record(channel);
    await waitFor(() => s.server.activeSessions === 2, 'two sessions');
    channel.write('x');
    await waitFor(() => t.closed, 'the failing session to close');
    expect(s.logged('session-crash', 'key handler failed')).toBe(true);
    expect(s.server.activeSessions).toBe(1);
    expect(other.writable).toBe(true);
  });

  test('an error thrown later (in a timer) by an app is traced to its session, which alone ends', async () => {
    // Stand in for the process's uncaughtException handler, which runServe installs.
    const vitestHandlers = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    let unclaimed = 0;
    let s: TestServer | undefined;
    process.on('uncaughtException', (error) => {
      if (!s?.server.handleUncaught(error)) unclaimed += 1;
    });
    try {
      s = await server({
        startSession: (io) => {
          io.stdin.on('data', () => {
            setTimeout(() => {
              throw new Error('timer failed');
            }, 1);
          });
          return { waitUntilExit: () => new Promise(() => undefined), unmount: () => undefined };
        },
      });
      const other = await shell(await login(s.port));
      const channel = await shell(await login(s.port));
      const t = record(channel);
      await waitFor(() => s?.server.activeSessions === 2, 'two sessions');
      channel.write('x');
      await waitFor(() => t.closed, 'the failing session to close');
      expect(unclaimed).toBe(0);
      expect(s.logged('session-crash', 'timer failed')).toBe(true);
      expect(s.server.activeSessions).toBe(1);
      expect(other.writable).toBe(true);
    } finally {
      process.removeAllListeners('uncaughtException');
      for (const handler of vitestHandlers) process.on('uncaughtException', handler);
    }
  });

  test('shutdown tells open sessions and closes everything within the deadline', async () => {
    const s = await server();
    const t = record(await shell(await login(s.port)));
    await waitFor(() => t.stdout.includes('size'), 'the first frame');
    const started = Date.now();
    await s.server.shutdown(5000);
    expect(Date.now() - started).toBeLessThan(5500);
    expect(t.stderr).toContain('server shutting down');
    expect([s.server.activeSessions, s.openConnections()]).toEqual([0, 0]);
    expect(s.apps[0]?.unmounted).toBe(true);
    await expect(login(s.port)).rejects.toThrow();
  });
});
