/**
 * What a terminal can show, decided from plain values: the environment of whoever is at the
 * other end (the local `process.env`, or the TERM/COLORTERM/LANG an SSH client sent) and the
 * stream the frames go to. Pure, so every SSH session gets its own answer.
 */

/** The `--color` choice. */
export type ColorChoice = 'auto' | 'always' | 'never';

/** 0: no colour, 1: 16 colours, 2: 256 colours, 3: 24-bit colour (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3;

/** What the terminal can show, as the UI is told it. */
export interface TerminalInfo {
  readonly columns: number;
  readonly rows: number;
  readonly colorLevel: ColorLevel;
  /** Whether box-drawing characters, arrows and ellipses will come out as such. */
  readonly unicode: boolean;
  /** Whether OSC 8 hyperlinks are shown as links rather than dropped or printed. */
  readonly hyperlinks: boolean;
}

/** The environment variables that are read; any object of strings will do. */
export type TerminalEnv = Readonly<Record<string, string | undefined>>;

/** The output stream's shape, as far as detection needs it. */
export interface TerminalStreamInfo {
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

/** The person's explicit choices, from command-line flags; they beat the environment. */
export interface TerminalChoices {
  /** `--color`; `auto` when absent. */
  readonly color?: ColorChoice;
  /** `--ascii`: no Unicode whatever the locale says. */
  readonly ascii?: boolean;
}

/** Used when the stream does not report a size (not a tty, or an SSH client that sent none). */
export const DEFAULT_COLUMNS = 80;
export const DEFAULT_ROWS = 24;

/**
 * Decides size, colour level, Unicode and hyperlink support for one terminal.
 *
 * @param env the environment of the person's terminal (pass `process.env` locally).
 * @param stdout the stream frames are written to.
 * @param choices `--color` (`always` and `never` override every variable) and `--ascii`.
 */
export function detectTerminal(
  env: TerminalEnv,
  stdout: TerminalStreamInfo,
  choices: TerminalChoices = {},
): TerminalInfo {
  const term = (env.TERM ?? '').toLowerCase();
  return {
    columns: positive(stdout.columns) ?? DEFAULT_COLUMNS,
    rows: positive(stdout.rows) ?? DEFAULT_ROWS,
    colorLevel: detectColorLevel(env, term, stdout.isTTY === true, choices.color ?? 'auto'),
    unicode: choices.ascii !== true && detectUnicode(env, term),
    hyperlinks: detectHyperlinks(env, term, stdout.isTTY === true),
  };
}

/**
 * Whether the terminal can address the cursor, which the full-screen reader needs. `TERM=dumb`
 * (Emacs' shell, some IDE consoles, `ssh -T`-like pipes given a tty) and no TERM at all cannot, as
 * `less` decides too; such a terminal gets lines instead.
 *
 * @returns undefined when it can, else the one-line reason, naming TERM.
 */
export function cursorUnavailable(env: TerminalEnv): string | undefined {
  const term = (env.TERM ?? '').trim();
  if (term === '') return 'TERM is unset: cannot move the cursor';
  if (term.toLowerCase() === 'dumb') return 'TERM=dumb cannot move the cursor';
  return undefined;
}

/**
 * Precedence, highest first:
 * 1. `--color never` / `--color always` (an explicit flag beats the environment);
 * 2. `NO_COLOR` non-empty: 0. It beats `FORCE_COLOR` on purpose, unlike Node's own
 *    `getColorDepth`: tools and test runners inject `FORCE_COLOR` into their children, while
 *    `NO_COLOR` is a person's standing choice (https://no-color.org);
 * 3. `FORCE_COLOR`: `0`–`3` is the exact level (capped at 3), `false` is 0, empty/`true`/other
 *    text means "colour even without a tty" at the level TERM suggests, at least 1;
 * 4. not a tty: 0; then TERM and COLORTERM.
 */
function detectColorLevel(env: TerminalEnv, term: string, isTTY: boolean, color: ColorChoice): ColorLevel {
  if (color === 'never') return 0;
  const forced = parseForceColor(env.FORCE_COLOR);
  if (color === 'always') {
    return typeof forced === 'number' && forced > 0 ? forced : atLeastOne(levelFromTerm(env, term));
  }
  if (nonEmpty(env.NO_COLOR)) return 0;
  if (typeof forced === 'number') return forced;
  if (forced === 'on') return atLeastOne(levelFromTerm(env, term));
  if (!isTTY) return 0;
  return levelFromTerm(env, term);
}

function parseForceColor(value: string | undefined): ColorLevel | 'on' | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'false') return 0;
  if (/^\d+$/.test(text)) return Math.min(Number(text), 3) as ColorLevel;
  return 'on';
}

// Terminals that set TERM to their own name and always render 24-bit colour.
const TRUECOLOR_TERMS = new Set(['xterm-kitty', 'xterm-ghostty', 'wezterm', 'alacritty', 'foot']);
const BASIC_TERM = /^(xterm|screen|tmux|rxvt|vt100|vt220|linux|cygwin|ansi|konsole|putty|eterm)|color/;

function levelFromTerm(env: TerminalEnv, term: string): ColorLevel {
  if (term === '' || term === 'dumb') return 0;
  const colorterm = (env.COLORTERM ?? '').toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit' || TRUECOLOR_TERMS.has(term)) return 3;
  if (term.endsWith('-256color') || term.endsWith('256')) return 2;
  if (BASIC_TERM.test(term)) return 1;
  return 0;
}

/**
 * The first non-empty of LC_ALL, LC_CTYPE and LANG decides, as for the C library: a UTF-8
 * locale means Unicode, any other (`C`, `POSIX`, `en_US.ISO-8859-1`) means ASCII, because the
 * person chose it. With no locale at all, which is common in containers and over SSH when the
 * client does not forward LANG, assume Unicode except on terminals whose font is known to lack
 * the glyphs (the Linux console, dumb, plain VT100/VT220): any modern emulator renders UTF-8.
 */
function detectUnicode(env: TerminalEnv, term: string): boolean {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find(nonEmpty);
  if (locale !== undefined) return /utf-?8/i.test(locale);
  return !['linux', 'dumb', 'vt100', 'vt220', ''].includes(term);
}

/**
 * OSC 8 only where the terminal is known to render it: unsupported terminals usually drop the
 * sequence, but some print it. Inside tmux or screen the variables describe the outer terminal,
 * and the multiplexer strips the sequence unless configured, so say no there.
 * `FORCE_HYPERLINK` (as in supports-hyperlinks) overrides either way.
 */
function detectHyperlinks(env: TerminalEnv, term: string, isTTY: boolean): boolean {
  const forced = env.FORCE_HYPERLINK;
  if (nonEmpty(forced)) return forced !== '0' && forced.toLowerCase() !== 'false';
  if (!isTTY || term === 'dumb') return false;
  if (nonEmpty(env.TMUX) || nonEmpty(env.STY) || term.startsWith('screen') || term.startsWith('tmux')) {
    return false;
  }
  const program = env.TERM_PROGRAM ?? '';
  if (program === 'iTerm.app' || program === 'WezTerm' || program === 'vscode' || program === 'ghostty') {
    return true;
  }
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  return nonEmpty(env.KITTY_WINDOW_ID) || nonEmpty(env.WT_SESSION) || term === 'xterm-kitty';
}

function atLeastOne(level: ColorLevel): ColorLevel {
  return level === 0 ? 1 : level;
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
