import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openerFor, openWebUrl } from '../../source/io/open-url.js';
import { osc52 } from '../../source/terminal/clipboard.js';
import { waitFor } from '../harness/wait.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A stand-in opener on a PATH of its own: it writes each argument it gets on a line of `args`. */
function fakeOpener(name: string) {
  const dir = tempDir('briefing-opener');
  const out = join(dir, 'args');
  writeFileSync(join(dir, name), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${out}'; done\n`);
  chmodSync(join(dir, name), 0o755);
  return { dir, out };
}

describe('the system opener', () => {
  test('xdg-open on Linux, open on macOS, none on Windows', () => {
    expect(openerFor('linux')).toBe('xdg-open');
    expect(openerFor('freebsd')).toBe('xdg-open');
    expect(openerFor('darwin')).toBe('open');
    expect(openerFor('win32')).toBeUndefined();
  });

  test('gets the address as its one argument, with no shell to expand it', async () => {
    const { dir, out } = fakeOpener('xdg-open');
    const url = 'https://example.org/?q=$(touch$IFS/pwned)&r=`id`;x|y';
    // Backquotes are refused outright; the rest reaches the opener untouched.
    expect(openWebUrl(url, { platform: 'linux', path: dir })).toMatch(/^Not opened/);
    const plainUrl = 'https://example.org/?q=$(touch$IFS/pwned)&r=1;x|y';
    expect(openWebUrl(plainUrl, { platform: 'linux', path: dir })).toBeUndefined();
    await waitFor(() => existsSync(out), 'the opener ran');
    await waitFor(() => readFileSync(out, 'utf8').endsWith('\n'), 'the opener wrote its argument');
    expect(readFileSync(out, 'utf8')).toBe(`${plainUrl}\n`);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync('pwned')).toBe(false);
  });

  test('a missing opener or a refused address is a one-line message, and nothing runs', () => {
    const { dir, out } = fakeOpener('open');
    expect(openWebUrl('https://example.org', { platform: 'linux', path: dir })).toBe(
      'No xdg-open on this system: copy the link instead: https://example.org',
    );
    expect(openWebUrl('javascript:alert(1)', { platform: 'darwin', path: dir })).toMatch(/^Not opened/);
    expect(existsSync(out)).toBe(false);
  });
});

test('OSC 52 carries the text in base64, BEL-terminated, ASCII only', () => {
  const sequence = osc52('https://example.org/ü');
  expect(sequence).toBe(`\u001b]52;c;${Buffer.from('https://example.org/ü').toString('base64')}\u0007`);
  for (const ch of sequence) expect(ch.charCodeAt(0)).toBeLessThan(0x80);
});
