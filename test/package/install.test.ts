/**
 * The package as a user installs it: `npm pack`, then `npm install -g` of the tarball into a
 * temporary prefix, then the installed `briefing` run from a directory outside the clone. It proves
 * that `dependencies` holds everything the built program loads (everything else is bundled), that
 * the bundled briefings, the lazily loaded chunks and the source maps are in the package.
 *
 * Offline-safe: the tarball is local and its few dependencies (ssh2 and its own) are taken from npm's
 * cache when there (`--prefer-offline`; `npm ci` put them there). `npm test` has built dist/ in
 * `pretest`; packing skips `prepack`, so it never rebuilds dist/ under the other tests' feet.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const posix = process.platform !== 'win32';

let work = '';
let prefix = '';
let installed = '';
let bin = '';
let env: Record<string, string> = {};

/** The test process's environment without npm's per-run settings (`npm test` sets npm_config_*). */
function cleanEnv(): Record<string, string> {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (name.toLowerCase().startsWith('npm_') && !keep.has(name.toLowerCase())) continue;
    out[name] = value;
  }
  // The installed shim starts `node` from PATH: this very node.
  out.PATH = `${dirname(process.execPath)}${delimiter}${out.PATH ?? ''}`;
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'BRIEFING_DEBUG']) delete out[name];
  return out;
}

function npm(args: readonly string[], cwd: string) {
  const result = spawnSync('npm', [...args], { cwd, env, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
  return result.stdout;
}

function briefing(args: readonly string[]) {
  return spawnSync(bin, [...args], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
}

describe.skipIf(!posix)('the package, installed from its tarball', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'main.js'))) throw new Error('dist/ is missing: run `npm run build`');
    work = tempDir('briefing-package');
    prefix = join(work, 'prefix');
    env = cleanEnv();
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
    const tarball = join(work, packed[0].filename);
    npm(
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball],
      work,
    );
    installed = join(prefix, 'lib', 'node_modules', 'briefing');
    bin = join(prefix, 'bin', 'briefing');
  }, 300_000);

  test('dependencies are only what the bundle loads at run time: ssh2 and its own', () => {
    const modules = readdirSync(join(installed, 'node_modules'));
    expect(modules).toContain('ssh2');
    for (const bundled of ['ink', 'react', 'marked', 'zod', 'yaml', 'commander', 'any-ascii']) {
      expect(modules).not.toContain(bundled);
    }
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['ssh2']);
    for (const field of ['repository', 'bugs', 'homepage', 'keywords']) expect(manifest[field]).toBeDefined();
  });

  test('--print, --ascii and --json of the bundled briefings, from outside the clone', () => {
    const print = briefing(['--print']);
    expect(print.stderr).toBe('');
    expect(print.status).toBe(0);
    expect(print.stdout).toContain('KEY PLAYERS');
    expect(print.stdout).toContain('Rustem Umerov');

    const ascii = briefing(['--print', '--ascii']);
    expect(ascii.status).toBe(0);
    expect(ascii.stdout).toContain("Ukraine's");
    expect(ascii.stdout).not.toMatch(/[^\p{ASCII}]/u);

    const json = briefing(['--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).map((b: { id: string }) => b.id)).toContain('abu-dhabi-talks');
  });

  test('check, on the installed content and on a missing file', () => {
    const good = briefing(['check', join(installed, 'content', 'abu-dhabi-talks.md')]);
    expect(good.stderr).toBe('');
    expect(good.stdout).toMatch(/abu-dhabi-talks\.md: ok \(7 sections/);
    expect(good.status).toBe(0);
    expect(briefing(['check', join(work, 'missing.md')]).status).toBe(3);
  });

  test('serve --port 0 listens (the reader loaded for its sessions) and stops cleanly on SIGTERM', async () => {
    const child: ChildProcess = spawn(
      bin,
      ['serve', '--open', '--port', '0', '--host-key', join(work, 'host_key')],
      { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (/ listening host=127\.0\.0\.1 port=\d+ /.test(out)) resolve();
        };
        child.stdout?.on('data', check);
        child.on('close', () => reject(new Error(`serve exited before listening:\n${out}\n${err}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, `stdout:\n${out}\nstderr:\n${err}`).toBe(0);
    expect(err).toBe('');
  }, 60_000);

  test('the full-screen reader opens in a terminal and quits', async () => {
    const run = runInPty([], { command: bin, cwd: work, cols: 100, rows: 30, env: { PATH: env.PATH } });
    await run.waitForText('Sections 1/7', 15_000);
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('the source maps named by the bundle are in the package (BRIEFING_DEBUG stacks)', () => {
    const dist = join(installed, 'dist');
    const scripts = readdirSync(dist).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const name of scripts) {
      const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(dist, name), 'utf8'))?.[1];
      expect(map, name).toBeDefined();
      expect(existsSync(join(dist, map ?? '')), `${name} -> ${map}`).toBe(true);
    }
  });
});
