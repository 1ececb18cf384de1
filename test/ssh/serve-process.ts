/**
 * `briefing serve` as built (bin/briefing.js) in a child process, for the abuse tests: its JSON log
 * lines parsed as they arrive, and its memory measured from inside after a forced collection
 * (heap-probe.js, preloaded with `--expose-gc`), so what is measured is the server alone, not the
 * test runner, its clients or the buffers it pastes from.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { loopbackServeFlags } from '../harness/serve-flags.js';
import { tempDir, waitFor } from './helpers.js';

const root = join(import.meta.dirname, '../..');
const probe = join(import.meta.dirname, 'heap-probe.js');

/** One log line of the server (`--log-format json`). */
export interface LogEvent {
  readonly event: string;
  readonly [field: string]: unknown;
}

/** Memory in use after a full collection, in bytes. */
export interface HeapSample {
  readonly heapUsed: number;
  /** Memory held outside the JS heap by C++ objects bound to JS ones: Buffers (pasted input) count here. */
  readonly external: number;
  readonly rss: number;
}

/** A running `briefing serve`. */
export interface ServeProcess {
  readonly port: number;
  readonly pid: number;
  /** Every log line so far, in order. */
  events(): readonly LogEvent[];
  /** The lines of one event whose fields include `fields`. */
  find(event: string, fields?: Readonly<Record<string, unknown>>): LogEvent[];
  /** Whether the process is still running. */
  alive(): boolean;
  /** Collects garbage in the server and reports its memory. */
  heap(): Promise<HeapSample>;
  /** The longest the server's event loop was blocked since the last call, in ms. */
  lag(): Promise<number>;
  /**
   * Resolves once at least `connections` connections have been logged (the log line may follow a
   * client's close) and every one of them has logged its disconnect.
   */
  drained(connections: number, timeoutMs?: number): Promise<void>;
  /** What it wrote to stderr (start-up errors, crashes). */
  stderr(): string;
  /** SIGTERM; resolves with the exit code (SIGKILL after 8 s). */
  stop(): Promise<number | null>;
}

/**
 * Starts `briefing serve FILE --open --port 0 --log-format json ...flags` with a fresh host key,
 * and resolves once it listens. Killed when the calling test (or hook's test) finishes, if not
 * stopped before.
 */
export async function startServeProcess(file: string, flags: readonly string[]): Promise<ServeProcess> {
  const home = tempDir();
  const child: ChildProcess = fork(
    join(root, 'bin/briefing.js'),
    [
      'serve',
      file,
      ...loopbackServeFlags(home),
      // Every session of these tests starts at the top, as their readers expect.
      '--no-resume',
      // One process unless a test asks for workers: the memory measured is then the server's own.
      ...(flags.includes('--workers') ? [] : ['--workers', '1']),
      ...flags,
    ],
    {
      cwd: root,
      execArgv: ['--expose-gc', '--import', probe],
      env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data') },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const events: LogEvent[] = [];
  let partial = '';
  let err = '';
  let exitCode: number | null | undefined;
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) events.push(JSON.parse(line) as LogEvent);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  const replies = new Map<number, (reply: Record<string, number>) => void>();
  let nextId = 1;
  child.on('message', (message: { type?: string; id?: number }) => {
    if (message.id === undefined) return;
    replies.get(message.id)?.(message as Record<string, number>);
    replies.delete(message.id);
  });
  const ask = (type: 'heap' | 'lag'): Promise<Record<string, number>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        replies.delete(id);
        reject(new Error(`the server did not answer "${type}" within 5 s`));
      }, 5000);
      replies.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      child.send({ type, id });
    });

  const stop = async (): Promise<number | null> => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const cut = setTimeout(() => child.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(cut);
    }
    rmSync(home, { recursive: true, force: true });
    return exitCode ?? null;
  };
  try {
    onTestFinished(async () => {
      await stop();
    });
  } catch {
    // Started from a beforeAll: the caller stops it in afterAll.
  }

  const find = (event: string, fields: Readonly<Record<string, unknown>> = {}): LogEvent[] =>
    events.filter(
      (e) => e.event === event && Object.entries(fields).every(([key, value]) => e[key] === value),
    );
  await waitFor(
    () => {
      if (exitCode !== undefined) throw new Error(`briefing serve exited with ${exitCode}: ${err}`);
      return find('listening').length > 0;
    },
    'briefing serve to listen',
    10_000,
  );
  const port = Number(find('listening')[0]?.port);

  return {
    port,
    pid: child.pid ?? 0,
    events: () => events,
    find,
    alive: () => exitCode === undefined,
    stderr: () => err,
    heap: async () => {
      const { heapUsed = 0, external = 0, rss = 0 } = await ask('heap');
      return { heapUsed, external, rss };
    },
    lag: async () => (await ask('lag')).maxMs ?? 0,
    drained: (connections, timeoutMs = 10_000) =>
      waitFor(
        () =>
          find('connection').length >= connections && find('disconnect').length === find('connection').length,
        `every connection to close (${find('connection').length} opened, ${find('disconnect').length} closed)`,
        timeoutMs,
      ),
    stop,
  };
}
