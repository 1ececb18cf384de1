import { describe, expect, test } from 'vitest';
import { PLAIN_COMMANDS, type PlainCommand, parseCommand } from '../../source/plain/commands.js';
import { formatOutput } from '../../source/plain/format.js';
import { initialPlainState } from '../../source/plain/state.js';
import { createLibraryContext } from '../../source/state/library.js';
import { abuDhabi } from './fixture.js';

const cases: readonly (readonly [string, PlainCommand])[] = [
  ['', { type: 'next' }],
  ['   ', { type: 'next' }],
  ['n', { type: 'next' }],
  ['N', { type: 'next' }],
  [' next ', { type: 'next' }],
  ['p', { type: 'previous' }],
  ['prev', { type: 'previous' }],
  ['previous', { type: 'previous' }],
  ['sections', { type: 'panel', panel: 'sections' }],
  ['Players', { type: 'panel', panel: 'players' }],
  ['player', { type: 'panel', panel: 'players' }],
  ['issues', { type: 'panel', panel: 'issues' }],
  ['timeline', { type: 'panel', panel: 'timeline' }],
  ['figures', { type: 'panel', panel: 'figures' }],
  ['1', { type: 'number', n: 1 }],
  ['5', { type: 'number', n: 5 }],
  [' 12 ', { type: 'number', n: 12 }],
  ['0', { type: 'number', n: 0 }],
  ['l', { type: 'links' }],
  ['links', { type: 'links' }],
  ['go', { type: 'links' }],
  ['l 3', { type: 'follow', n: 3 }],
  ['l3', { type: 'follow', n: 3 }],
  ['L 3', { type: 'follow', n: 3 }],
  ['go 2', { type: 'follow', n: 2 }],
  ['GO 2', { type: 'follow', n: 2 }],
  ['follow 7', { type: 'follow', n: 7 }],
  ['/Zaporizhzhia', { type: 'search', query: 'Zaporizhzhia' }],
  ['/ nuclear plant ', { type: 'search', query: 'nuclear plant' }],
  ['/', { type: 'search', query: '' }],
  ['search Kyiv', { type: 'search', query: 'Kyiv' }],
  ['Find Kyiv', { type: 'search', query: 'Kyiv' }],
  ['search', { type: 'search', query: '' }],
  ['b', { type: 'back' }],
  ['back', { type: 'back' }],
  ['r', { type: 'again' }],
  ['again', { type: 'again' }],
  ['i', { type: 'info' }],
  ['info', { type: 'info' }],
  ['briefings', { type: 'briefings' }],
  ['help', { type: 'help' }],
  ['?', { type: 'help' }],
  ['h', { type: 'help' }],
  ['q', { type: 'quit' }],
  ['QUIT', { type: 'quit' }],
  ['exit', { type: 'quit' }],
  // An arrow key typed into the terminal's line editor arrives as its escape sequence: ignored.
  ['\u001b[An', { type: 'next' }],
  ['\u001b[A\u001b[B', { type: 'next' }],
  ['searching', { type: 'unknown', text: 'searching' }],
  ['xyz', { type: 'unknown', text: 'xyz' }],
  ['l x', { type: 'unknown', text: 'l x' }],
  ['-1', { type: 'unknown', text: '-1' }],
  ['1.5', { type: 'unknown', text: '1.5' }],
];

describe('parseCommand', () => {
  test.each(cases)('%j', (line, expected) => {
    expect(parseCommand(line)).toEqual(expected);
  });

  test('a search keeps the case of its query (search is case-sensitive when it has a capital)', () => {
    expect(parseCommand('/Kyiv')).toEqual({ type: 'search', query: 'Kyiv' });
    expect(parseCommand('/kyiv')).toEqual({ type: 'search', query: 'kyiv' });
  });

  test('no word means two commands', () => {
    const seen = new Map<string, string>();
    for (const spec of PLAIN_COMMANDS) {
      for (const word of spec.words ?? []) {
        expect(seen.get(word), `"${word}" in ${spec.usage} and ${seen.get(word)}`).toBeUndefined();
        seen.set(word, spec.usage);
      }
    }
  });

  test('every command has usage and help, and help prints them all from the table', () => {
    const ctx = createLibraryContext([abuDhabi()]);
    const { state } = initialPlainState(ctx);
    const text = formatOutput(ctx, state, [{ kind: 'help' }], {
      width: 1000,
      theme: { colorLevel: 0, ascii: true, hyperlinks: false },
    });
    for (const spec of PLAIN_COMMANDS) {
      expect(spec.usage).not.toBe('');
      expect(spec.help).not.toBe('');
      expect(text).toContain(`${spec.usage}: ${spec.help}.`);
    }
  });
});
