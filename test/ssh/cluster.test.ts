/**
 * `briefing serve --workers 2` as built: the workers share the port and the limits, a worker that
 * dies is replaced and takes only its own sessions with it, SIGTERM drains every worker, SIGHUP
 * reloads every worker's library.
 */
import { copyFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir, waitFor } from './helpers.js';
import { openReader, type ReaderClient } from './reader-client.js';
import { type ServeProcess, startServeProcess } from './serve-process.js';

const bundled = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
const TWO = ['--workers', '2'];

/** The pid of worker `n` (1-based) as last reported ready. */
function workerPid(server: ServeProcess, n: number): number {
  const ready = server.find('worker-ready', { worker: n }).at(-1);
  if (ready === undefined) throw new Error(`worker ${n} never reported ready`);
  return Number(ready.pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Opens readers until both workers hold one; returns the one of each (the rest are closed). */
async function oneReaderPerWorker(server: ServeProcess): Promise<[ReaderClient, ReaderClient]> {
  const byWorker = new Map<number, ReaderClient>();
  for (let tries = 0; tries < 8 && byWorker.size < 2; tries++) {
    const before = server.find('session-start').length;
    const reader = await openReader(server.port, { timeoutMs: 15_000 });
    await waitFor(() => server.find('session-start').length > before, 'the session-start line');
    const worker = Number(server.find('session-start').at(-1)?.worker);
    if (byWorker.has(worker)) reader.close();
    else byWorker.set(worker, reader);
  }
  const [one, two] = [byWorker.get(1), byWorker.get(2)];
  if (one === undefined || two === undefined) throw new Error('the connections did not reach both workers');
  return [one, two];
}

describe('serve --workers 2', () => {
  test('both workers serve on one port; the listening line is said once', async () => {
    const server = await startServeProcess(bundled, TWO);
    await waitFor(() => server.find('worker-ready').length === 2, 'both workers ready');
    expect(server.find('listening')).toHaveLength(1);
    expect(server.find('listening')[0]).toMatchObject({ workers: 2 });
    const [one, two] = await oneReaderPerWorker(server);
    for (const reader of [one, two]) {
      reader.channel.write('q');
      await waitFor(() => reader.status() === 0, 'the reader to quit with status 0');
      reader.close();
    }
    expect(await server.stop()).toBe(0);
  }, 60_000);

  test('a worker that crashes is restarted, and only its sessions end', async () => {
    const server = await startServeProcess(bundled, TWO);
    await waitFor(() => server.find('worker-ready').length === 2, 'both workers ready');
    const [survivor, victim] = await oneReaderPerWorker(server);
    const pid = workerPid(server, 2);
    let victimClosed = false;
    victim.client.on('close', () => {
      victimClosed = true;
    });
    process.kill(pid, 'SIGKILL');
    await waitFor(() => victimClosed && !alive(pid), 'the killed worker and its connection to be gone');
    await waitFor(
      () => server.find('worker-restarted', { worker: 2 }).length === 1,
      'worker 2 restarted',
      15_000,
    );
    expect(server.find('worker-exit', { worker: 2 })[0]).toMatchObject({ signal: 'SIGKILL' });
    expect(workerPid(server, 2)).not.toBe(pid);
    // The other worker's session goes on: a key still gets a frame.
    survivor.channel.write('2');
    await survivor.screen.waitFor(() => /^Players \d+\//.test(survivor.screen.footer()), 'the players panel');
    expect(survivor.status()).toBeUndefined();
    // And the restarted worker serves new sessions (the primary's limits forgot the dead one's).
    const [again1, again2] = await oneReaderPerWorker(server);
    for (const reader of [survivor, again1, again2]) reader.close();
    expect(await server.stop()).toBe(0);
  }, 90_000);

  test('SIGTERM drains every worker: each session is told, the workers and the primary exit 0', async () => {
    const server = await startServeProcess(bundled, TWO);
    await waitFor(() => server.find('worker-ready').length === 2, 'both workers ready');
    const pids = [workerPid(server, 1), workerPid(server, 2)];
    const readers = await oneReaderPerWorker(server);
    expect(await server.stop()).toBe(0);
    for (const reader of readers) {
      await waitFor(() => reader.status() !== undefined, 'the exit status');
      expect(reader.status()).toBe(1);
      expect(reader.stderr()).toContain('server shutting down');
    }
    expect(server.find('shutdown').map((e) => e.worker)).toEqual(expect.arrayContaining([1, 2]));
    for (const pid of pids) expect(alive(pid)).toBe(false);
  }, 60_000);

  test('SIGHUP reloads the library in every worker', async () => {
    const dir = tempDir();
    copyFileSync(bundled, join(dir, 'abu-dhabi-talks.md'));
    const server = await startServeProcess(dir, TWO);
    await waitFor(() => server.find('worker-ready').length === 2, 'both workers ready');
    process.kill(server.pid, 'SIGHUP');
    await waitFor(
      () => new Set(server.find('library', { reason: 'SIGHUP' }).map((e) => e.worker)).size === 2,
      'both workers to reload',
    );
    expect(server.alive()).toBe(true);
    expect(await server.stop()).toBe(0);
  }, 60_000);

  test('connection limits hold across the workers, not per worker', async () => {
    const server = await startServeProcess(bundled, [...TWO, '--max-connections-per-ip', '3']);
    await waitFor(() => server.find('worker-ready').length === 2, 'both workers ready');
    const sockets: { socket: ReturnType<typeof tcpConnect>; text: () => string }[] = [];
    for (let i = 0; i < 4; i++) {
      const socket = tcpConnect(server.port, '127.0.0.1');
      socket.on('error', () => undefined);
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      sockets.push({ socket, text: () => text });
      await waitFor(
        () => server.find('connection').length + server.find('limit').length > i,
        'the connection to be admitted or refused',
      );
    }
    // Three admitted, spread over both workers; the fourth refused though each worker holds fewer.
    const admitted = server.find('connection');
    expect(admitted).toHaveLength(3);
    expect(new Set(admitted.map((e) => e.worker)).size).toBe(2);
    expect(server.find('limit', { what: 'max-connections-per-ip' })).toHaveLength(1);
    await waitFor(() => sockets[3]?.text().includes('too many connections') === true, 'the refusal line');
    for (const { socket } of sockets) socket.destroy();
    expect(await server.stop()).toBe(0);
  }, 60_000);
});
