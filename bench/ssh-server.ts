/**
 * The reader over SSH on loopback: `briefing serve --open --workers N` as a child process, and ssh2
 * clients in this process. Measures connect to first complete frame, the server's resident memory
 * (the primary and its workers together) with one and with every session open, and key-to-frame
 * latency while every session presses keys at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ClientChannel, Client as ClientType } from 'ssh2';
import { Client } from '../source/ssh/ssh2.js';
import { childEnv } from '../test/harness/child-env.js';
import { loopbackServeFlags } from '../test/harness/serve-flags.js';
import { END_SYNC, SIZE } from './local-reader.js';
import { cpuMsOf, rssOf, treeSum } from './proc.js';

/** What the SSH phase measured. */
export interface SshResult {
  /** `--workers` of the server. */
  readonly workers: number;
  /** Connect (TCP, key exchange, log-in, shell) to the first complete frame, one session at a time, ms. */
  readonly connectMs: number[];
  readonly rssIdle: number | undefined;
  readonly rssOneSession: number | undefined;
  readonly rssAllSessions: number | undefined;
  /** Sessions that reached their first frame in the concurrent phase. */
  readonly sessions: number;
  /** Start of the concurrent connects to the last first frame, ms. */
  readonly allConnectedMs: number | undefined;
  /** Key to complete frame, every key of every concurrent session, ms. */
  readonly keyLatencyMs: number[];
  readonly keyTimeouts: number;
  /** The server's CPU time (user + system) while the sessions pressed keys, per key, ms. */
  readonly serverCpuMsPerKey: number | undefined;
  /** The benchmark's own CPU time (the 100 clients) over the key phase, per key, ms. */
  readonly clientCpuMsPerKey: number | undefined;
  /** Wall time of the key phase, ms. */
  readonly keyPhaseMs: number | undefined;
  readonly warnings: string[];
}

/** Options of {@link sshBench}. */
export interface SshOptions {
  readonly root: string;
  readonly home: string;
  /** Directory served; the briefing `id` is opened straight away (the SSH user name). */
  readonly dir: string;
  readonly id: string;
  readonly connectRuns: number;
  readonly sessions: number;
  readonly keysPerSession: number;
  /** Time between one session's keys, ms. */
  readonly keyIntervalMs: number;
  /** `serve --workers`. */
  readonly workers: number;
}

/** One SSH session: a client, its channel, and the output since the last mark. */
interface Session {
  readonly client: ClientType;
  readonly channel: ClientChannel;
  /** Resolves when the output since the last `mark()` includes a complete frame. */
  frame(timeoutMs: number): Promise<number | undefined>;
  mark(): void;
}

/**
 * The flags of a benchmark's server: open to anyone on loopback, on a free port, logging JSON (the
 * port is read from the `listening` line), with limits room enough for `sessions` and no timeouts.
 */
export function openServerFlags(home: string, sessions: number): string[] {
  const limit = String(sessions * 2);
  return [
    ...loopbackServeFlags(home),
    '--max-sessions',
    limit,
    '--max-connections',
    limit,
    '--max-connections-per-ip',
    limit,
    '--max-new-connections-per-minute',
    '10000',
    '--pre-auth-timeout',
    '60s',
    '--idle-timeout',
    '0',
  ];
}

/** Starts the server and resolves with it and its port, or undefined when it does not listen. */
async function startServer(
  options: SshOptions,
  warnings: string[],
): Promise<{ child: ChildProcess; port: number } | undefined> {
  const child = spawn(
    process.execPath,
    [
      join(options.root, 'bin', 'briefing.js'),
      'serve',
      options.dir,
      ...openServerFlags(options.home, options.sessions),
      '--workers',
      String(options.workers),
    ],
    { cwd: options.root, env: childEnv(options.home), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const port = await new Promise<number | undefined>((resolve) => {
    let buffered = '';
    const timer = setTimeout(() => resolve(undefined), 30_000);
    child.stdout?.on('data', (chunk) => {
      buffered += String(chunk);
      for (const line of buffered.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const event = JSON.parse(line) as { event?: string; port?: number };
          if (event.event === 'listening' && typeof event.port === 'number') {
            clearTimeout(timer);
            resolve(event.port);
          }
        } catch {
          // A line cut in two: the rest comes with the next chunk.
        }
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  if (port === undefined) {
    warnings.push(`ssh: the server did not listen: ${stderr.trim().split('\n')[0] ?? ''}`);
    child.kill('SIGKILL');
    return undefined;
  }
  return { child, port };
}

/** Connects and opens a shell into briefing `id`; resolves once the channel is open. */
function openSession(port: number, id: string): Promise<Session> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    client.on('error', reject);
    client.on('ready', () => {
      client.shell({ cols: SIZE.cols, rows: SIZE.rows, term: 'xterm-256color' }, (error, channel) => {
        if (error) {
          reject(error);
          return;
        }
        let since = '';
        let waiting: (() => void) | undefined;
        channel.on('data', (chunk: Buffer) => {
          since += chunk.toString('latin1');
          waiting?.();
        });
        channel.stderr.on('data', () => {});
        channel.on('error', () => {});
        resolve({
          client,
          channel,
          mark: () => {
            since = '';
          },
          frame: (timeoutMs) =>
            new Promise((done) => {
              const finish = (value: number | undefined): void => {
                waiting = undefined;
                clearTimeout(timer);
                done(value);
              };
              const timer = setTimeout(() => finish(undefined), timeoutMs);
              waiting = () => {
                if (since.includes(END_SYNC)) finish(performance.now());
              };
              waiting();
            }),
        });
      });
    });
    client.connect({ host: '127.0.0.1', port, username: id, readyTimeout: 60_000 });
  });
}

function close(session: Session): Promise<void> {
  return new Promise((resolve) => {
    session.client.once('close', () => resolve());
    session.client.end();
  });
}

/** Runs the SSH measurements; never throws (problems go to `warnings`). */
export async function sshBench(options: SshOptions): Promise<SshResult> {
  const warnings: string[] = [];
  const connectMs: number[] = [];
  const keyLatencyMs: number[] = [];
  let keyTimeouts = 0;
  const result = (extra: Partial<SshResult>): SshResult => ({
    workers: options.workers,
    connectMs,
    rssIdle: undefined,
    rssOneSession: undefined,
    rssAllSessions: undefined,
    sessions: 0,
    allConnectedMs: undefined,
    keyLatencyMs,
    keyTimeouts,
    serverCpuMsPerKey: undefined,
    clientCpuMsPerKey: undefined,
    keyPhaseMs: undefined,
    warnings,
    ...extra,
  });
  const server = await startServer(options, warnings);
  if (server === undefined) return result({});
  const pid = server.child.pid ?? 0;
  const rssOfTree = (): number | undefined => treeSum(pid, rssOf);
  const cpuOfTree = (): number | undefined => treeSum(pid, cpuMsOf);
  const rssIdle = rssOfTree();
  const open: Session[] = [];
  try {
    // Connect to first frame, one session at a time.
    for (let i = 0; i < options.connectRuns; i++) {
      const started = performance.now();
      const session = await openSession(server.port, options.id);
      const at = await session.frame(30_000);
      if (at === undefined) warnings.push('ssh: a session showed no frame within 30 s');
      else connectMs.push(at - started);
      await close(session);
    }
    const first = await openSession(server.port, options.id);
    open.push(first);
    await first.frame(30_000);
    const rssOneSession = rssOfTree();

    // The rest of the sessions, all at once.
    const started = performance.now();
    const more = await Promise.allSettled(
      Array.from({ length: options.sessions - 1 }, async () => {
        const session = await openSession(server.port, options.id);
        open.push(session);
        if ((await session.frame(60_000)) === undefined) throw new Error('no first frame within 60 s');
        return session;
      }),
    );
    const allConnectedMs = performance.now() - started;
    const failed = more.filter((outcome) => outcome.status === 'rejected');
    if (failed.length > 0) {
      const reason = failed[0]?.status === 'rejected' ? String(failed[0].reason) : '';
      warnings.push(
        `ssh: ${failed.length} of ${options.sessions - 1} concurrent sessions failed (${reason})`,
      );
    }
    const live = [
      first,
      ...more.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : [])),
    ];
    const rssAllSessions = rssOfTree();

    // A briefing opens on its overview, where j and k change nothing: every session goes to the
    // sections list first (`1`, untimed), as the local reader's walk does.
    await Promise.all(
      live.map(async (session) => {
        session.mark();
        session.channel.write('1');
        if ((await session.frame(30_000)) === undefined)
          warnings.push('ssh: no frame after 1 (sections list)');
      }),
    );

    // Every session presses keys at a reader's pace, starting at a random moment in the first interval.
    const cpuBefore = cpuOfTree();
    const clientBefore = process.cpuUsage();
    const keysStarted = performance.now();
    await Promise.all(
      live.map(async (session) => {
        // A briefing opens on its overview: the keys move the selection in the sections list (`1`).
        session.mark();
        session.channel.write('1');
        if ((await session.frame(10_000)) === undefined) keyTimeouts++;
        let next = performance.now() + Math.random() * options.keyIntervalMs;
        for (let i = 0; i < options.keysPerSession; i++) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          next += options.keyIntervalMs;
          session.mark();
          const sent = performance.now();
          session.channel.write(i % 2 === 0 ? 'j' : 'k');
          const at = await session.frame(10_000);
          if (at === undefined) keyTimeouts++;
          else keyLatencyMs.push(at - sent);
        }
      }),
    );
    const keyPhaseMs = performance.now() - keysStarted;
    const client = process.cpuUsage(clientBefore);
    const cpuAfter = cpuOfTree();
    const keys = keyLatencyMs.length + keyTimeouts;
    const serverCpuMsPerKey =
      cpuBefore === undefined || cpuAfter === undefined || keys === 0
        ? undefined
        : (cpuAfter - cpuBefore) / keys;
    return result({
      serverCpuMsPerKey,
      clientCpuMsPerKey: keys === 0 ? undefined : (client.user + client.system) / 1000 / keys,
      keyPhaseMs,
      rssIdle,
      rssOneSession,
      rssAllSessions,
      sessions: live.length,
      allConnectedMs,
      keyTimeouts,
    });
  } catch (error) {
    warnings.push(`ssh: ${error instanceof Error ? error.message : String(error)}`);
    return result({ rssIdle, keyTimeouts });
  } finally {
    await Promise.all(open.map((session) => Promise.race([close(session), delay(2000)])));
    server.child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => server.child.once('exit', resolve)), delay(5000)]);
    server.child.kill('SIGKILL');
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
