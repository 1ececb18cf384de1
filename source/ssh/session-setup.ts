/**
 * What a session channel learns before its shell starts, and what it refuses: the pty request
 * (size and TERM), window changes, and the few environment variables that decide how the reader
 * draws. Plain values in, plain values out, so each rule is tested without a socket.
 */
import { clampWindow } from './limits.js';
import { clientWord } from './log.js';

/** A terminal size in cells. */
export interface WindowSize {
  readonly columns: number;
  readonly rows: number;
}

/** The terminal the reader is drawn for, as the client described it. */
export interface ClientTerminal {
  /** TERM from the pty request, else from an `env` request; `dumb` when neither came. */
  readonly term: string;
  readonly colorTerm?: string;
  /** LC_ALL, else LC_CTYPE, else LANG, as the C library picks the character set. */
  readonly locale?: string;
}

type LocaleVariable = 'LC_ALL' | 'LC_CTYPE' | 'LANG';
const LOCALE_VARIABLES: readonly LocaleVariable[] = ['LC_ALL', 'LC_CTYPE', 'LANG'];

/** Characters a terminal name or a locale may hold; anything else is dropped before it is used or logged. */
const TERMINAL_WORD = /[^A-Za-z0-9._+-]/g;
/** Longest TERM, COLORTERM or locale kept. */
const MAX_WORD = 64;

/** The pty, TERM, COLORTERM and locale of one session, gathered from its requests. */
export class SessionSetup {
  #pty: (WindowSize & { readonly term: string }) | undefined;
  #envTerm: string | undefined;
  #colorTerm: string | undefined;
  readonly #locale: Partial<Record<LocaleVariable, string>> = {};

  /** Whether the client asked for a pty: without one there is no reader to show. */
  get hasPty(): boolean {
    return this.#pty !== undefined;
  }

  /** The current size, once a pty was asked for. */
  get size(): WindowSize | undefined {
    return this.#pty === undefined ? undefined : { columns: this.#pty.columns, rows: this.#pty.rows };
  }

  /** A pty request: its size clamped to what the reader lays out for, its TERM cleaned. */
  acceptPty(columns: unknown, rows: unknown, term: unknown): void {
    this.#pty = { ...clampWindow(columns, rows), term: clientWord(term, MAX_WORD, TERMINAL_WORD) };
  }

  /**
   * A window change: the new size (clamped), or undefined when it is refused (no pty yet, or a
   * size that is not one).
   */
  windowChange(columns: unknown, rows: unknown): WindowSize | undefined {
    if (!this.#pty || typeof columns !== 'number' || columns < 1 || (rows as number) < 1) {
      return undefined;
    }
    const size = clampWindow(columns, rows);
    this.#pty = { ...this.#pty, ...size };
    return size;
  }

  /** An `env` request: true when the variable is one the reader uses (its value is cleaned), else false. */
  acceptEnv(key: string, value: unknown): boolean {
    const word = clientWord(String(value), MAX_WORD, TERMINAL_WORD);
    if (key === 'TERM') this.#envTerm = word;
    else if (key === 'COLORTERM') this.#colorTerm = word;
    else if (isLocaleVariable(key)) this.#locale[key] = word;
    else return false;
    return true;
  }

  /** The terminal to draw for. */
  terminal(): ClientTerminal {
    const term = this.#pty?.term || this.#envTerm || 'dumb';
    const locale = LOCALE_VARIABLES.map((name) => this.#locale[name]).find(
      (value) => value !== undefined && value !== '',
    );
    return {
      term,
      ...(this.#colorTerm === undefined ? {} : { colorTerm: this.#colorTerm }),
      ...(locale === undefined ? {} : { locale }),
    };
  }
}

function isLocaleVariable(key: string): key is LocaleVariable {
  return (LOCALE_VARIABLES as readonly string[]).includes(key);
}
