/**
 * `o` on a web link in a real terminal: the system's opener runs (a stand-in on PATH records what it
 * was given), detached and without a shell; the reader goes on.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { waitFor } from '../harness/wait.js';
import { runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';

const footer = (screen: string) => screen.split('\n').at(-1) ?? '';

test('o opens the highlighted web link with xdg-open, its one argument the address (80x24)', async () => {
  const dir = tempDir('briefing-web-link');
  const out = join(dir, 'opened');
  const bin = join(dir, 'bin');
  writeFileSync(
    join(dir, 'tool.md'),
    '# Tool\n\nSee [the site](https://tool.example.org/docs?q=$(id)) for more.\n',
  );
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'xdg-open'),
    `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${out}'; done\n`,
  );
  chmodSync(join(bin, 'xdg-open'), 0o755);
  const run = runInPty([join(dir, 'tool.md')], {
    cols: 80,
    rows: 24,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  await run.waitFor((s) => footer(s).startsWith('Sections 1/1'), 'the sections list');
  run.write('\r');
  await run.waitFor((s) => footer(s).startsWith('Section 1/1'), 'reading');
  run.write('o');
  await run.waitFor((s) => footer(s).includes('No web link highlighted'), 'nothing highlighted yet');
  run.write('.');
  await run.waitFor(() => run.runsWith('inverse', 2, 22).includes('the site'), 'the link highlighted');
  run.write('o');
  await run.waitFor(
    (s) => footer(s).includes('Opening in your browser: https://tool.example.org/docs?q=$(id)'),
    'the notice',
  );
  if (process.platform !== 'darwin') {
    await waitFor(() => existsSync(out) && readFileSync(out, 'utf8').endsWith('\n'), 'the opener ran');
    expect(readFileSync(out, 'utf8')).toBe('https://tool.example.org/docs?q=$(id)\n');
  }
  run.write('q');
  expect((await run.exited()).exitCode).toBe(0);
});
