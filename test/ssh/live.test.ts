/**
 * Live updates over SSH against `briefing serve` as built: the served file is edited while two
 * sessions read it in different places; both take the new version, keep their places and say so; a
 * broken save reaches neither. Each session's reader (its user name on this open server) keeps its
 * place and read state across sessions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { openReader } from './reader-client.js';
import { startServeProcess } from './serve-process.js';

const original = readFileSync(join(import.meta.dirname, '../../content/abu-dhabi-talks.md'), 'utf8');
const DOWN = '\u001B[B';

describe('live updates over SSH', () => {
  test('two sessions in different places both take an edit and keep their places; a broken save is not taken', async () => {
    const file = join(tempDir('briefing-live-ssh'), 'talks.md');
    writeFileSync(file, original);
    const server = await startServeProcess(file, []);
    const a = await openReader(server.port, { columns: 100, rows: 30 });
    const b = await openReader(server.port, { columns: 80, rows: 24 });
    // a reads the second section; b the players list, on Steve Witkoff.
    a.channel.write(`1${DOWN}\r`);
    await a.screen.waitFor(() => a.screen.footer().startsWith('Section 2/7'), 'a on section 2');
    b.channel.write(`2${DOWN}${DOWN}${DOWN}${DOWN}`);
    await b.screen.waitFor(() => b.screen.footer().startsWith('Players 5/14'), 'b on player 5');
    const bRow = b.screen.text();

    writeFileSync(
      file,
      original.replace(
        'Temperatures plummeted well below freezing.',
        'Temperatures fell to minus twenty overnight.',
      ),
    );
    for (const [name, session] of [
      ['a', a],
      ['b', b],
    ] as const) {
      await session.screen.waitFor(
        () => session.screen.footer().includes('Briefing updated: 1 section updated'),
        `the banner in ${name}`,
      );
    }
    expect(a.screen.footer()).toMatch(/^Section 2\/7/);
    expect(a.screen.text()).toContain('Temperatures fell to minus twenty overnight.');
    expect(b.screen.footer()).toMatch(/^Players 5\/14/);
    expect(b.screen.text().split('\n').slice(0, -1)).toEqual(bRow.split('\n').slice(0, -1));

    writeFileSync(file, '---\ntitle: [broken\n---\n## A\ntext\n');
    for (const session of [a, b]) {
      await session.screen.waitFor(
        () => session.screen.footer().includes('Briefing not updated'),
        'the problem of the broken save',
      );
    }
    expect(a.screen.text()).toContain('Temperatures fell to minus twenty overnight.');
    // The problem takes the footer's whole row until the next key; the list and its selection stay.
    expect(b.screen.text().split('\n').slice(0, -1)).toEqual(bRow.split('\n').slice(0, -1));
    a.close();
    b.close();
    await server.drained(2);
    expect(await server.stop()).toBe(0);
  }, 60_000);
});
