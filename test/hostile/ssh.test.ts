/**
 * The hostile corpus served over SSH: the real reader (createSshReader) on a loopback server, driven by
 * the ssh2 client with a pty whose TERM turns OSC 8 links on. Each accepted case gets a session that
 * walks every panel and changes its window size; the raw bytes the client received hold no control
 * sequence but the reader's own and no canary, no window title is set, and the session ends with
 * status 0. Refused cases never reach a session: loading them gives one problem each, and the server
 * goes on serving the rest.
 */
import { rmSync } from 'node:fs';
import type { Client } from 'ssh2';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../source/domain/problems.js';
import { type Library, loadLibrary } from '../../source/io/load-library.js';
import { createSshReader } from '../../source/terminal/ssh-reader.js';
import { connect, shell, startTestServer, type TestServer, waitFor } from '../ssh/helpers.js';
import { watchScreen } from '../ssh/screen.js';
import { CORPUS, type HostileCase } from './corpus.js';
import { foreignControls } from './escapes.js';
import { expectReaderShowed, writeCases } from './run.js';
import { footer, resizeAndWait, walkReader } from './walk.js';

// The small cases, and the large ones the reader is driven on (the 5 MiB one is left to the pty test).
const cases = CORPUS.filter((c) => c.committed || (c.interactive && c.name !== 'prose-under-cap'));
const dir = writeCases(cases);
const COLUMNS = 100;
const ROWS = 30;

let library: Library;
let server: TestServer;
const clients: Client[] = [];
let rssBefore = 0;

beforeAll(async () => {
  library = await loadLibrary(dir);
  const reader = createSshReader(library);
  server = await startTestServer({ ids: library.briefings.map((b) => b.id), startSession: reader });
  rssBefore = process.memoryUsage().rss;
});

afterAll(async () => {
  for (const client of clients) client.end();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loading the corpus for the server', () => {
  test('each refused case is one problem line; the rest load', () => {
    const refused = cases.filter((c) => c.expect.kind === 'refused');
    const accepted = cases.filter((c) => c.expect.kind === 'accepted');
    expect(library.briefings.map((b) => b.id).sort()).toEqual(accepted.map((c) => c.name).sort());
    for (const c of refused) {
      const { problem } = c.expect as Extract<HostileCase['expect'], { kind: 'refused' }>;
      const lines = library.problems.filter((p) => p.file.endsWith(`/${c.name}.md`)).map(formatProblem);
      expect(lines, c.name).toHaveLength(1);
      expect(lines[0]).toMatch(problem);
    }
  });
});

describe('the reader over SSH shows hostile briefings without obeying them', () => {
  for (const c of cases.filter((x) => x.interactive)) {
    test(`${c.name}: ${c.what}`, { timeout: 120_000 }, async () => {
      const started = performance.now();
      const client = await connect(server.port, { username: c.name });
      clients.push(client);
      const channel = await shell(
        client,
        { cols: COLUMNS, rows: ROWS, term: 'xterm-kitty' },
        { env: { COLORTERM: 'truecolor' } },
      );
      let status: number | undefined;
      channel.on('exit', (code: number | null) => {
        status = code ?? undefined;
      });
      const screen = watchScreen(channel, COLUMNS, ROWS);
      const seen = await walkReader(
        { write: (keys) => channel.write(keys), screen: () => screen.text(), waitFor: screen.waitFor },
        30_000,
      );
      expect(screen.isAlternateScreen()).toBe(true);
      await resizeAndWait(screen, 60, 20, 'the narrow layout');
      await resizeAndWait(screen, COLUMNS, ROWS, 'the wide layout');
      channel.write('q');
      await screen.waitFor(() => !screen.isAlternateScreen(), 'the screen given back', 30_000);
      await waitFor(() => status !== undefined, 'the exit status', 30_000);
      expect(status).toBe(0);
      // The walk, at a key at a time with a frame each, took this long in all: a bound, not a target.
      expect(performance.now() - started).toBeLessThan(60_000);

      const raw = screen.raw();
      expect(
        foreignControls(raw, { screen: { columns: COLUMNS, rows: ROWS }, hyperlinks: true, c0: '\r\n' }),
      ).toEqual([]);
      expect(screen.titles).toEqual([]);
      if (c.text().includes('](https://'))
        expect(raw.includes('\u001b]8;;https://'), 'an OSC 8 link').toBe(true);
      expectReaderShowed(c, raw, seen);
      client.end();
    });
  }

  test('after every session the server still serves, and its memory came back down', async () => {
    await waitFor(() => server.server.activeSessions === 0, 'no session left', 10_000);
    const client = await connect(server.port, { username: 'csi' });
    clients.push(client);
    const channel = await shell(client, { cols: COLUMNS, rows: ROWS, term: 'xterm-256color' });
    const screen = watchScreen(channel, COLUMNS, ROWS);
    await screen.waitFor(
      (s) => /^(?:Sections \d+\/\d+|Overview)/.test(footer(s)),
      'a normal session',
      10_000,
    );
    channel.write('q');
    await screen.waitFor(() => !screen.isAlternateScreen(), 'the screen given back', 10_000);
    // Loose: the process also holds the test runner; a leak per session would show as hundreds of MB.
    expect((process.memoryUsage().rss - rssBefore) / 1024 / 1024).toBeLessThan(400);
  });
});
