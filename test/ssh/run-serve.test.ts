import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Client } from 'ssh2';
import { afterEach, describe, expect, test } from 'vitest';
import { listenFailure, runServe } from '../../source/cli/run-serve.js';
import { fingerprint } from '../../source/ssh/host-key.js';
import type { ServeFlags } from '../../source/ssh/options.js';
import type { SshServer } from '../../source/ssh/server.js';
import { connect, type FakeApp, fakeStartSession, record, shell, tempDir, waitFor } from './helpers.js';

const briefing = (title: string): string => `---\ntitle: ${title}\n---\n\n## One\n\nText.\n`;

const baseFlags: ServeFlags = {
  port: 0,
  listen: '127.0.0.1',
  maxSessions: 64,
  maxConnections: 128,
  maxConnectionsPerIp: 10,
  maxNewConnectionsPerMinute: 100,
  preAuthTimeout: 20_000,
  idleTimeout: 600_000,
  maxSessionLength: 7_200_000,
  maxInputRate: 8192,
  logFormat: 'json',
};

/** A process stand-in: collects stdout and stderr, and lets the test send signals. */
class FakeHost extends EventEmitter {
  out = '';
  err = '';
  readonly stdout = new Writable({
    write: (chunk, _encoding, done) => {
      this.out += String(chunk);
      done();
    },
  });
  readonly stderr = new Writable({
    write: (chunk, _encoding, done) => {
      this.err += String(chunk);
      done();
    },
  });
  events(): { event: string; [key: string]: unknown }[] {
    return this.out
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }
}

const clients: Client[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.end();
});

async function serve(dir: string, flags: Partial<ServeFlags>, apps: FakeApp[] = []) {
  const host = new FakeHost();
  let server: SshServer | undefined;
  const libraries: string[][] = [];
  const done = runServe(dir, {
    flags: { ...baseFlags, ...flags },
    host,
    createStartSession: async () => (library) => {
      libraries.push(library.briefings.map((b) => b.id));
      return fakeStartSession(apps);
    },
    onListening: (s) => {
      server = s;
    },
  });
  return { host, done, libraries, server: () => server };
}

describe('runServe', () => {
  test('without --open or --authorized-keys: exit 2, a line that says what to give, and where the usage is', async () => {
    const { host, done } = await serve(tempDir(), {});
    expect(await done).toBe(2);
    expect(host.err).toBe(
      'briefing serve: serve needs to know who may connect; give --authorized-keys FILE (public keys, one a line) or --open (anyone)\n(run `briefing serve --help` for usage)\n',
    );
  });

  test('a missing authorized_keys file: exit 3', async () => {
    const { host, done } = await serve(tempDir(), { authorizedKeys: '/nonexistent/authorized_keys' });
    expect(await done).toBe(3);
    expect(host.err).toMatch(
      /^briefing serve: authorized keys \/nonexistent\/authorized_keys cannot be read/,
    );
  });

  test('a port already taken: exit 4', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dir = tempDir();
    writeFileSync(join(dir, 'alpha.md'), briefing('Alpha'));
    const { host, done } = await serve(dir, { open: true, port, hostKey: join(dir, 'key') });
    expect(await done).toBe(4);
    expect(host.err).toMatch(
      /^briefing serve: cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\): the port is taken; pick another --port/,
    );
    blocker.close();
  });

  test("an address that is not this machine's: exit 4, and what to give instead", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'alpha.md'), briefing('Alpha'));
    // 192.0.2.0/24 is TEST-NET-1: never assigned to a machine.
    const { host, done } = await serve(dir, { open: true, listen: '192.0.2.1', hostKey: join(dir, 'key') });
    expect(await done).toBe(4);
    expect(host.err).toBe(
      'briefing serve: cannot listen on 192.0.2.1:0 (EADDRNOTAVAIL): not an address of this machine; give --listen 127.0.0.1, 0.0.0.0 or one of its addresses\n',
    );
    // Said once, on stderr; not again as a log event.
    expect(host.events().some((e) => e.event === 'server-error')).toBe(false);
  });

  test('a privileged port names the fix', () => {
    expect(listenFailure('0.0.0.0', 22, Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(
      'cannot listen on 0.0.0.0:22 (EACCES): ports below 1024 need privilege; use --port 2222 and redirect port 22 to it (see docs/ssh.md)',
    );
  });

  test('serves, skips a broken briefing, reloads for new sessions, keeps the host key, stops on SIGTERM', async () => {
    const dir = tempDir();
    const keyFile = join(tempDir(), 'host_key');
    writeFileSync(join(dir, 'alpha.md'), briefing('Alpha'));
    writeFileSync(join(dir, 'broken.md'), '---\ntitel: Broken\n---\n\nText.\n');
    const apps: FakeApp[] = [];
    const run = await serve(dir, { open: true, hostKey: keyFile }, apps);
    await waitFor(() => run.server() !== undefined, 'the server to listen');
    const port = run.server()?.address.port ?? 0;
    const listening = run.host.events().find((e) => e.event === 'listening');
    expect(listening?.fingerprint).toMatch(/^SHA256:/);
    expect(
      run.host.events().some((e) => e.event === 'library-problem' && String(e.problem).includes('broken.md')),
    ).toBe(true);
    expect(run.libraries).toEqual([['alpha']]);

    // The client checks it is talking to the key that was printed.
    let seen = '';
    const hostVerifier = (key: Buffer): boolean => {
      seen = fingerprint(key);
      return true;
    };
    const alpha = await connect(port, { username: 'alpha', hostVerifier });
    clients.push(alpha);
    const first = record(await shell(alpha));
    await waitFor(() => first.stdout.includes('hello alpha '), 'the alpha session');
    expect(seen).toBe(listening?.fingerprint);

    writeFileSync(join(dir, 'beta.md'), briefing('Beta'));
    await waitFor(() => run.libraries.length === 2, 'the reload after the change');
    expect(run.libraries[1]).toEqual(['alpha', 'beta']);
    const beta = await connect(port, { username: 'beta' });
    clients.push(beta);
    const second = record(await shell(beta));
    await waitFor(() => second.stdout.includes('hello beta '), 'the new briefing for a new session');
    expect(first.closed).toBe(false); // the open session was left alone

    run.host.emit('SIGHUP');
    await waitFor(
      () => run.host.events().some((e) => e.event === 'library' && e.reason === 'SIGHUP'),
      'the reload on SIGHUP',
    );

    run.host.emit('SIGTERM');
    expect(await run.done).toBe(0);
    expect(first.stderr).toContain('server shutting down');
    expect(run.host.listenerCount('SIGTERM') + run.host.listenerCount('uncaughtException')).toBe(0);

    // A restart with the same --host-key presents the same key.
    const again = await serve(dir, { open: true, hostKey: keyFile });
    await waitFor(() => again.server() !== undefined, 'the restarted server');
    expect(again.host.events().find((e) => e.event === 'listening')?.fingerprint).toBe(
      listening?.fingerprint,
    );
    again.host.emit('SIGTERM');
    expect(await again.done).toBe(0);
  });

  test('a missing directory: exit 3 and the problem on stderr', async () => {
    const { host, done } = await serve(join(tempDir(), 'nothing-here'), {
      open: true,
      hostKey: join(tempDir(), 'k'),
    });
    expect(await done).toBe(3);
    expect(host.err).toMatch(/nothing-here/);
  });
});
