/**
 * `o` on a web link over SSH: nothing runs on the server; the link goes to the client's clipboard
 * with OSC 52 and is shown whole to copy by hand.
 */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'ssh2';
import { afterEach, expect, onTestFinished, test } from 'vitest';
import { loadLibrary } from '../../source/io/load-library.js';
import { osc52 } from '../../source/terminal/clipboard.js';
import { createSshReader } from '../../source/terminal/ssh-reader.js';
import { connect, shell, startTestServer, type TestServer, tempDir, waitFor } from './helpers.js';
import { watchScreen } from './screen.js';

const servers: TestServer[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.end();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const URL = 'https://tool.example.org/docs?q=1';

test('o copies the highlighted link with OSC 52 and shows it whole; no opener runs', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tool.md'), `# Tool\n\nSee [the site](${URL}) for more.\n`);
  const library = await loadLibrary(dir);
  const reader = createSshReader(library);
  const server = await startTestServer({
    ids: library.briefings.map((b) => b.id),
    startSession: (io, briefingId) => reader(io, briefingId),
  });
  servers.push(server);
  const client = await connect(server.port, { username: 'reader' });
  clients.push(client);
  // A stand-in opener first on the server's PATH: it must never run.
  const bin = tempDir();
  const ran = join(bin, 'ran');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\ntouch '${ran}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${bin}:${path ?? ''}`;
  onTestFinished(() => {
    process.env.PATH = path;
  });
  const channel = await shell(client, { cols: 80, rows: 24, term: 'xterm-256color' }, { env: {} });
  const screen = watchScreen(channel, 80, 24);
  await screen.waitFor(() => screen.footer().startsWith('Sections 1/1'), 'one briefing, opened directly');
  channel.write('\r');
  await screen.waitFor(() => screen.footer().startsWith('Section 1/1'), 'reading');
  channel.write('.');
  await screen.waitFor(() => screen.footer().includes('1/1'), 'a link highlighted');
  channel.write('o');
  await screen.waitFor((s) => s.includes('Link sent to your clipboard'), 'the banner');
  expect(screen.text()).toContain(URL);
  expect(screen.raw()).toContain(osc52(URL));
  channel.write('q');
  await waitFor(() => channel.destroyed || !channel.readable, 'the session ended');
  expect(existsSync(ran)).toBe(false);
});
