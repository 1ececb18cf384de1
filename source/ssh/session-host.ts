/**
 * What a session needs from the server and from its connection, and what they get back: the
 * contract between session.ts, connection.ts and server.ts.
 */
import type { CrashGuard } from './crash-guard.js';
import type { Logger } from './log.js';
import type { Limits } from './options.js';
import type { StartSession } from './session-app.js';

/** The briefings a new session may open, and how to start the app; replaced on reload. */
export interface Catalog {
  readonly ids: ReadonlySet<string>;
  readonly startSession: StartSession;
}

/** What a session needs from the server. */
export interface SessionHost {
  readonly log: Logger;
  readonly guard: CrashGuard;
  readonly limits: Limits;
  readonly catalog: () => Catalog;
  /** Takes one of the server's session places; false when all are taken. */
  reserveSession(): boolean;
  releaseSession(): void;
  readonly shuttingDown: () => boolean;
}

/** The connection a session belongs to. */
export interface SessionOwner {
  /** For log lines: `c12`. */
  readonly id: string;
  /** The SSH user name as the client sent it (only ever compared with briefing ids). */
  readonly user: string;
  /** The fingerprint of the public key the client logged in with; none on an open server. */
  readonly fingerprint?: string | undefined;
  /** The app started, or the session was refused with a message: the setup timer may stop. */
  started(): void;
  /** The session is over; the connection closes. */
  ended(): void;
}

/** A session, as the connection sees it. */
export interface SessionHandle {
  /** Ends the session now: the app is unmounted, `message` is shown, the channel closed. */
  end(reason: string, message?: string): void;
}
