import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
const SGR = /\u001b\[[0-9;]*m/;

test('NO_COLOR turns colour off only when it is not empty (no-color.org), and docs/cli.md says so', () => {
  const forced = { FORCE_COLOR: '1' };
  expect(runCli([abuDhabi, '--print'], { ...forced, NO_COLOR: '' }).stdout).toMatch(SGR);
  expect(runCli([abuDhabi, '--print'], { ...forced, NO_COLOR: '0' }).stdout).not.toMatch(SGR);

  const doc = readFileSync(join(import.meta.dirname, '../../docs/cli.md'), 'utf8');
  const row = doc.split('\n').find((line) => line.startsWith('| `--color'));
  expect(row).toBeDefined();
  expect(row).not.toMatch(/NO_COLOR` \(any value\)/);
  expect(row).toMatch(/`NO_COLOR` set to any non-empty value turns colour off/);
  expect(row).toMatch(/an empty `NO_COLOR=` does not/);
});
