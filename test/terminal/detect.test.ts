import { describe, expect, test } from 'vitest';
import {
  type ColorChoice,
  type ColorLevel,
  detectTerminal,
  type TerminalEnv,
} from '../../source/terminal/detect.js';

const tty = { isTTY: true, columns: 100, rows: 30 };
const pipe = { isTTY: false };

describe('detectTerminal: colour level', () => {
  const cases: [string, TerminalEnv, boolean, ColorChoice, ColorLevel][] = [
    ['xterm on a tty', { TERM: 'xterm' }, true, 'auto', 1],
    ['xterm-256color', { TERM: 'xterm-256color' }, true, 'auto', 2],
    ['screen-256color', { TERM: 'screen-256color' }, true, 'auto', 2],
    [
      'tmux-256color with COLORTERM=truecolor',
      { TERM: 'tmux-256color', COLORTERM: 'truecolor' },
      true,
      'auto',
      3,
    ],
    ['COLORTERM=24bit', { TERM: 'xterm', COLORTERM: '24bit' }, true, 'auto', 3],
    ['kitty names itself', { TERM: 'xterm-kitty' }, true, 'auto', 3],
    ['linux console', { TERM: 'linux' }, true, 'auto', 1],
    ['vt100', { TERM: 'vt100' }, true, 'auto', 1],
    ['screen', { TERM: 'screen' }, true, 'auto', 1],
    ['rxvt-unicode', { TERM: 'rxvt-unicode' }, true, 'auto', 1],
    ['dumb', { TERM: 'dumb' }, true, 'auto', 0],
    ['dumb ignores COLORTERM', { TERM: 'dumb', COLORTERM: 'truecolor' }, true, 'auto', 0],
    ['no TERM', {}, true, 'auto', 0],
    ['unknown TERM', { TERM: 'adm3a' }, true, 'auto', 0],
    ['not a tty', { TERM: 'xterm-256color' }, false, 'auto', 0],
    ['NO_COLOR', { TERM: 'xterm-256color', NO_COLOR: '1' }, true, 'auto', 0],
    ['NO_COLOR empty is ignored', { TERM: 'xterm-256color', NO_COLOR: '' }, true, 'auto', 2],
    ['NO_COLOR beats FORCE_COLOR', { TERM: 'xterm', NO_COLOR: '1', FORCE_COLOR: '3' }, true, 'auto', 0],
    ['--color always beats NO_COLOR', { TERM: 'xterm-256color', NO_COLOR: '1' }, true, 'always', 2],
    ['--color always on a pipe', { TERM: 'xterm-256color' }, false, 'always', 2],
    ['--color always with dumb TERM is at least 16 colours', { TERM: 'dumb' }, false, 'always', 1],
    ['--color always takes FORCE_COLOR level', { TERM: 'xterm', FORCE_COLOR: '3' }, true, 'always', 3],
    ['--color always ignores FORCE_COLOR=0', { TERM: 'xterm', FORCE_COLOR: '0' }, true, 'always', 1],
    ['--color never beats everything', { TERM: 'xterm-256color', FORCE_COLOR: '3' }, true, 'never', 0],
    ['FORCE_COLOR=0', { TERM: 'xterm-256color', FORCE_COLOR: '0' }, true, 'auto', 0],
    ['FORCE_COLOR=false', { TERM: 'xterm-256color', FORCE_COLOR: 'false' }, true, 'auto', 0],
    ['FORCE_COLOR=1 is exact', { TERM: 'xterm-256color', FORCE_COLOR: '1' }, true, 'auto', 1],
    ['FORCE_COLOR=2 on a pipe', { TERM: 'dumb', FORCE_COLOR: '2' }, false, 'auto', 2],
    ['FORCE_COLOR=3', { FORCE_COLOR: '3' }, false, 'auto', 3],
    ['FORCE_COLOR=9 is capped at 3', { FORCE_COLOR: '9' }, false, 'auto', 3],
    ['FORCE_COLOR with other text means on', { TERM: 'xterm', FORCE_COLOR: 'yes' }, false, 'auto', 1],
    ['FORCE_COLOR empty means on', { TERM: 'dumb', FORCE_COLOR: '' }, false, 'auto', 1],
    ['FORCE_COLOR=true uses TERM', { TERM: 'xterm-256color', FORCE_COLOR: 'true' }, false, 'auto', 2],
  ];
  test.each(cases)('%s', (_name, env, isTTY, color, expected) => {
    expect(detectTerminal(env, { ...tty, isTTY }, { color }).colorLevel).toBe(expected);
  });
});

describe('detectTerminal: unicode', () => {
  const cases: [string, TerminalEnv, boolean][] = [
    ['LANG UTF-8', { LANG: 'en_US.UTF-8', TERM: 'xterm' }, true],
    ['lower-case utf8', { LANG: 'de_DE.utf8', TERM: 'xterm' }, true],
    ['LANG=C', { LANG: 'C', TERM: 'xterm' }, false],
    ['Latin-1', { LANG: 'en_US.ISO-8859-1', TERM: 'xterm' }, false],
    ['LC_ALL beats LANG', { LC_ALL: 'C', LANG: 'en_US.UTF-8', TERM: 'xterm' }, false],
    ['LC_CTYPE beats LANG', { LC_CTYPE: 'C.UTF-8', LANG: 'C', TERM: 'xterm' }, true],
    ['LC_ALL beats LC_CTYPE', { LC_ALL: 'en_GB.UTF-8', LC_CTYPE: 'POSIX' }, true],
    ['empty LC_ALL is skipped', { LC_ALL: '', LANG: 'en_US.UTF-8' }, true],
    ['no locale, xterm', { TERM: 'xterm-256color' }, true],
    ['no locale, linux console', { TERM: 'linux' }, false],
    ['no locale, dumb', { TERM: 'dumb' }, false],
    ['no locale, no TERM', {}, false],
    ['a UTF-8 locale wins even on the linux console', { TERM: 'linux', LANG: 'en_US.UTF-8' }, true],
  ];
  test.each(cases)('%s', (_name, env, expected) => {
    expect(detectTerminal(env, tty).unicode).toBe(expected);
  });

  test('--ascii turns it off whatever the locale', () => {
    expect(detectTerminal({ LANG: 'en_US.UTF-8' }, tty, { ascii: true }).unicode).toBe(false);
  });
});

describe('detectTerminal: hyperlinks', () => {
  const cases: [string, TerminalEnv, boolean, boolean][] = [
    ['iTerm', { TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app' }, true, true],
    ['WezTerm', { TERM: 'xterm-256color', TERM_PROGRAM: 'WezTerm' }, true, true],
    ['VS Code', { TERM: 'xterm-256color', TERM_PROGRAM: 'vscode' }, true, true],
    ['Apple Terminal', { TERM: 'xterm-256color', TERM_PROGRAM: 'Apple_Terminal' }, true, false],
    ['VTE 0.50', { TERM: 'xterm-256color', VTE_VERSION: '5000' }, true, true],
    ['VTE 0.46', { TERM: 'xterm-256color', VTE_VERSION: '4601' }, true, false],
    ['kitty', { TERM: 'xterm-kitty', KITTY_WINDOW_ID: '1' }, true, true],
    ['Windows Terminal', { TERM: 'xterm-256color', WT_SESSION: 'abc' }, true, true],
    ['plain xterm', { TERM: 'xterm-256color' }, true, false],
    ['not a tty', { TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app' }, false, false],
    ['inside tmux', { TERM: 'tmux-256color', TMUX: '/tmp/tmux', WT_SESSION: 'abc' }, true, false],
    ['inside screen', { TERM: 'screen-256color', KITTY_WINDOW_ID: '1' }, true, false],
    ['FORCE_HYPERLINK=1', { TERM: 'xterm', FORCE_HYPERLINK: '1' }, false, true],
    ['FORCE_HYPERLINK=0', { TERM: 'xterm', TERM_PROGRAM: 'iTerm.app', FORCE_HYPERLINK: '0' }, true, false],
  ];
  test.each(cases)('%s', (_name, env, isTTY, expected) => {
    expect(detectTerminal(env, { ...tty, isTTY }).hyperlinks).toBe(expected);
  });
});

describe('detectTerminal: size', () => {
  test('from the stream', () => {
    const info = detectTerminal({}, tty);
    expect([info.columns, info.rows]).toEqual([100, 30]);
  });

  test('80x24 when the stream has no size or a zero size', () => {
    expect(detectTerminal({}, pipe)).toMatchObject({ columns: 80, rows: 24 });
    expect(detectTerminal({}, { isTTY: true, columns: 0, rows: 0 })).toMatchObject({ columns: 80, rows: 24 });
  });

  test('is a pure function of its arguments: it does not read process.env', () => {
    const saved = process.env.TERM;
    process.env.TERM = 'xterm-256color';
    try {
      expect(detectTerminal({}, tty).colorLevel).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.TERM;
      else process.env.TERM = saved;
    }
  });
});
