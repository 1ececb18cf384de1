import { describe, expect, test } from 'vitest';
import { restoreSequence } from '../../source/terminal/screen.js';
import { createTerminalSession } from '../../source/terminal/session.js';

function fakeStreams(options: { isRaw?: boolean; rawMode?: boolean } = {}) {
  const writes: string[] = [];
  const rawCalls: boolean[] = [];
  const stdin = {
    isRaw: options.isRaw,
    setRawMode: options.rawMode === false ? undefined : (mode: boolean) => rawCalls.push(mode),
  };
  const stdout = { write: (chunk: string) => writes.push(chunk) };
  return { stdin, stdout, writes, rawCalls };
}

describe('createTerminalSession', () => {
  test('enters the alternate screen and hides the cursor, writing only to the stdout given', () => {
    const { stdin, stdout, writes, rawCalls } = fakeStreams();
    const session = createTerminalSession({ stdin, stdout });
    expect(writes).toEqual(['\u001B[?1049h\u001B[2J\u001B[H\u001B[?25l']);
    expect(rawCalls).toEqual([]);
    expect(session.restored).toBe(false);
  });

  test('restore writes the restore sequence, turns raw mode off and calls onExit, once', () => {
    const { stdin, stdout, writes, rawCalls } = fakeStreams({ isRaw: true });
    let exits = 0;
    const session = createTerminalSession({ stdin, stdout, onExit: () => exits++ });
    session.restore();
    session.restore();
    expect(writes.slice(1)).toEqual([restoreSequence()]);
    expect(rawCalls).toEqual([false]);
    expect(exits).toBe(1);
    expect(session.restored).toBe(true);
  });

  test('raw mode is left alone when the stream says it is off', () => {
    const { stdin, stdout, rawCalls } = fakeStreams({ isRaw: false });
    createTerminalSession({ stdin, stdout }).restore();
    expect(rawCalls).toEqual([]);
  });

  test('a stdin without setRawMode (a pipe) is fine', () => {
    const { stdin, stdout, writes } = fakeStreams({ rawMode: false });
    createTerminalSession({ stdin, stdout }).restore();
    expect(writes).toHaveLength(2);
  });

  test('restore does not throw when the streams are gone, and still runs every step', () => {
    let open = true;
    const rawCalls: boolean[] = [];
    let exits = 0;
    const stdout = {
      write: () => {
        if (!open) throw new Error('EPIPE');
      },
    };
    const stdin = {
      isRaw: true,
      setRawMode: (mode: boolean) => {
        rawCalls.push(mode);
        throw new Error('EBADF');
      },
    };
    const session = createTerminalSession({ stdin, stdout, onExit: () => exits++ });
    open = false;
    expect(() => session.restore()).not.toThrow();
    expect(rawCalls).toEqual([false]);
    expect(exits).toBe(1);
  });
});
