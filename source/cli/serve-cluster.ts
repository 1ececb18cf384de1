/**
 * `briefing serve --workers N`: N worker processes (Node's `cluster`) accept on one shared port, so
 * the sessions use every core. The primary serves nothing itself: it starts the workers (the first
 * alone, so the host key is made once and a start-up error is reported once, then the rest), holds
 * the connection limits for all of them (../ssh/cluster-admission.ts), restarts a worker that dies
 * (only that worker's sessions end), and passes SIGTERM/SIGINT (drain and stop) and SIGHUP (reload)
 * on to every worker. Each worker is `runServe` with a {@link WorkerRole}. See docs/ssh.md.
 */
import cluster, { type Worker } from 'node:cluster';
import { EventEmitter } from 'node:events';
import { ExitCode } from '../domain/exit-codes.js';
import {
  type AdmissionMessage,
  type AdmissionReply,
  PrimaryAdmissions,
  sessionShare,
  workerAdmissions,
} from '../ssh/cluster-admission.js';
import { createLogger, type LogFields } from '../ssh/log.js';
import { resolveServeOptions, type ServeFlags } from '../ssh/options.js';
import { writeAll } from './report.js';
import { type RunServeOptions, runServe, type ServeHost } from './run-serve.js';
import { SERVE_USAGE_HINT } from './serve-command.js';

/** The environment variable that tells a worker which one it is. */
const WORKER_INDEX = 'BRIEFING_SERVE_WORKER';
const WORKER_COUNT = 'BRIEFING_SERVE_WORKERS';

/** Messages between a worker and the primary, besides admissions. */
type FromWorker = AdmissionMessage | { readonly type: 'listening'; readonly fields: LogFields };
type ToWorker = AdmissionReply | { readonly type: 'signal'; readonly signal: string };

/** A restarted worker that dies again this soon waits longer before the next restart. */
const QUICK_DEATH_MS = 2000;
const MAX_RESTART_DELAY_MS = 5000;
const PRUNE_INTERVAL_MS = 60_000;
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** Whether this process is a worker started by {@link runPrimary}. */
export function isServeWorker(): boolean {
  return cluster.isWorker && process.env[WORKER_INDEX] !== undefined;
}

/** Runs `serve` as the primary of `workers` worker processes, until SIGTERM or SIGINT. */
export async function runPrimary(flags: ServeFlags, workers: number): Promise<number> {
  const resolved = resolveServeOptions(flags);
  if (!resolved.ok) {
    await writeAll(process.stderr, `briefing serve: ${resolved.message}\n${SERVE_USAGE_HINT}\n`);
    return ExitCode.usage;
  }
  const log = createLogger((line) => process.stdout.write(line), resolved.value.logFormat);
  const admissions = new PrimaryAdmissions(resolved.value.limits);
  const pruner = setInterval(() => admissions.prune(), PRUNE_INTERVAL_MS);
  pruner.unref();
  const live = new Map<number, Worker>();
  let stopping = false;
  let restartDelay = 100;

  const send = (worker: Worker, message: ToWorker) => {
    if (worker.isConnected()) worker.send(message);
  };
  const fork = (index: number): Promise<LogFields | number> =>
    new Promise((resolve) => {
      const worker = cluster.fork({ [WORKER_INDEX]: String(index), [WORKER_COUNT]: String(workers) });
      const startedAt = Date.now();
      let ready = false;
      live.set(index, worker);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'listening') {
          ready = true;
          log.event('worker-ready', { worker: index + 1, pid: worker.process.pid });
          resolve(message.fields);
          return;
        }
        const reply = admissions.receive(worker.id, message);
        if (reply !== undefined) send(worker, reply);
      });
      worker.on('error', () => undefined); // an IPC send to a dying worker; its exit says the rest
      worker.on('exit', (code, signal) => {
        admissions.workerGone(worker.id);
        if (live.get(index) === worker) live.delete(index);
        if (!ready) {
          resolve(code ?? ExitCode.internal);
          return;
        }
        if (stopping) return;
        log.event('worker-exit', { worker: index + 1, code: code ?? undefined, signal: signal ?? undefined });
        restartDelay =
          Date.now() - startedAt < QUICK_DEATH_MS ? Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS) : 100;
        setTimeout(() => {
          if (stopping) return;
          void fork(index).then((result) => {
            if (typeof result === 'number') log.event('worker-failed', { worker: index + 1, code: result });
            else log.event('worker-restarted', { worker: index + 1 });
          });
        }, restartDelay);
      });
    });

  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.event('signal', { signal });
      if (signal === 'SIGHUP') {
        for (const worker of live.values()) send(worker, { type: 'signal', signal });
        return;
      }
      stopping = true;
      // A second signal is passed on too: each worker then cuts its connections at once.
      for (const worker of live.values()) send(worker, { type: 'signal', signal });
      if (live.size === 0) resolve();
    };
    for (const signal of SIGNALS) process.on(signal, onSignal);
    cluster.on('exit', () => {
      if (stopping && live.size === 0) {
        for (const signal of SIGNALS) process.off(signal, onSignal);
        resolve();
      }
    });
  });

  // The first worker alone: it creates the host key if there is none, and a start-up error
  // (flags, key, library, port) is reported once, by it, with its exit code.
  const first = await fork(0);
  if (typeof first === 'number') {
    stopping = true;
    clearInterval(pruner);
    return first;
  }
  const rest = await Promise.all(Array.from({ length: workers - 1 }, (_, i) => fork(i + 1)));
  const failed = rest.find((result): result is number => typeof result === 'number');
  if (failed !== undefined && !stopping) {
    stopping = true;
    for (const worker of live.values()) send(worker, { type: 'signal', signal: 'SIGTERM' });
  }
  if (!stopping) log.event('listening', { ...first, workers });
  await stopped;
  clearInterval(pruner);
  return failed ?? ExitCode.ok;
}

/** Runs this worker's server: `runServe`, with the primary deciding admissions and sending signals. */
export function runWorker(path: string, options: Omit<RunServeOptions, 'host' | 'worker'>): Promise<number> {
  const index = Number(process.env[WORKER_INDEX]);
  const count = Number(process.env[WORKER_COUNT]);
  const signals = new EventEmitter();
  // The channel to the primary carries the listening socket and every admission: it keeps the
  // worker alive while it serves (a preloaded module may have unref'd it), until it stops.
  process.channel?.ref();
  const admissions = workerAdmissions((message) => process.send?.(message) ?? false);
  process.on('message', (message: ToWorker) => {
    if (message.type === 'admitted') admissions.receive(message);
    else if (message.type === 'signal') signals.emit(message.signal);
  });
  // A signal sent to the whole process group (Ctrl-C in a terminal) reaches the workers too; the
  // primary decides, and tells each worker. Listening keeps Node (and Ink's signal-exit) from acting.
  for (const signal of SIGNALS) process.on(signal, () => undefined);
  // Without its primary a worker stops, as if told SIGTERM.
  process.on('disconnect', () => {
    admissions.close();
    signals.emit('SIGTERM');
  });
  const host: ServeHost = {
    stdout: process.stdout,
    stderr: process.stderr,
    on: (event, listener) =>
      (SIGNALS as readonly string[]).includes(event)
        ? signals.on(event, listener)
        : process.on(event, listener),
    off: (event, listener) =>
      (SIGNALS as readonly string[]).includes(event)
        ? signals.off(event, listener)
        : process.off(event, listener),
  };
  const maxSessions = sessionShare(options.flags.maxSessions, count, index);
  const served = runServe(path, {
    ...options,
    host,
    worker: {
      admissions,
      index: index + 1,
      maxSessions,
      listening: (fields) => process.send?.({ type: 'listening', fields } satisfies FromWorker),
    },
  });
  // The channel would keep the worker alive after its server has stopped. Not process.disconnect():
  // a cluster worker whose channel closes exits at once with 0, losing this exit code.
  return served.finally(() => process.channel?.unref());
}
