/**
 * `npm run bench -- --live`: one edit of the served file reaching open SSH sessions. `briefing serve
 * --open` runs as a child process with the file; 100 ssh2 clients in this process each open it and
 * read its second section; then one sentence of that section is changed on disk. Measured: from the
 * write to each session's frame that shows the update (the last one is the figure), and the bytes
 * each session received for it, beside the bytes of a whole frame (what a repaint would cost).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientChannel, Client as ClientType } from 'ssh2';
import { Client } from '../source/ssh/ssh2.js';
import { childEnv } from '../test/harness/child-env.js';
import { END_SYNC, SIZE } from './local-reader.js';
import { openServerFlags } from './ssh-server.js';
import { median, percentile } from './stats.js';

/** What the live phase measured. */
export interface LiveResult {
  sessions: number;
  /** File written to each session's frame with the banner, ms, one per session that got it. */
  readonly updateMs: number[];
  /** Bytes each session received for the update (every frame until the banner's). */
  readonly updateBytes: number[];
  /** Bytes of each session's first, whole frame: what a repaint costs. */
  readonly firstFrameBytes: number[];
  missed: number;
  readonly warnings: string[];
}

interface Session {
  readonly client: ClientType;
  readonly channel: ClientChannel;
  since(): string;
  mark(): void;
  /** Resolves with the time the output since the mark first satisfies `done`, or undefined on timeout. */
  until(done: (text: string) => boolean, timeoutMs: number): Promise<number | undefined>;
}

function open(port: number, user: string): Promise<Session> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    client.on('error', reject);
    client.on('ready', () => {
      client.shell({ cols: SIZE.cols, rows: SIZE.rows, term: 'xterm-256color' }, (error, channel) => {
        if (error) return reject(error);
        let text = '';
        let check: (() => void) | undefined;
        channel.on('data', (chunk: Buffer) => {
          text += chunk.toString('latin1');
          check?.();
        });
        channel.stderr.on('data', () => {});
        channel.on('error', () => {});
        resolve({
          client,
          channel,
          since: () => text,
          mark: () => {
            text = '';
          },
          until: (done, timeoutMs) =>
            new Promise((finish) => {
              const timer = setTimeout(() => {
                check = undefined;
                finish(undefined);
              }, timeoutMs);
              check = () => {
                if (!done(text)) return;
                check = undefined;
                clearTimeout(timer);
                finish(performance.now());
              };
              check();
            }),
        });
      });
    });
    client.connect({ host: '127.0.0.1', port, username: user, readyTimeout: 60_000 });
  });
}

async function serve(
  root: string,
  home: string,
  file: string,
  sessions: number,
): Promise<{ child: ChildProcess; port: number } | undefined> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'briefing.js'), 'serve', file, ...openServerFlags(home, sessions), '--no-resume'],
    { cwd: root, env: childEnv(home), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number | undefined>((resolve) => {
    let buffered = '';
    const timer = setTimeout(() => resolve(undefined), 30_000);
    child.stdout?.on('data', (chunk) => {
      buffered += String(chunk);
      const found = /"event":"listening"[^\n]*"port":(\d+)/.exec(buffered);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    child.on('exit', () => resolve(undefined));
  });
  if (port === undefined) {
    child.kill('SIGKILL');
    return undefined;
  }
  return { child, port };
}

/** Runs the live-update measurement; never throws (problems go to `warnings`). */
export async function liveBench(root: string, dir: string, sessions = 100): Promise<LiveResult> {
  const warnings: string[] = [];
  const result: LiveResult = {
    sessions: 0,
    updateMs: [],
    updateBytes: [],
    firstFrameBytes: [],
    missed: 0,
    warnings,
  };
  const home = join(dir, 'live-home');
  const served = join(dir, 'live');
  mkdirSync(home, { recursive: true });
  mkdirSync(served, { recursive: true });
  const file = join(served, 'talks.md');
  copyFileSync(join(root, 'content', 'abu-dhabi-talks.md'), file);
  const server = await serve(root, home, file, sessions);
  if (server === undefined) {
    warnings.push('live: the server did not listen');
    return result;
  }
  const open_: Session[] = [];
  try {
    // Connected a few at a time, each on the second section (the one that will change).
    for (let i = 0; i < sessions; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, sessions - i) }, () => open(server.port, 'talks')),
      );
      for (const session of batch) {
        await session.until((t) => t.includes(END_SYNC), 30_000);
        result.firstFrameBytes.push(Buffer.byteLength(session.since(), 'latin1'));
        session.mark();
        session.channel.write('1\u001B[B\r');
        // The frame writer sends changed cells only, so text is not searched for: the frame is awaited.
        const opened = await session.until((t) => t.includes(END_SYNC), 30_000);
        if (opened === undefined) warnings.push('live: a session did not open the section');
        open_.push(session);
      }
    }
    result.sessions = open_.length;
    // Let the last frames drain before the mark.
    await new Promise((r) => setTimeout(r, 500));
    for (const session of open_) session.mark();
    const text = readFileSync(file, 'utf8');
    const written = performance.now();
    writeFileSync(
      file,
      text.replace(
        'Temperatures plummeted well below freezing.',
        'Temperatures fell to minus twenty overnight.',
      ),
    );
    const arrived = await Promise.all(
      open_.map((session) =>
        // Sessions are idle: the first frame after the write is the update's.
        session.until((t) => t.includes(END_SYNC), 60_000),
      ),
    );
    arrived.forEach((at, i) => {
      if (at === undefined) {
        result.missed++;
        return;
      }
      result.updateMs.push(at - written);
      result.updateBytes.push(Buffer.byteLength(open_[i]?.since() ?? '', 'latin1'));
      if (i === 0 && process.env.BRIEFING_BENCH_DUMP)
        writeFileSync(process.env.BRIEFING_BENCH_DUMP, open_[i]?.since() ?? '');
    });
  } catch (error) {
    warnings.push(`live: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    for (const session of open_) session.client.end();
    server.child.kill('SIGTERM');
  }
  return result;
}

/** The figures as lines of text. */
export function liveReport(live: LiveResult): string {
  const ms = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(0)} ms`);
  const bytes = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(0)} B`);
  return [
    `live update to ${live.sessions} SSH sessions (${live.missed} missed it):`,
    `  file write to the last session's frame   ${ms(live.updateMs.length === 0 ? undefined : Math.max(...live.updateMs))}`,
    `  file write to a session's frame, median   ${ms(median(live.updateMs))}, p95 ${ms(percentile(live.updateMs, 95))}`,
    `  bytes per session for the update          median ${bytes(median(live.updateBytes))}, max ${bytes(Math.max(...live.updateBytes))}`,
    `  bytes of a whole frame (a repaint)        median ${bytes(median(live.firstFrameBytes))}`,
  ].join('\n');
}
