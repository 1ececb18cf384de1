/**
 * Test helpers for the SSH server: a server on an ephemeral loopback port with short limits, a
 * fake app that reports its size and echoes keys, and the ssh2 client wrapped in promises.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ClientChannel,
  Client as ClientType,
  ConnectConfig,
  PseudoTtyOptions,
  ShellOptions,
} from 'ssh2';
import type { AuthPolicy } from '../../source/ssh/auth.js';
import { loadAuthorizedKeys } from '../../source/ssh/authorized-keys.js';
import { generateEd25519 } from '../../source/ssh/host-key.js';
import { createLogger, type LogFormat } from '../../source/ssh/log.js';
import { DEFAULT_LIMITS, type Limits } from '../../source/ssh/options.js';
import { type Catalog, type SshServer, startSshServer } from '../../source/ssh/server.js';
import type { SessionIO, StartSession } from '../../source/ssh/session-app.js';
import { Client } from '../../source/ssh/ssh2.js';
import { waitFor as waitUntil } from '../harness/wait.js';
import { tempDir as tempDirOf } from '../helpers/temp-dir.js';

/** A fresh temporary directory. */
export function tempDir(): string {
  return tempDirOf('briefing-ssh');
}

/** An ed25519 key pair in OpenSSH format, made now. */
export function keyPair(): { readonly private: string; readonly public: string } {
  return generateEd25519('test@briefing');
}

/** Waits until `condition` holds (test/harness/wait.ts, polled); fails with `what` after `timeoutMs`. */
export function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  return waitUntil(condition, what, { timeoutMs });
}

/** What the fake app saw. */
export interface FakeApp {
  readonly io: SessionIO;
  readonly briefingId: string | undefined;
  unmounted: boolean;
  exited: boolean;
}

/**
 * A stand-in for the reader: prints a greeting and `size COLSxROWS` (again on every resize),
 * echoes each input chunk as `key "<text>"`, and exits on `q`. Lines end in a bare `\n`, so the
 * transport's conversion to `\r\n` shows.
 */
export function fakeStartSession(apps: FakeApp[]): StartSession {
  return (io, briefingId) => {
    const app: FakeApp = { io, briefingId, unmounted: false, exited: false };
    apps.push(app);
    let finish: () => void = () => undefined;
    const exited = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const onResize = (): void => {
      io.stdout.write(`size ${io.stdout.columns}x${io.stdout.rows}\n`);
    };
    const onData = (chunk: Buffer | string): void => {
      const text = chunk.toString();
      if (text === 'q') {
        stop();
        app.exited = true;
        finish();
      } else io.stdout.write(`key ${JSON.stringify(text)}\n`);
    };
    const stop = (): void => {
      io.stdout.off('resize', onResize);
      io.stdin.off('data', onData);
    };
    io.stdin.setRawMode(true);
    io.stdout.on('resize', onResize);
    io.stdin.on('data', onData);
    io.stdout.write(
      `hello ${briefingId ?? '(picker)'} term=${io.term} colorterm=${io.colorTerm ?? '-'} user=${io.user}\n`,
    );
    onResize();
    return {
      waitUntilExit: () => exited,
      unmount: () => {
        app.unmounted = true;
        stop();
        finish();
      },
    };
  };
}

/** A server under test and what it logged. */
export interface TestServer {
  readonly server: SshServer;
  readonly port: number;
  readonly logs: string[];
  readonly apps: FakeApp[];
  /** The client key authorized when `keys` auth is used. */
  readonly clientKey: { private: string; public: string };
  /** Whether any log line has this event name and contains `text`. */
  logged(event: string, text?: string): boolean;
  /** TCP connections open now, as the server's log tells them: each `connection` until its `disconnect`. */
  openConnections(): number;
  close(): Promise<void>;
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  readonly auth?: 'open' | 'keys';
  readonly limits?: Partial<Limits>;
  readonly ids?: readonly string[];
  readonly startSession?: StartSession;
  /** JSON by default; `logged` understands both. */
  readonly logFormat?: LogFormat;
}

/** Starts a server on 127.0.0.1, port 0, logging lines (JSON unless asked) into `logs`. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = tempDir();
  const clientKey = keyPair();
  let auth: AuthPolicy = { kind: 'open' };
  if (options.auth === 'keys') {
    const file = join(dir, 'authorized_keys');
    writeFileSync(file, `# test\n${clientKey.public}\n`);
    chmodSync(file, 0o600);
    auth = { kind: 'keys', load: () => loadAuthorizedKeys(file) };
  }
  const logs: string[] = [];
  const apps: FakeApp[] = [];
  const catalog: Catalog = {
    ids: new Set(options.ids ?? ['alpha']),
    startSession: options.startSession ?? fakeStartSession(apps),
  };
  const server = await startSshServer({
    hostKey: Buffer.from(keyPair().private),
    host: '127.0.0.1',
    port: 0,
    auth,
    limits: { ...DEFAULT_LIMITS, preAuthTimeoutMs: 5000, ...options.limits },
    catalog: () => catalog,
    log: createLogger((line) => logs.push(line), options.logFormat ?? 'json'),
  });
  const eventOf = (line: string): string =>
    line.startsWith('{') ? JSON.parse(line).event : (line.split(' ')[1] ?? '');
  const count = (event: string): number => logs.filter((line) => eventOf(line) === event).length;
  return {
    server,
    port: server.address.port,
    logs,
    apps,
    clientKey,
    logged: (event, text) =>
      logs.some((line) => eventOf(line) === event && (text === undefined || line.includes(text))),
    openConnections: () => count('connection') - count('disconnect'),
    close: () => server.shutdown(1000),
  };
}

/** Connects and authenticates; rejects with the client's error. */
export function connect(port: number, config: Partial<ConnectConfig> = {}): Promise<ClientType> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    client.on('ready', () => resolve(client));
    client.on('error', reject);
    client.connect({ host: '127.0.0.1', port, username: 'reader', readyTimeout: 5000, ...config });
  });
}

/** Opens a shell with a pty (or none with `pty: false`). */
export function shell(
  client: ClientType,
  pty: PseudoTtyOptions | false = { cols: 80, rows: 24, term: 'xterm-256color' },
  options: ShellOptions = {},
): Promise<ClientChannel> {
  return new Promise((resolve, reject) => {
    client.shell(pty, options, (error, channel) => (error ? reject(error) : resolve(channel)));
  });
}

/** Everything a channel sends (stdout and stderr apart), and its exit status once known. */
export interface Transcript {
  stdout: string;
  stderr: string;
  /** Raw stdout bytes, to check line endings. */
  raw: Buffer;
  exitCode: number | undefined;
  closed: boolean;
}

/** Starts recording a channel. */
export function record(channel: ClientChannel): Transcript {
  const transcript: Transcript = {
    stdout: '',
    stderr: '',
    raw: Buffer.alloc(0),
    exitCode: undefined,
    closed: false,
  };
  channel.on('data', (chunk: Buffer) => {
    transcript.raw = Buffer.concat([transcript.raw, chunk]);
    transcript.stdout += chunk.toString();
  });
  channel.stderr.on('data', (chunk: Buffer) => {
    transcript.stderr += chunk.toString();
  });
  channel.on('exit', (code: number | null) => {
    transcript.exitCode = code ?? undefined;
  });
  channel.on('close', () => {
    transcript.closed = true;
  });
  return transcript;
}
