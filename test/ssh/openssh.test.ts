/**
 * The real thing: `briefing serve` as built (bin/briefing.js, with ssh2 outside the bundle) and
 * the real OpenSSH client in a pty, with a test key and a throwaway known_hosts file. Needs the
 * build (`npm test` runs it first) and `ssh` (`.ci/run` installs openssh-client when missing).
 */
import { type ChildProcessWithoutNullStreams, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { tempDir, waitFor } from './helpers.js';

const root = join(import.meta.dirname, '../..');
const hasOpenSsh = ['ssh', 'ssh-keygen'].every((tool) => !spawnSync(tool, ['-V']).error);

/** A `briefing serve` child process and what it printed. */
interface ServeChild {
  readonly port: number;
  readonly fingerprint: string;
  readonly events: () => { event: string; [key: string]: unknown }[];
  /** Sends SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

async function startServe(args: readonly string[], home: string): Promise<ServeChild> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(root, 'bin/briefing.js'), 'serve', ...args, '--port', '0', '--log-format', 'json'],
    { cwd: root, env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data') } },
  );
  let out = '';
  let err = '';
  let exitCode: number | null | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  onTestFinished(async () => {
    if (exitCode === undefined) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  const events = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; [key: string]: unknown });
  const listening = () => events().find((e) => e.event === 'listening');
  await waitFor(
    () => {
      if (exitCode !== undefined) throw new Error(`briefing serve exited with ${exitCode}: ${err}${out}`);
      return listening() !== undefined;
    },
    'the server to listen (is the build current? `npm run build`)',
    15_000,
  );
  const line: Record<string, unknown> = listening() ?? {};
  return {
    port: Number(line.port),
    fingerprint: String(line.fingerprint),
    events,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the real OpenSSH client', () => {
  test.skipIf(!hasOpenSsh)(
    `reads a briefing, q exits 0, and a restarted server shows the same host key${
      hasOpenSsh ? '' : ' (skipped: no ssh or ssh-keygen on PATH; install openssh-client)'
    }`,
    async () => {
      const dir = tempDir();
      const library = join(dir, 'library');
      mkdirSync(library);
      copyFileSync(join(root, 'content/abu-dhabi-talks.md'), join(library, 'abu-dhabi-talks.md'));
      writeFileSync(
        join(library, 'lighthouse.md'),
        '---\ntitle: Lighthouse Dispute\ndateline: Port Veyra\ndate: 2031-03-10\n---\n## The Claims\nBoth claim it.\n',
      );
      const clientKey = join(dir, 'id_ed25519');
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'briefing-test', '-f', clientKey]);
      const authorizedKeys = join(dir, 'authorized_keys');
      writeFileSync(authorizedKeys, readFileSync(`${clientKey}.pub`));
      chmodSync(authorizedKeys, 0o600);
      const hostKey = join(dir, 'ssh_host_ed25519_key');
      const knownHosts = join(dir, 'known_hosts');
      const serveArgs = [library, '--authorized-keys', authorizedKeys, '--host-key', hostKey];

      const sshArgs = (port: number, strict: 'accept-new' | 'yes', user: string): string[] => [
        '-F',
        '/dev/null',
        '-p',
        String(port),
        '-i',
        clientKey,
        '-o',
        'IdentitiesOnly=yes',
        '-o',
        'IdentityAgent=none',
        '-o',
        'BatchMode=yes',
        '-o',
        `UserKnownHostsFile=${knownHosts}`,
        '-o',
        'GlobalKnownHostsFile=/dev/null',
        '-o',
        `StrictHostKeyChecking=${strict}`,
        // Each server gets a free port; the alias keeps one known_hosts entry for both.
        '-o',
        'HostKeyAlias=briefing-test',
        `${user}@127.0.0.1`,
      ];
      const footer = (screen: string) => screen.split('\n').at(-1) ?? '';

      const first = await startServe(serveArgs, dir);
      const run = runInPty(sshArgs(first.port, 'accept-new', 'abu-dhabi-talks'), {
        command: 'ssh',
        cols: 100,
        rows: 30,
      });
      await run.waitFor((s) => footer(s).startsWith('Overview'), 'the named briefing', 10_000);
      expect(run.isAlternateScreen()).toBe(true);
      expect(run.line(0)).toContain('Talks in Abu Dhabi');
      expect(footer(run.screen())).toMatch(/ q quit$/);
      run.write('2');
      await run.waitFor((s) => footer(s).startsWith('Players 1/14'), 'the players panel');
      run.resize(70, 20);
      await run.waitFor(
        (s) => s.split('\n')[1]?.startsWith('0 Overview  1 Sections  2 Players  3 Issues') === true,
        'the one-pane layout after the window change',
      );
      run.write('q');
      expect((await run.exited()).exitCode).toBe(0);
      expect(run.isAlternateScreen()).toBe(false);
      // ssh wrote the key it was shown; it is the one the server printed.
      const known = execFileSync('ssh-keygen', ['-l', '-f', knownHosts], { encoding: 'utf8' });
      expect(known).toContain(first.fingerprint);
      expect(
        first.events().some((e) => e.event === 'auth' && e.result === 'accepted' && e.method === 'publickey'),
      ).toBe(true);
      expect(await first.stop()).toBe(0);

      // A restart reads the key back from --host-key: the client, now strict, accepts it.
      const second = await startServe(serveArgs, dir);
      expect(second.fingerprint).toBe(first.fingerprint);
      const again = runInPty(sshArgs(second.port, 'yes', 'someone-else'), {
        command: 'ssh',
        cols: 90,
        rows: 24,
      });
      await again.waitFor((s) => s.includes('Briefings (2)'), 'the picker for any other user name', 10_000);
      again.write('q');
      expect((await again.exited()).exitCode).toBe(0);
      expect(await second.stop()).toBe(0);
    },
    30_000,
  );
});
