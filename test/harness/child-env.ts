/**
 * The environment of every program the benchmark and the pty tests start: the host's, without what would change how
 * the program draws (CI makes Ink print only the last frame; colour and terminal identity variables
 * change the bytes; LESS options change less's), with a fixed terminal type and UTF-8 locale, and a
 * HOME of its own so no saved reading place is read or written. Shared by the benchmark and the tests
 * (test/harness holds what both use, and imports no test framework).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Ink's is-in-ci (node_modules/is-in-ci/index.js) checks CI and CONTINUOUS_INTEGRATION: either one set
// makes Ink print only the last frame and ignore resizes.
const REMOVED = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'NO_COLOR',
  'FORCE_COLOR',
  'FORCE_HYPERLINK',
  'COLORTERM',
  'TERM_PROGRAM',
  'TERM_PROGRAM_VERSION',
  'VTE_VERSION',
  'KITTY_WINDOW_ID',
  'WT_SESSION',
  'TMUX',
  'STY',
  'LC_ALL',
  'LC_CTYPE',
  'COLUMNS',
  'LINES',
  'LESS',
  'LESSOPEN',
  'LESSCLOSE',
  'LESSKEY',
  'LESSCHARSET',
  'NODE_OPTIONS',
  'BRIEFING_DEBUG',
];

/** A clean environment for a child, with `home` as its HOME and XDG directories. */
export function childEnv(home: string): Record<string, string> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of REMOVED) delete env[name];
  const xdg = {
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  Object.assign(env, { TERM: 'xterm-256color', LANG: 'C.UTF-8', HOME: home, ...xdg });
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) clean[name] = value;
  return clean;
}
