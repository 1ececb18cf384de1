import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');

test('off a terminal, --plain prints what --print prints', () => {
  const plain = runCli([abuDhabi, '--plain']);
  const print = runCli([abuDhabi, '--print']);
  expect(plain.status).toBe(0);
  expect(plain.stderr).toBe('');
  expect(plain.stdout).toBe(print.stdout);
  expect(plain.stdout).toContain('Talks in Abu Dhabi');
});
