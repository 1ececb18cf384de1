/**
 * The real reader (`createSshReader`) served over SSH, driven by the ssh2 client on loopback and
 * seen through a headless xterm: what a person at the other end would see and type.
 */
import type { EventEmitter } from 'node:events';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client, ClientChannel } from 'ssh2';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type Library, loadLibrary } from '../../source/io/load-library.js';
import type { SessionApp, SessionIO, StartSession } from '../../source/ssh/session-app.js';
import { createSshReader } from '../../source/terminal/ssh-reader.js';
import { connect, shell, startTestServer, type TestServer, tempDir, waitFor } from './helpers.js';
import { type ChannelScreen, watchScreen } from './screen.js';

const content = join(import.meta.dirname, '../../content');

let library: Library;
let reader: StartSession;

beforeAll(async () => {
  const dir = tempDir();
  copyFileSync(join(content, 'abu-dhabi-talks.md'), join(dir, 'abu-dhabi-talks.md'));
  writeFileSync(
    join(dir, 'lighthouse.md'),
    '---\ntitle: Lighthouse Dispute\ndateline: Port Veyra\ndate: 2031-03-10\n---\n## The Claims\nBoth claim it.\n',
  );
  library = await loadLibrary(dir);
  // Built once per library, as the server does at each (re)load.
  reader = createSshReader(library);
});

const servers: TestServer[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.end();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** What each session of the server was given and returned, to look for leftovers. */
interface Seen {
  readonly io: SessionIO;
  readonly app: SessionApp;
  exited: boolean;
}

async function serve(options: Parameters<typeof startTestServer>[0] = {}) {
  const seen: Seen[] = [];
  const server = await startTestServer({
    ids: library.briefings.map((b) => b.id),
    startSession: (io, briefingId) => {
      const app = reader(io, briefingId);
      const entry: Seen = { io, app, exited: false };
      app.waitUntilExit().finally(() => {
        entry.exited = true;
      });
      seen.push(entry);
      return app;
    },
    ...options,
  });
  servers.push(server);
  return { server, seen };
}

/** One client session: its connection, channel, screen and exit status once known. */
interface Opened {
  readonly client: Client;
  readonly channel: ClientChannel;
  readonly screen: ChannelScreen;
  status(): number | undefined;
}

/** Connects as `user` and opens a shell with a pty of that size and TERM (and env requests). */
async function open(
  port: number,
  {
    user = 'reader',
    columns = 100,
    rows = 30,
    term = 'xterm-256color',
    env = {} as Record<string, string>,
  } = {},
): Promise<Opened> {
  const client = await connect(port, { username: user });
  clients.push(client);
  const channel = await shell(client, { cols: columns, rows, term }, { env });
  let status: number | undefined;
  channel.on('exit', (code: number | null) => {
    status = code ?? undefined;
  });
  return { client, channel, screen: watchScreen(channel, columns, rows), status: () => status };
}

/** Ink instances alive in this process: each one holds a signal-exit handler until it unmounts. */
function inkExitHandlers(): number {
  const emitter = (process as unknown as { __signal_exit_emitter__?: EventEmitter }).__signal_exit_emitter__;
  return emitter?.listenerCount('exit') ?? 0;
}

const hasControl = (text: string): boolean =>
  [...text].some((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f));

describe('the reader over SSH', () => {
  test('fills the pty, keys drive it (open, Players, a player, search), q ends with status 0', async () => {
    const { server, seen } = await serve();
    const { channel, screen, status } = await open(server.port, { columns: 100, rows: 30 });

    await screen.waitFor((s) => s.includes('Briefings (2)'), 'the picker');
    expect(screen.isAlternateScreen()).toBe(true);
    // Sized from the pty request: the footer sits on row 30, and the ruler of hints ends by column 100.
    expect(screen.footer()).toMatch(/^Briefing 1\/2 .* q quit$/);
    expect(screen.footer()).toHaveLength(100);
    // The picker's row: title, date, file, sections; the dateline under it.
    expect(screen.text()).toMatch(
      /Lighthouse Dispute\s+2031-03-10\s+lighthouse\.md\s+1 section\s+Port Veyra/,
    );

    channel.write('\r');
    await screen.waitFor(
      (s) => screen.footer().startsWith('Overview') && s.includes('Ukrainian and Russian negotiators met'),
      'the briefing at a glance',
    );
    channel.write('2');
    await screen.waitFor(() => screen.footer().startsWith('Players 1/14'), 'the players panel');
    expect(screen.text()).toContain('Rustem Umerov');
    channel.write('\r');
    await screen.waitFor(() => screen.footer().startsWith('Player 1/14'), 'Rustem Umerov open');
    expect(screen.text()).toContain('Player · Rustem Umerov');
    expect(screen.text()).toContain('Mentioned in');

    channel.write('/Zaporizhzhia\r');
    await screen.waitFor(() => /hit 1\/\d+/.test(screen.footer()), 'a search hit');
    await screen.waitFor((s) => s.includes('The fate of the Zaporizhzhia nuclear'), 'the hit in view');

    channel.write('q');
    await screen.waitFor(() => !screen.isAlternateScreen(), 'the screen given back');
    await waitFor(() => status() !== undefined, 'the exit status');
    expect(status()).toBe(0);
    await waitFor(() => server.server.activeSessions === 0, 'no session left');
    expect(seen[0]?.exited).toBe(true);
    expect(server.logged('session-end', '"reason":"exit"')).toBe(true);
  });

  test('the user name opens that briefing; colour follows TERM', async () => {
    const { server, seen } = await serve();
    const named = await open(server.port, { user: 'abu-dhabi-talks' });
    await named.screen.waitFor(() => named.screen.footer().startsWith('Overview'), 'the briefing, no picker');
    expect(named.screen.line(0)).toContain('Talks in Abu Dhabi');
    expect(named.screen.raw()).toMatch(/\u001B\[(?:[0-9;]*;)?3[0-7]m/); // some foreground colour

    const dumb = await open(server.port, { user: 'lighthouse', term: 'dumb' });
    await dumb.screen.waitFor((s) => s.includes('Both claim it.'), 'the lighthouse briefing');
    // No colour for a terminal that has none.
    expect(dumb.screen.raw()).not.toMatch(/\u001B\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7])[;m]/);
    expect(seen).toHaveLength(2);
    expect(server.logged('session-start', '"briefing":"lighthouse","term":"dumb"')).toBe(true);
  });

  test('symbols follow the client locale: ASCII for LANG=C, unless LC_ALL says UTF-8', async () => {
    const { server, seen } = await serve();
    const plain = await open(server.port, { user: 'abu-dhabi-talks', env: { LANG: 'C' } });
    await plain.screen.waitFor(() => plain.screen.footer().startsWith('Overview'), 'the briefing');
    plain.channel.write('1');
    await plain.screen.waitFor(() => plain.screen.footer().startsWith('Sections 1/7'), 'its sections');
    expect(plain.screen.text()).toContain('> ');
    expect(plain.screen.text()).not.toMatch(/[›·…─]/);
    expect(seen[0]?.io.locale).toBe('C');

    const utf8 = await open(server.port, {
      user: 'abu-dhabi-talks',
      env: { LANG: 'C', LC_ALL: 'en_US.UTF-8' },
    });
    await utf8.screen.waitFor(() => utf8.screen.footer().startsWith('Overview'), 'the briefing');
    utf8.channel.write('1');
    await utf8.screen.waitFor(() => utf8.screen.footer().startsWith('Sections 1/7'), 'its sections');
    expect(utf8.screen.text()).toContain('›');
    expect(seen[1]?.io.locale).toBe('en_US.UTF-8');
  });

  test('a client whose locale is not UTF-8 gets only ASCII: the text transliterated, every byte below 0x80', async () => {
    const { server } = await serve();
    const session = await open(server.port, { user: 'abu-dhabi-talks', env: { LANG: 'C' } });
    const { screen } = session;
    await screen.waitFor(() => screen.footer().startsWith('Overview'), 'the briefing');
    session.channel.write('1jjjjj\r');
    await screen.waitFor(() => screen.text().includes("Ukraine's"), 'a section, its apostrophes in ASCII');
    session.channel.write('?');
    await screen.waitFor(() => /\bj down\b/.test(screen.text()), 'the help, the arrows named');
    expect(screen.raw()).not.toMatch(/[^\p{ASCII}]/u);
  });

  test('a window change lays the reader out again at the new size', async () => {
    const { server } = await serve();
    const session = await open(server.port, { user: 'abu-dhabi-talks', columns: 120, rows: 40 });
    const { screen } = session;
    await screen.waitFor(() => screen.footer().startsWith('Overview'), 'the overview');
    session.channel.write('1');
    await screen.waitFor(() => screen.footer().startsWith('Sections 1/7'), 'the two-pane layout');
    // Two panes side by side: the contents list on the left, the section on the right.
    expect(screen.line(3)).toMatch(/^› Lead {2,}Talks began in Abu Dhabi/);

    screen.resize(70, 20);
    // One pane at this width: the contents list alone, the tabs spelled out, the footer on row 20.
    await screen.waitFor(
      (s) =>
        screen.line(1).startsWith('0 Overview  1 Sections  2 Players  3 Issues') &&
        !s.includes('Talks began'),
      'the one-pane layout at 70x20',
    );
    expect(screen.line(3)).toMatch(/^› Lead\s*$/);
    expect(screen.footer()).toMatch(/^Sections 1\/7 .* q quit$/);
    expect(screen.footer()).toHaveLength(70);

    screen.resize(120, 40);
    await screen.waitFor(() => /^› Lead {2,}Talks began/.test(screen.line(3)), 'two panes again');
    expect(server.logged('session-start', '"size":"120x40"')).toBe(true);
  });

  test('a client that drops mid-frame leaves no session, Ink instance or listener behind', async () => {
    const { server, seen } = await serve();
    const before = inkExitHandlers();
    // The session's opening (the alternate screen) and its first frame are written back to back:
    // the client vanishes as soon as the first bytes arrive, with the frame still on its way.
    const client = await connect(server.port);
    clients.push(client);
    const channel = await shell(client, { cols: 500, rows: 200, term: 'xterm-256color' });
    let chunks = 0;
    channel.on('data', () => {
      chunks += 1;
      if (chunks === 1) client.destroy();
    });
    await waitFor(() => seen.length === 1 && chunks > 0, 'the first frame to start');
    await waitFor(
      () => server.server.activeSessions === 0 && server.openConnections() === 0,
      'the session and the connection to go',
    );
    await waitFor(() => seen[0]?.exited === true, 'the reader to exit');
    await waitFor(() => inkExitHandlers() === before, 'the Ink instance to unmount');
    const io = seen[0]?.io;
    expect(io?.stdout.listenerCount('resize')).toBe(0);
    for (const event of ['data', 'readable', 'keypress']) expect(io?.stdin.listenerCount(event)).toBe(0);
    expect(server.logged('session-end')).toBe(true);

    // Keys and a resize in flight, each making a new frame as the socket goes: the same.
    const again = await open(server.port, { user: 'abu-dhabi-talks' });
    await again.screen.waitFor(() => again.screen.footer().startsWith('Overview'), 'the second session');
    expect(inkExitHandlers()).toBe(before + 1);
    again.channel.write('jjjj2');
    again.screen.resize(140, 45);
    again.client.destroy();
    await waitFor(
      () => server.server.activeSessions === 0 && seen[1]?.exited === true,
      'the second session to go',
    );
    await waitFor(() => inkExitHandlers() === before, 'the second Ink instance to unmount');
    expect(seen[1]?.io.stdout.listenerCount('resize')).toBe(0);
  });

  test('a hostile user name and TERM reach neither the screen nor the log as control characters', async () => {
    const { server, seen } = await serve({ logFormat: 'text' });
    const { screen } = await open(server.port, {
      user: 'abu-dhabi-talks\u001b]0;pwned\u0007\r\n2026-01-01T00:00:00.000Z auth user=root',
      term: 'xterm-256color\u001b]2;owned\u0007\u009b31m',
      env: { COLORTERM: 'truecolor\u001b[2J', TERM: '\u001b]0;x\u0007' },
    });
    // Not a briefing id once the junk is counted: the picker, drawn normally.
    await screen.waitFor((s) => s.includes('Briefings (2)'), 'the picker');
    expect(screen.titles).toEqual([]);
    expect(seen[0]?.io.term).toMatch(/^xterm-256color2owned31m?$/);
    expect(seen[0]?.io.colorTerm).toBe('truecolor2J');
    expect(hasControl(seen[0]?.io.user ?? '')).toBe(false);
    const lines = server.logs.join('').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(hasControl(line)).toBe(false);
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z [a-z-]+( |$)/);
    }
    // The forged "auth" line stays inside one value of the real one.
    expect(lines.filter((l) => l.split(' ')[1] === 'auth')).toHaveLength(1);
    expect(server.logged('session-start', 'term=xterm-256color2owned31')).toBe(true);
  });
});
