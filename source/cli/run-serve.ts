/**
 * `briefing serve`: check the flags, load the host key, the authorized keys and the library,
 * start the SSH server, and run until SIGTERM or SIGINT. This is the edge: it reads `process`
 * (signals, stdout, stderr, uncaught errors); everything under source/ssh takes them as values.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { ExitCode } from '../domain/exit-codes.js';
import type { Library } from '../io/load-library.js';
import type { AuthPolicy } from '../ssh/auth.js';
import { loadAuthorizedKeys } from '../ssh/authorized-keys.js';
import type { Admissions } from '../ssh/cluster-admission.js';
import { loadOrCreateHostKey } from '../ssh/host-key.js';
import { watchLibrary } from '../ssh/library-watch.js';
import { createLogger, errorText, type Logger } from '../ssh/log.js';
import { resolveServeOptions, type ServeFlags } from '../ssh/options.js';
import { type Catalog, type SshServer, startSshServer } from '../ssh/server.js';
import type { CreateStartSession } from '../ssh/session-app.js';
import { problemLines, writeAll } from './report.js';
import { SERVE_USAGE_HINT } from './serve-command.js';

/** Addresses that mean "every interface": the hint names the machine instead. */
const WILDCARD = new Set(['0.0.0.0', '::', '::0']);

/** The process-like host; `process` by default. */
export interface ServeHost {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** What {@link runServe} runs with. */
export interface RunServeOptions {
  readonly flags: ServeFlags;
  /** Builds the app for each library snapshot; loaded lazily, since the reader pulls in Ink. */
  readonly createStartSession: () => Promise<CreateStartSession>;
  readonly host?: ServeHost;
  /** Called once the server listens (tests use it to learn the port). */
  readonly onListening?: (server: SshServer) => void;
  /** Set in a worker of `serve --workers N` (./serve-cluster.ts). */
  readonly worker?: WorkerRole;
}

/** What a worker of `serve --workers N` does differently. */
export interface WorkerRole {
  /** The primary decides connection admissions. */
  readonly admissions: Admissions;
  /** Which worker (1-based): its log lines say `worker=N`, its connection ids start `wN-`. */
  readonly index: number;
  /** This worker's share of `--max-sessions`. */
  readonly maxSessions: number;
  /** Instead of logging `listening` (the primary does, once): the fields of that line. */
  readonly listening: (fields: Record<string, string | number | boolean | undefined>) => void;
}

/** Where the host key lives when `--host-key` is not given: the user's data directory. */
function defaultHostKeyPath(): string {
  return join(envPaths('briefing', { suffix: '' }).data, 'ssh_host_ed25519_key');
}

/**
 * Serves the briefings at `path` over SSH until SIGTERM or SIGINT.
 *
 * @returns 0 after a clean shutdown; 2 for contradictory flags; 3 when the host key, the
 *   authorized keys or the library cannot be used; 4 ({@link ExitCode.cannotListen}) when it cannot listen.
 */
export async function runServe(path: string, options: RunServeOptions): Promise<number> {
  const host: ServeHost = options.host ?? process;
  const fail = async (message: string, code: number): Promise<number> => {
    await writeAll(host.stderr, `briefing serve: ${message}\n`);
    return code;
  };

  const resolved = resolveServeOptions(options.flags);
  if (!resolved.ok) return fail(`${resolved.message}\n${SERVE_USAGE_HINT}`, ExitCode.usage);
  const settings = resolved.value;
  const written = createLogger((line) => host.stdout.write(line), settings.logFormat);
  const tag = options.worker?.index;
  const log: Logger =
    tag === undefined
      ? written
      : { event: (name, fields = {}) => written.event(name, { ...fields, worker: tag }) };

  let auth: AuthPolicy = { kind: 'open' };
  if (settings.auth.kind === 'keys') {
    const file = settings.auth.file;
    const keys = await loadAuthorizedKeys(file);
    if (!keys.ok) return fail(keys.message, ExitCode.unreadable);
    for (const warning of keys.warnings) log.event('authorized-keys-warning', { problem: warning });
    if (keys.keys.length === 0) {
      return fail(
        `authorized keys ${file} holds no usable key; add a line such as "ssh-ed25519 AAAA… you@host"`,
        ExitCode.unreadable,
      );
    }
    auth = { kind: 'keys', load: () => loadAuthorizedKeys(file) };
  }

  const hostKeyPath = settings.hostKey ?? defaultHostKeyPath();
  const loadedKey = await loadOrCreateHostKey(hostKeyPath);
  if (!loadedKey.ok) return fail(loadedKey.message, ExitCode.unreadable);
  const hostKey = loadedKey.hostKey;

  const createStartSession = await options.createStartSession();
  let catalog: Catalog | undefined;
  const watcher = await watchLibrary({
    path,
    log,
    onLoad: (library: Library) => {
      try {
        catalog = {
          ids: new Set(library.briefings.map((b) => b.id)),
          startSession: createStartSession(library),
        };
      } catch (error) {
        log.event('library-kept', {
          reason: `the reader could not take the new library (${errorText(error)})`,
        });
      }
    },
  });
  if (watcher.initial.failure) {
    watcher.close();
    await writeAll(host.stderr, problemLines(watcher.initial.problems));
    return ExitCode.unreadable;
  }
  if (!catalog) {
    watcher.close();
    return fail(
      'the reader could not take the library (see the log line above); please report it',
      ExitCode.internal,
    );
  }
  const current: Catalog = catalog;

  const worker = options.worker;
  let server: SshServer;
  try {
    server = await startSshServer({
      hostKey: hostKey.privateKey,
      host: settings.listen,
      port: settings.port,
      auth,
      limits: worker ? { ...settings.limits, maxSessions: worker.maxSessions } : settings.limits,
      catalog: () => catalog ?? current,
      log,
      ...(worker ? { admissions: worker.admissions, idPrefix: `w${worker.index}-` } : {}),
    });
  } catch (error) {
    watcher.close();
    return fail(listenFailure(settings.listen, settings.port, error), ExitCode.cannotListen);
  }

  // The signal handlers go in before the `listening` line: whoever waits for that line may send
  // SIGTERM at once, and a signal that arrives before its handler ends the process unlogged.
  const served = serveUntilSignal(
    server,
    host,
    log,
    () => watcher.reload('SIGHUP'),
    () => watcher.close(),
  );
  const listening = {
    host: server.address.host,
    port: server.address.port,
    fingerprint: hostKey.fingerprint,
    hostKey: hostKeyPath,
    created: hostKey.created ? true : undefined,
    auth:
      settings.auth.kind === 'open'
        ? 'open (anyone may connect)'
        : `authorized keys in ${settings.auth.file}`,
    connect: `ssh -p ${server.address.port} ${WILDCARD.has(server.address.host) ? hostname() : server.address.host}`,
  };
  if (worker) worker.listening(listening);
  else log.event('listening', listening);
  options.onListening?.(server);
  return served;
}

/** The one line for a failed `listen`: what happened, where, and the flag that fixes it. */
export function listenFailure(address: string, port: number, error: unknown): string {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : errorText(error);
  const where = `cannot listen on ${address}:${port} (${code})`;
  switch (code) {
    case 'EADDRINUSE':
      return `${where}: the port is taken; pick another --port, or stop what uses it`;
    case 'EACCES':
      return `${where}: ports below 1024 need privilege; use --port 2222 and redirect port ${port} to it (see docs/ssh.md)`;
    case 'EADDRNOTAVAIL':
      return `${where}: not an address of this machine; give --listen 127.0.0.1, 0.0.0.0 or one of its addresses`;
    default:
      return `${where}; check --listen and --port`;
  }
}

/** Runs until SIGTERM/SIGINT; a second signal cuts the connections at once. */
function serveUntilSignal(
  server: SshServer,
  host: ServeHost,
  log: Logger,
  reload: () => Promise<void>,
  closeWatcher: () => void,
): Promise<number> {
  return new Promise((resolve) => {
    let code: number = ExitCode.ok;
    let stopping = false;
    const stop = (signal: string): void => {
      log.event('signal', { signal });
      if (stopping) {
        void server.shutdown(0);
        return;
      }
      stopping = true;
      closeWatcher();
      void server.shutdown().then(() => {
        for (const [event, listener] of handlers) host.off(event, listener);
        resolve(code);
      });
    };
    const onUncaught = (error: unknown): void => {
      if (server.handleUncaught(error)) return;
      // Not a session's: the server's own state may be broken, so stop.
      log.event('fatal', { error: errorText(error) });
      code = ExitCode.internal;
      stop('internal-error');
    };
    const handlers: [string, (...args: unknown[]) => void][] = [
      ['SIGTERM', () => stop('SIGTERM')],
      ['SIGINT', () => stop('SIGINT')],
      ['SIGHUP', () => void reload()],
      ['uncaughtException', onUncaught],
      ['unhandledRejection', onUncaught],
    ];
    for (const [event, listener] of handlers) host.on(event, listener);
  });
}
