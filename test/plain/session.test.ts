import { PassThrough } from 'node:stream';
import { describe, expect, test, vi } from 'vitest';
import { PLAIN_PROMPT, startPlainSession } from '../../source/plain/session.js';
import { createLibraryContext } from '../../source/state/library.js';
import { abuDhabi } from './fixture.js';

function streams(options: { echo?: boolean; width?: () => number } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  const session = startPlainSession(
    {
      input,
      output,
      width: options.width ?? (() => 80),
      theme: { colorLevel: 0, ascii: true, hyperlinks: false },
      echo: options.echo,
    },
    createLibraryContext([abuDhabi()]),
  );
  return { input, session, written: () => written };
}

describe('a plain session over streams', () => {
  test('answers each line after the prompt and ends on q, ignoring lines after it', async () => {
    const { input, session, written } = streams();
    input.write('2\n1\nq\nn\n');
    await session.done;
    const text = written();
    expect(text.startsWith('Talks in Abu Dhabi\n')).toBe(true);
    const replies = text.split(PLAIN_PROMPT);
    // The opening, the players, Rustem Umerov; q prints nothing but the end of the prompt line.
    expect(replies).toHaveLength(4);
    expect(replies[1]).toMatch(/^\n14 players:\n/);
    expect(replies[2]).toMatch(/^\nPlayer 1 of 14: Rustem Umerov\n/);
    expect(replies[3]).toBe('\n');
    expect(text).not.toContain('Section 1 of 7');
  });

  test('the end of input (Ctrl-D) ends the session', async () => {
    const { input, session, written } = streams();
    input.end('n\n');
    await session.done;
    expect(written()).toContain('Section 1 of 7: Lead');
    expect(written().endsWith(`${PLAIN_PROMPT}\n`)).toBe(true);
  });

  test('close() ends it too (Ctrl-C arrives as a signal the caller handles)', async () => {
    const { session } = streams();
    session.close();
    await session.done;
  });

  test('echo writes each command after the prompt, without its control characters', async () => {
    const { input, session, written } = streams({ echo: true });
    input.end('2\u001b[A\nq\n');
    await session.done;
    expect(written()).toContain(`${PLAIN_PROMPT}2[A\n\n14 players:`);
    expect(written()).not.toContain('\u001b');
  });

  test('the width is asked for each reply, so a resize applies to the next one', async () => {
    let width = 80;
    const { input, session, written } = streams({ width: () => width });
    input.write('2\n');
    await vi.waitFor(() => expect(written()).toContain('14 players:'));
    width = 40;
    input.end('1\n');
    await session.done;
    const [, players = '', player = ''] = written().split(PLAIN_PROMPT);
    expect(players).toContain(
      '\n1. Rustem Umerov: Ukraine’s national security chief; leads Ukraine’s delegation\n',
    );
    expect(player).toContain('\nRole: Ukraine’s national security chief;\nleads Ukraine’s delegation\n');
  });
});
