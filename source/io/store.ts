import type { Place } from '../domain/types.js';

/**
 * What a reader keeps of one briefing between sessions: where it was, and what it has seen of each
 * item (a hash of the whole item and one per sentence, so a later version can say what changed).
 */
export interface ReaderRecord {
  readonly place?: Place;
  /** What was last seen of each item, by item key (`section:talks`, `timeline:3`). */
  readonly seen: Readonly<Record<string, SeenItem>>;
  /** When the reader last read this briefing (ms since the epoch). */
  readonly readAt?: number;
}

/** The hash of an item as last seen, and of each of its sentences in order. */
export interface SeenItem {
  readonly h: string;
  /** Hashes of its sentences, for items that were on screen. */
  readonly s?: readonly string[];
}

/** A change to one record: fields given replace or merge into what is stored. */
export interface RecordUpdate {
  /** The place to keep; `null` forgets it; absent leaves it. */
  readonly place?: Place | null;
  /** Items seen: merged over the stored ones, item by item. */
  readonly seen?: Readonly<Record<string, SeenItem>>;
  /** Item keys the briefing still has: stored items not among them are dropped. */
  readonly keep?: readonly string[];
  readonly readAt?: number;
}

/** A record read back, and the one-line warning when the stored one could not be used. */
export interface LoadedRecord {
  readonly record: ReaderRecord | undefined;
  readonly warning?: string;
}

/**
 * The reader-state store: one record per reader (the local user, an SSH key) and briefing (a file's
 * path, a briefing id). Writers in several processes may save at once; each update is merged into
 * what is stored under a lock, so no writer loses another's state. Never throws: a failure is a warning.
 */
export interface ReaderStore {
  /** The directory it keeps its files in. */
  readonly dir: string;
  load(reader: string, briefing: string): Promise<LoadedRecord>;
  /** Applies an update; resolves to a one-line warning when it could not be saved. */
  save(reader: string, briefing: string, update: RecordUpdate): Promise<string | undefined>;
}

/** The reader of the local terminal. */
export const LOCAL_READER = 'local';

/** The reader of an SSH session: its public key's fingerprint, or its user name on an open server. */
export function sshReader(session: {
  readonly fingerprint?: string | undefined;
  readonly user: string;
}): string {
  return session.fingerprint === undefined ? `user:${session.user}` : `key:${session.fingerprint}`;
}
