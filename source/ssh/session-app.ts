/**
 * The seam between the SSH transport and the reader: the server supplies streams, a size and the
 * client's terminal type, and knows nothing about what the app draws.
 */
import type { Library } from '../io/load-library.js';

/** What one SSH session gives the app in place of a local terminal. */
export interface SessionIO {
  /**
   * Adapter over the ssh2 channel: `isTTY` true, `setRawMode` (a no-op that records the mode),
   * `ref`/`unref`; bytes arrive as the client sent them (0x7F stays 0x7F: Ink maps it to backspace).
   */
  readonly stdin: NodeJS.ReadStream;
  /**
   * Adapter: `columns`, `rows`, `isTTY` true, emits `resize`; every lone `\n` goes out as `\r\n`,
   * because no pty on the server side translates it (the OpenSSH client needs it).
   */
  readonly stdout: NodeJS.WriteStream;
  /** The client's TERM, from its pty request (or an `env` request); `dumb` when it sent none. */
  readonly term: string;
  /** The client's COLORTERM, when it sent one (`SendEnv COLORTERM`). */
  readonly colorTerm?: string;
  /**
   * The client's locale, when it sent one: LC_ALL, else LC_CTYPE, else LANG, as the C library picks
   * the character set (OpenSSH clients send `LANG LC_*` by default). Not UTF-8: ASCII symbols.
   */
  readonly locale?: string;
  /** The SSH user name, sanitised. */
  readonly user: string;
  /** The fingerprint of the client's public key (`SHA256:…`); none on an open server. */
  readonly fingerprint?: string;
}

/** A running app; Ink's `render()` result fits. */
export interface SessionApp {
  waitUntilExit(): Promise<unknown>;
  unmount(): void;
}

/**
 * Starts the app for one accepted shell session. `briefingId` is the SSH user name when it is the
 * id of a loaded briefing, else undefined (open the picker).
 */
export type StartSession = (io: SessionIO, briefingId: string | undefined) => SessionApp;

/**
 * Builds the {@link StartSession} for one snapshot of the library. Called once at start and once
 * after each reload, so work shared by every session (indexes, search) is done there, once.
 */
export type CreateStartSession = (library: Library) => StartSession;
