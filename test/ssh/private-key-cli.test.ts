import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { keyPair, tempDir } from './helpers.js';

test('serve --authorized-keys given a private key: one line naming the .pub, exit 3, nothing of the key anywhere', () => {
  const dir = tempDir();
  const key = keyPair().private;
  const file = join(dir, 'id_ed25519');
  writeFileSync(file, key, { mode: 0o600 });
  const result = runCli(['serve', '--authorized-keys', file, '--host-key', join(dir, 'host'), '--port', '0']);
  expect(result.status).toBe(3);
  expect(result.stderr).toBe(
    `briefing serve: ${file} holds a private key; give the public key (${file}.pub)\n`,
  );
  expect(result.stdout).toBe('');
  const material = key
    .split('\n')
    .filter((line) => !line.startsWith('-----'))
    .join('');
  for (let at = 0; at + 8 <= material.length; at += 8) {
    expect(result.stdout + result.stderr).not.toContain(material.slice(at, at + 8));
  }
});
